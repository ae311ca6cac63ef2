using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

public sealed class CibaNotificationRecordTests : IDisposable
{
    private const string NotificationToken = "notify-me-8d67dc78-7faa-4d41-aabd-67707b374255";

    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task A_ping_notification_is_recorded_with_its_content_and_token()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PingClientId);
        _t.Time.Advance(TimeSpan.FromSeconds(3));

        BackchannelAuthenticationCompleteResponse completed = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);

        FakeCibaNotification notification = _t.Fake.Notifications.Should().ContainSingle().Subject;
        notification.ClientId.Should().Be(PingClientId);
        notification.DeliveryMode.Should().Be(DeliveryMode.Ping);
        notification.ClientNotificationEndpoint.Should().Be("https://rp.example.com/ping");
        notification.ClientNotificationToken.Should().Be(NotificationToken);
        notification.AuthReqId.Should().Be(issued.AuthReqId);
        notification.Content.Should().Be(completed.ResponseContent).And.Contain(issued.AuthReqId);
        notification.RecordedAt.Should().Be(_t.Time.GetUtcNow());
    }

    [Fact]
    public async Task A_push_notification_is_recorded_with_the_tokens_or_the_error()
    {
        (string granted, _) = await _t.StartCibaAsync(PushClientId);
        (string denied, _) = await _t.StartCibaAsync(PushClientId);

        BackchannelAuthenticationCompleteResponse tokens = await _t.CompleteCibaAsync(granted, BackchannelAuthenticationCompleteResult.Authorized);
        await _t.CompleteCibaAsync(denied, BackchannelAuthenticationCompleteResult.AccessDenied);

        _t.Fake.Notifications.Should().HaveCount(2);
        _t.Fake.Notifications.Should().AllSatisfy(n => n.DeliveryMode.Should().Be(DeliveryMode.Push));
        _t.Fake.Notifications[0].Content.Should().Contain(tokens.AccessToken);
        _t.Fake.Notifications[1].Content.Should().Contain("access_denied");
    }

    [Fact]
    public async Task Poll_clients_get_no_notification()
    {
        (string ticket, _) = await _t.StartCibaAsync(PollClientId);

        (await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.NoAction);

        _t.Fake.Notifications.Should().BeEmpty();
    }

    [Fact]
    public async Task A_refused_complete_records_nothing_and_a_scripted_notification_is_recorded()
    {
        (await _t.CompleteCibaAsync("no-such-ticket", BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        _t.Fake.Notifications.Should().BeEmpty();

        _t.Fake.EnqueueResponse(AuthleteApis.BackchannelAuthenticationComplete, new BackchannelAuthenticationCompleteResponse
        {
            Action = BackchannelAuthenticationCompleteAction.Notification,
            DeliveryMode = DeliveryMode.Ping,
            AuthReqId = "scripted-id",
            ResponseContent = """{"auth_req_id":"scripted-id"}""",
        });
        await _t.CompleteCibaAsync("no-such-ticket", BackchannelAuthenticationCompleteResult.Authorized);

        _t.Fake.Notifications.Should().ContainSingle().Which.AuthReqId.Should().Be("scripted-id");
    }

    [Fact]
    public async Task The_notification_token_never_appears_in_ToString()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PingClientId);
        await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);

        string text = _t.Fake.Notifications.Single().ToString();

        text.Should().NotContain(NotificationToken).And.Contain(issued.AuthReqId).And.Contain("https://rp.example.com/ping");
    }
}
