using System.Net;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>CibaCompletionService over the DI-registered Authlete client and notification sender.</summary>
public sealed class CibaCompletionServiceTests
{
    private static async Task<(TestHost Host, CibaCompletionService Service, AsyncServiceScope Scope)> StartAsync(FakeAuthlete authlete)
    {
        TestHost host = await TestHost.StartAsync(authlete, s => s.AddSingleton<ICibaUserHandler>(new FakeUsers()));
        AsyncServiceScope scope = host.App.Services.CreateAsyncScope();
        return (host, scope.ServiceProvider.GetRequiredService<CibaCompletionService>(), scope);
    }

    private static string Notification(string mode, Uri endpoint, string content)
        => FakeAuthlete.Json("NOTIFICATION", content,
            $"\"deliveryMode\":\"{mode}\",\"clientNotificationEndpoint\":\"{endpoint}\",\"clientNotificationToken\":\"cnt-123\",\"authReqId\":\"r-1\"");

    [Fact]
    public async Task Poll_mode_records_the_result()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", FakeAuthlete.Json("NO_ACTION", null, "\"deliveryMode\":\"POLL\""));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompletionOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompletionStatus.Recorded);
            outcome.Succeeded.Should().BeTrue();
            outcome.Notification.Should().BeNull();
            JsonNode.DeepEquals(authlete.Call("backchannel/authentication/complete"),
                JsonNode.Parse("""{"ticket":"t-1","result":"AUTHORIZED","subject":"alice"}""")).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("PING", """{"auth_req_id":"r-1"}""")]
    [InlineData("PUSH", """{"auth_req_id":"r-1","access_token":"at","token_type":"Bearer","expires_in":3600,"id_token":"idt"}""")]
    public async Task Ping_and_push_deliver_the_notification_to_the_client(string mode, string content)
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification(mode, client.Url, content));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompletionOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompletionStatus.Notified);
            outcome.Notification!.Status.Should().Be(204);
            client.Received.Should().ContainSingle().Which.Should().Be(("Bearer cnt-123", "application/json; charset=utf-8", content));
        }
    }

    [Fact]
    public async Task A_refused_notification_is_reported_and_logged()
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        client.Status = 500;
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PING", client.Url, """{"auth_req_id":"r-1"}"""));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompletionOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.AccessDenied);

            outcome.Status.Should().Be(CibaCompletionStatus.NotificationFailed);
            outcome.Succeeded.Should().BeFalse();
            outcome.Notification!.Status.Should().Be(500);
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-123");
        }
    }

    [Fact]
    public async Task Server_error_is_reported_and_logged()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", FakeAuthlete.Json("SERVER_ERROR"));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompletionOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.TransactionFailed);

            outcome.Status.Should().Be(CibaCompletionStatus.ServerError);
            host.LogsWithId(2005).Should().ContainSingle();
        }
    }

    [Fact]
    public async Task Authlete_unreachable_is_reported_not_thrown()
    {
        var authlete = new FakeAuthlete().Rejects("backchannel/authentication/complete", HttpStatusCode.Unauthorized);
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompletionOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompletionStatus.ServerError);
            outcome.Exception.Should().BeOfType<AuthleteApiException>();
        }
    }

    [Fact]
    public async Task A_request_without_a_subject_is_rejected_before_calling_authlete()
    {
        var authlete = new FakeAuthlete();
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            await service.Invoking(s => s.CompleteAsync(new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized }))
                .Should().ThrowAsync<ArgumentException>();
            authlete.Calls.Should().BeEmpty();
        }
    }
}
