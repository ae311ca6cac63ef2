using System.Net;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>CibaCompleteService over the DI-registered Authlete client and notification sender.</summary>
public sealed class CibaCompleteServiceTests
{
    private static async Task<(TestHost Host, ICibaCompleteService Service, AsyncServiceScope Scope)> StartAsync(FakeAuthlete authlete)
    {
        TestHost host = await TestHost.StartAsync(authlete, s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers()));
        AsyncServiceScope scope = host.App.Services.CreateAsyncScope();
        return (host, scope.ServiceProvider.GetRequiredService<ICibaCompleteService>(), scope);
    }

    private static string Notification(string mode, Uri endpoint, string content, string tokenJson = "cnt-123")
        => FakeAuthlete.Json("NOTIFICATION", content,
            $"\"deliveryMode\":\"{mode}\",\"clientNotificationEndpoint\":\"{endpoint}\",\"clientNotificationToken\":\"{tokenJson}\",\"authReqId\":\"r-1\"");

    private static async Task<(TestHost Host, ICibaCompleteService Service, AsyncServiceScope Scope)> StartAsync(FakeAuthlete authlete, Action<IServiceCollection> services)
    {
        TestHost host = await TestHost.StartAsync(authlete, s =>
        {
            s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers());
            services(s);
        });
        AsyncServiceScope scope = host.App.Services.CreateAsyncScope();
        return (host, scope.ServiceProvider.GetRequiredService<ICibaCompleteService>(), scope);
    }

    [Fact]
    public async Task Poll_mode_records_the_result()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", FakeAuthlete.Json("NO_ACTION", null, "\"deliveryMode\":\"POLL\""));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.Recorded);
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
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.Notified);
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
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.AccessDenied);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
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
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.TransactionFailed);

            outcome.Status.Should().Be(CibaCompleteStatus.ServerError);
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
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.ServerError);
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
    [Theory]
    [InlineData("cnt-SECRET\\r\\nX-Injected: yes")]
    [InlineData("cnt-SECRET\\u0000")]
    [InlineData("cnt-SECRET-\\u00e9")]
    public async Task A_token_that_cannot_be_sent_is_reported_after_the_decision_is_recorded(string tokenJson)
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PUSH", client.Url, """{"auth_req_id":"r-1"}""", tokenJson));
        var (host, service, scope) = await StartAsync(authlete);
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Response!.ClientNotificationToken.Should().StartWith("cnt-SECRET");
            outcome.Notification!.Error.Should().Contain("Authorization header").And.NotContain("cnt-SECRET");
            authlete.Call("backchannel/authentication/complete").Should().NotBeNull("the decision was recorded");
            client.Received.Should().BeEmpty();
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-SECRET");
            host.Logs.Entries.Should().OnlyContain(e => !e.Message.Contains("cnt-SECRET"));
        }
    }

    [Fact]
    public async Task A_refused_destination_is_reported_and_nothing_reaches_it()
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PING", client.Url, """{"auth_req_id":"r-1"}"""));
        var (host, service, scope) = await StartAsync(authlete, s => s.Configure<CibaNotificationSenderOptions>(o => o.AllowedNetworks.Clear()));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Notification!.Error.Should().Contain("refused").And.Contain("loopback");
            client.Received.Should().BeEmpty();
            host.LogsWithId(1101).Should().ContainSingle().Which.Level.Should().Be(Microsoft.Extensions.Logging.LogLevel.Warning);
            host.LogsWithId(2006).Should().ContainSingle();
        }
    }

    [Fact]
    public async Task A_sender_that_throws_is_reported_without_the_exception_message()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PING", new Uri("https://rp.example.com/cb"), """{"auth_req_id":"r-1"}"""));
        var failure = new FormatException("The format of value 'Bearer cnt-123' is invalid.");
        var (host, service, scope) = await StartAsync(authlete, s => s.AddSingleton<ICibaNotificationSender>(new StubSender(_ => throw failure)));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Notification!.Exception.Should().BeSameAs(failure);
            outcome.Notification.Error.Should().Contain(nameof(FormatException)).And.NotContain("cnt-123");
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-123");
        }
    }

    [Fact]
    public async Task A_sender_that_returns_nothing_is_reported()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PING", new Uri("https://rp.example.com/cb"), """{"auth_req_id":"r-1"}"""));
        var (host, service, scope) = await StartAsync(authlete, s => s.AddSingleton<ICibaNotificationSender>(new StubSender(_ => Task.FromResult<CibaNotificationResult>(null!))));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Notification!.Error.Should().Contain("no result");
        }
    }

    [Fact]
    public async Task A_cancellation_during_the_delivery_is_reported_since_the_decision_is_recorded()
    {
        using var cts = new CancellationTokenSource();
        var authlete = new FakeAuthlete().On("backchannel/authentication/complete", Notification("PING", new Uri("https://rp.example.com/cb"), """{"auth_req_id":"r-1"}"""));
        var (host, service, scope) = await StartAsync(authlete, s => s.AddSingleton<ICibaNotificationSender>(new StubSender(async token =>
        {
            await cts.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new CibaNotificationResult(204, null);
        })));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync("t-1", "alice", BackchannelAuthenticationCompleteResult.Authorized, cts.Token);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Response.Should().NotBeNull();
            outcome.Notification!.Exception.Should().BeAssignableTo<OperationCanceledException>();
            outcome.Notification.Error.Should().Contain("cancelled");
        }
    }

    private sealed class StubSender(Func<CancellationToken, Task<CibaNotificationResult>> send) : ICibaNotificationSender
    {
        public Task<CibaNotificationResult> SendAsync(BackchannelAuthenticationCompleteResponse response, CancellationToken cancellationToken = default)
            => send(cancellationToken);

        public Task<CibaNotificationResult> SendContentAsync(Uri endpoint, string clientNotificationToken, string content, CancellationToken cancellationToken = default)
            => send(cancellationToken);
    }
}
