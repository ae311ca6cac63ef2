using System.Net;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.State;

/// <summary>
/// A decision's notification is delivered inside the request that records the decision: a graceful stop lets that
/// request finish, retries included, and the outcome reaches the host.
/// </summary>
public sealed class NotificationDrainTests
{
    [Fact]
    public async Task A_graceful_stop_lets_a_notification_being_retried_reach_the_client()
    {
        int received = 0;
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        WebApplicationBuilder endpointBuilder = WebApplication.CreateSlimBuilder();
        endpointBuilder.WebHost.UseUrls("http://127.0.0.1:0");
        endpointBuilder.Logging.ClearProviders();
        await using WebApplication endpoint = endpointBuilder.Build();
        endpoint.Run(context =>
        {
            // The client's endpoint is busy the first time (503), then takes the notification.
            context.Response.StatusCode = Interlocked.Increment(ref received) == 1 ? 503 : 204;
            firstArrived.TrySetResult();
            return Task.CompletedTask;
        });
        await endpoint.StartAsync();

        var authlete = new FakeAuthlete();
        authlete.AddClient(new FakeClient
        {
            ClientId = 7, ClientIdAlias = "bank-app", ClientSecret = "s3cret", DeliveryMode = DeliveryMode.Ping,
            ClientNotificationEndpoint = new Uri(TestHost.AddressOf(endpoint), "/cb"),
        });
        BackchannelAuthenticationResponse started = await authlete.BackchannelAuthenticationAsync(new()
        {
            Parameters = "scope=openid&login_hint=alice&client_notification_token=cnt-0123456789",
            ClientId = "bank-app",
            ClientSecret = "s3cret",
        });
        (await authlete.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket })).Action.Should().Be(BackchannelAuthenticationIssueAction.Ok);

        TestHost host = await TestHost.StartAsync(authlete,
            s => s.Configure<CibaNotificationSenderOptions>(o => o.RetryDelay = TimeSpan.FromMilliseconds(600)),
            map: app => app.MapPost("/decide", async (HttpContext context, ICibaCompleteService completion) =>
            {
                CibaCompleteOutcome outcome = await completion.CompleteAsync(started.Ticket!, "alice",
                    BackchannelAuthenticationCompleteResult.Authorized, context.RequestAborted);
                return Microsoft.AspNetCore.Http.Results.Json(new JsonObject { ["status"] = outcome.Status.ToString(), ["attempts"] = outcome.Notification?.Attempts });
            }));
        try
        {
            Task<HttpResponseMessage> deciding = host.Client.PostAsync("/decide", null);
            await firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(10));

            await host.App.StopAsync().WaitAsync(TimeSpan.FromSeconds(20));   // while the sender waits to retry

            using HttpResponseMessage decided = await deciding;
            decided.StatusCode.Should().Be(HttpStatusCode.OK);
            JsonNode answer = JsonNode.Parse(await decided.Content.ReadAsStringAsync())!;
            answer["status"]!.GetValue<string>().Should().Be(nameof(CibaCompleteStatus.Notified));
            answer["attempts"]!.GetValue<int>().Should().Be(2);
            Volatile.Read(ref received).Should().Be(2);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }
}
