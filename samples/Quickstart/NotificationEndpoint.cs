using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Authlete.Samples.Quickstart;

/// <summary>A CIBA notification received by the client: its <c>Authorization</c> header and JSON body.</summary>
/// <param name="Authorization">The header, <c>Bearer {client_notification_token}</c>.</param>
/// <param name="Body">The JSON body: <c>{"auth_req_id"}</c> (ping) or the tokens (push).</param>
public sealed record ReceivedNotification(string? Authorization, JsonObject Body);

/// <summary>
/// The ping and push clients' notification endpoint (CIBA Core §10.2, §10.3): a tiny server on 127.0.0.1. Plain http
/// is for this local demo only: a real client notification endpoint must be https.
/// </summary>
public sealed class NotificationEndpoint : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReceivedNotification>> _received = new(StringComparer.Ordinal);
    private WebApplication? _app;

    /// <summary>Its address.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Starts it on a free port.</summary>
    /// <returns>The running endpoint.</returns>
    public static async Task<NotificationEndpoint> StartAsync()
    {
        var endpoint = new NotificationEndpoint();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        app.MapPost("/cb", async (HttpRequest request) =>
        {
            if (await JsonNode.ParseAsync(request.Body) is not JsonObject body || body["auth_req_id"]?.GetValue<string>() is not { } authReqId)
            {
                return Results.BadRequest();
            }

            endpoint.For(authReqId).TrySetResult(new ReceivedNotification(request.Headers.Authorization, body));
            return Results.NoContent();
        });
        await app.StartAsync();
        endpoint._app = app;
        endpoint.Url = new Uri(app.Urls.First().TrimEnd('/') + "/cb");
        return endpoint;
    }

    /// <summary>Waits for the notification about <paramref name="authReqId"/>.</summary>
    /// <param name="authReqId">The request.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <returns>The notification.</returns>
    public Task<ReceivedNotification> WaitAsync(string authReqId, TimeSpan timeout) => For(authReqId).Task.WaitAsync(timeout);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private TaskCompletionSource<ReceivedNotification> For(string authReqId)
        => _received.GetOrAdd(authReqId, _ => new TaskCompletionSource<ReceivedNotification>(TaskCreationOptions.RunContinuationsAsynchronously));
}
