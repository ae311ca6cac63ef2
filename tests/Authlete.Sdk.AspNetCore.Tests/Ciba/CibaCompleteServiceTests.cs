using System.Text.Json;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>CibaCompleteService over the DI-registered Authlete client and notification sender, against the fake Authlete.</summary>
public sealed class CibaCompleteServiceTests : IDisposable
{
    private readonly FakeAuthlete _authlete = new();

    public void Dispose() => _authlete.Dispose();

    private Task<(TestHost Host, ICibaCompleteService Service, AsyncServiceScope Scope)> StartAsync() => StartAsync(_ => { });

    private async Task<(TestHost Host, ICibaCompleteService Service, AsyncServiceScope Scope)> StartAsync(Action<IServiceCollection> services)
    {
        TestHost host = await TestHost.StartAsync(_authlete, s =>
        {
            s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers());
            services(s);
        });
        AsyncServiceScope scope = host.App.Services.CreateAsyncScope();
        return (host, scope.ServiceProvider.GetRequiredService<ICibaCompleteService>(), scope);
    }

    /// <summary>
    /// A CIBA request of a client of <paramref name="mode"/>, accepted and given its auth_req_id, waiting for the user's
    /// decision. Made on the fake directly, so none of it is in <see cref="TestHost.Calls"/>.
    /// </summary>
    private async Task<FakeCibaRequest> PendingAsync(DeliveryMode mode, Uri? endpoint = null, string notificationToken = "cnt-123")
    {
        _authlete.AddClient(new FakeClient
        {
            ClientId = 7, ClientIdAlias = "bank-app", ClientSecret = "s3cret", DeliveryMode = mode,
            ClientNotificationEndpoint = mode == DeliveryMode.Poll ? null : endpoint ?? new Uri("https://rp.example.com/cb"),
        });
        BackchannelAuthenticationResponse started = await _authlete.BackchannelAuthenticationAsync(new()
        {
            Parameters = "scope=openid&login_hint=alice&client_notification_token=" + Uri.EscapeDataString(notificationToken),
            ClientId = "bank-app",
            ClientSecret = "s3cret",
        });
        started.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification, started.ResultMessage);
        BackchannelAuthenticationIssueResponse issued = await _authlete.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket });
        issued.Action.Should().Be(BackchannelAuthenticationIssueAction.Ok, issued.ResultMessage);
        return _authlete.PendingCibaRequests.Should().ContainSingle().Subject;
    }

    [Fact]
    public async Task Poll_mode_records_the_result()
    {
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Poll);
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.Recorded);
            outcome.Succeeded.Should().BeTrue();
            outcome.Notification.Should().BeNull();
            JsonNode sent = host.Calls.Request(AuthleteApis.BackchannelAuthenticationComplete);
            JsonNode.DeepEquals(sent, new JsonObject { ["ticket"] = request.Ticket, ["result"] = "AUTHORIZED", ["subject"] = "alice" })
                .Should().BeTrue(sent.ToJsonString());
            _authlete.PendingCibaRequests.Should().BeEmpty("the decision is recorded");
            _authlete.Notifications.Should().BeEmpty("poll clients are not notified");
        }
    }

    [Theory]
    [InlineData("PING")]
    [InlineData("PUSH")]
    public async Task Ping_and_push_deliver_the_notification_to_the_client(string mode)
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        FakeCibaRequest request = await PendingAsync(mode, client.Url);
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.Notified);
            outcome.Notification!.Status.Should().Be(204);
            FakeCibaNotification asked = _authlete.Notifications.Should().ContainSingle().Subject;
            asked.AuthReqId.Should().Be(request.AuthReqId);
            asked.ClientNotificationEndpoint.Should().Be(client.Url.ToString());
            JsonNode content = JsonNode.Parse(asked.Content!)!;
            content["auth_req_id"]!.GetValue<string>().Should().Be(request.AuthReqId);
            if (mode == "PUSH")
            {
                content["access_token"]!.GetValue<string>().Should().NotBeEmpty();
                content["id_token"]!.GetValue<string>().Should().NotBeEmpty();
            }
            else
            {
                content.AsObject().Should().ContainSingle("a ping carries the auth_req_id only");
            }

            client.Received.Should().ContainSingle().Which.Should().Be(("Bearer cnt-123", "application/json; charset=utf-8", asked.Content!));
        }
    }

    [Fact]
    public async Task A_refused_notification_is_reported_and_logged()
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        client.Status = 500;
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Ping, client.Url);
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.AccessDenied);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Succeeded.Should().BeFalse();
            outcome.Notification!.Status.Should().Be(500);
            client.Received.Should().ContainSingle();
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-123");
        }
    }

    [Fact]
    public async Task Server_error_is_reported_and_logged()
    {
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            // Authlete answers SERVER_ERROR for a ticket it does not know.
            CibaCompleteOutcome outcome = await service.CompleteAsync("no-such-ticket", "alice", BackchannelAuthenticationCompleteResult.TransactionFailed);

            outcome.Status.Should().Be(CibaCompleteStatus.ServerError);
            outcome.Response!.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
            host.LogsWithId(2005).Should().ContainSingle();
        }
    }

    [Fact]
    public async Task Authlete_unreachable_is_reported_not_thrown()
    {
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Poll);
        _authlete.EnqueueFailure(AuthleteApis.BackchannelAuthenticationComplete, 401, "A001202", "[A001202] Authorization header is missing.");
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.ServerError);
            outcome.Exception.Should().BeOfType<AuthleteApiException>().Which.Status.Should().Be(401);
            _authlete.PendingCibaRequests.Should().ContainSingle("no decision reached Authlete");
        }
    }

    [Fact]
    public async Task A_request_without_a_subject_is_rejected_before_calling_authlete()
    {
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            await service.Invoking(s => s.CompleteAsync(new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized }))
                .Should().ThrowAsync<ArgumentException>();
            host.Calls.All.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("cnt-SECRET\\r\\nX-Injected: yes")]
    [InlineData("cnt-SECRET\\u0000")]
    [InlineData("cnt-SECRET-\\u00e9")]
    public async Task A_token_that_cannot_be_sent_is_reported_after_the_decision_is_recorded(string tokenJson)
    {
        string token = JsonSerializer.Deserialize<string>("\"" + tokenJson + "\"")!;
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Push, client.Url, token);
        var (host, service, scope) = await StartAsync();
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Response!.ClientNotificationToken.Should().StartWith("cnt-SECRET");
            outcome.Notification!.Error.Should().Contain("Authorization header").And.NotContain("cnt-SECRET");
            outcome.Response.ClientNotificationToken.Should().Be(token);
            host.Calls.Request(AuthleteApis.BackchannelAuthenticationComplete).Should().NotBeNull("the decision was sent");
            _authlete.PendingCibaRequests.Should().BeEmpty("the decision was recorded");
            _authlete.Notifications.Should().ContainSingle().Which.ClientNotificationToken.Should().Be(token);
            client.Received.Should().BeEmpty();
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-SECRET");
            host.Logs.Entries.Should().OnlyContain(e => !e.Message.Contains("cnt-SECRET"));
        }
    }

    [Fact]
    public async Task A_refused_destination_is_reported_and_nothing_reaches_it()
    {
        await using NotificationEndpoint client = await NotificationEndpoint.StartAsync();
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Ping, client.Url);
        var (host, service, scope) = await StartAsync(s => s.Configure<CibaNotificationSenderOptions>(o => o.AllowedNetworks.Clear()));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

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
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Ping);
        var failure = new FormatException("The format of value 'Bearer cnt-123' is invalid.");
        var (host, service, scope) = await StartAsync(s => s.AddSingleton<ICibaNotificationSender>(new StubSender(_ => throw failure)));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Notification!.Exception.Should().BeSameAs(failure);
            outcome.Notification.Error.Should().Contain(nameof(FormatException)).And.NotContain("cnt-123");
            host.LogsWithId(2006).Should().ContainSingle().Which.Message.Should().NotContain("cnt-123");
        }
    }

    [Fact]
    public async Task A_sender_that_returns_nothing_is_reported()
    {
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Ping);
        var (host, service, scope) = await StartAsync(s => s.AddSingleton<ICibaNotificationSender>(new StubSender(_ => Task.FromResult<CibaNotificationResult>(null!))));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized);

            outcome.Status.Should().Be(CibaCompleteStatus.NotificationFailed);
            outcome.Notification!.Error.Should().Contain("no result");
        }
    }

    [Fact]
    public async Task A_cancellation_during_the_delivery_is_reported_since_the_decision_is_recorded()
    {
        using var cts = new CancellationTokenSource();
        FakeCibaRequest request = await PendingAsync(DeliveryMode.Ping);
        var (host, service, scope) = await StartAsync(s => s.AddSingleton<ICibaNotificationSender>(new StubSender(async token =>
        {
            await cts.CancelAsync();
            token.ThrowIfCancellationRequested();
            return new CibaNotificationResult(204, null);
        })));
        await using (host)
        await using (scope)
        {
            CibaCompleteOutcome outcome = await service.CompleteAsync(request.Ticket, "alice", BackchannelAuthenticationCompleteResult.Authorized, cts.Token);

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
