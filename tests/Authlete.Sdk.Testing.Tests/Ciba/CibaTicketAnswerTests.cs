using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

/// <summary>What the issue, fail and complete APIs say about a ticket: unknown, already used, not yet issued, completed or expired.</summary>
public sealed class CibaTicketAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private async Task<string> NewTicketAsync(long clientId = PollClientId)
    {
        string extra = clientId is PingClientId or PushClientId ? "&client_notification_token=notify-me" : "";
        BackchannelAuthenticationResponse started = await Fake.BackchannelAuthenticationAsync(
            new BackchannelAuthenticationRequest { Parameters = "scope=openid&login_hint=alice" + extra }.WithClientCredentials(Basic(clientId)));
        started.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification, started.ResultMessage);
        return started.Ticket!;
    }

    [Fact]
    public async Task Issue_says_whether_the_ticket_is_unknown_or_already_used()
    {
        string ticket = await NewTicketAsync();

        BackchannelAuthenticationIssueResponse unknown = await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = "no-such-ticket" });
        BackchannelAuthenticationIssueResponse issued = await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = ticket });
        BackchannelAuthenticationIssueResponse again = await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = ticket });

        unknown.ResultMessage.Should().Be("[A911401] The ticket does not exist.");
        issued.ResultMessage.Should().Be("[A911001] An auth_req_id was issued.");
        again.Action.Should().Be(BackchannelAuthenticationIssueAction.InvalidTicket);
        again.ResultMessage.Should().Be("[A911401] The ticket has already been used to issue an auth_req_id.");
    }

    [Fact]
    public async Task Fail_says_whether_the_ticket_is_unknown_or_already_used_and_which_reason_it_built()
    {
        string used = await NewTicketAsync();
        await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = used });
        string denied = await NewTicketAsync();
        string broken = await NewTicketAsync();

        BackchannelAuthenticationFailResponse unknown = await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = "no-such-ticket" });
        BackchannelAuthenticationFailResponse late = await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = used, Reason = BackchannelAuthenticationFailReason.AccessDenied });
        BackchannelAuthenticationFailResponse accessDenied = await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = denied, Reason = BackchannelAuthenticationFailReason.AccessDenied });
        BackchannelAuthenticationFailResponse serverError = await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = broken });

        unknown.ResultMessage.Should().Be("[A912401] The ticket does not exist.");
        late.Action.Should().Be(BackchannelAuthenticationFailAction.InternalServerError);
        late.ResultMessage.Should().Be("[A912401] The ticket has already been used to issue an auth_req_id.");
        accessDenied.ResultMessage.Should().Be("[A912001] The error response for the reason ACCESS_DENIED was built.");
        accessDenied.ReadError()!.ErrorDescription.Should().Be("[A912001] The error response for the reason ACCESS_DENIED was built.");
        serverError.ResultMessage.Should().Be("[A912001] The error response for the reason SERVER_ERROR was built.");
        serverError.ReadError()!.ErrorDescription.Should().Be("[A912001] The error response for the reason SERVER_ERROR was built.");
    }

    [Fact]
    public async Task A_failed_ticket_can_be_neither_issued_nor_completed_nor_failed_again()
    {
        string ticket = await NewTicketAsync();
        await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = ticket, Reason = BackchannelAuthenticationFailReason.AccessDenied });

        (await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = ticket })).ResultMessage.Should().Be("[A911401] The ticket does not exist.");
        (await Fake.BackchannelAuthenticationFailAsync(new() { Ticket = ticket })).ResultMessage.Should().Be("[A912401] The ticket does not exist.");
        (await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized)).ResultMessage.Should().Be("[A913401] The ticket does not exist.");
    }

    [Fact]
    public async Task An_unknown_fail_reason_is_refused_loudly_by_name()
    {
        string ticket = await NewTicketAsync();

        (await FluentActions.Awaiting(() => Fake.BackchannelAuthenticationFailAsync(new() { Ticket = ticket, Reason = new BackchannelAuthenticationFailReason("NEW_REASON") }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement the /backchannel/authentication/fail reason 'NEW_REASON'.");
    }

    [Fact]
    public async Task Complete_says_whether_the_ticket_is_unknown_not_issued_completed_or_what_it_recorded()
    {
        string notIssued = await NewTicketAsync();
        (string ticket, _) = await _t.StartCibaAsync();

        BackchannelAuthenticationCompleteResponse strange = await _t.CompleteCibaAsync(ticket, new BackchannelAuthenticationCompleteResult("MAYBE"));
        BackchannelAuthenticationCompleteResponse unknown = await _t.CompleteCibaAsync("no-such-ticket", BackchannelAuthenticationCompleteResult.Authorized);
        BackchannelAuthenticationCompleteResponse early = await _t.CompleteCibaAsync(notIssued, BackchannelAuthenticationCompleteResult.Authorized);
        BackchannelAuthenticationCompleteResponse done = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        BackchannelAuthenticationCompleteResponse twice = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);

        strange.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        strange.ResultMessage.Should().Be("[A913101] The result 'MAYBE' is not AUTHORIZED, ACCESS_DENIED or TRANSACTION_FAILED.");
        unknown.ResultMessage.Should().Be("[A913401] The ticket does not exist.");
        early.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        early.ResultMessage.Should().Be("[A913401] No auth_req_id has been issued for the ticket; call the issue API first.");
        done.ResultMessage.Should().Be("[A913001] The result AUTHORIZED was recorded.");
        twice.ResultMessage.Should().Be("[A913401] The ticket has already been completed.");
    }

    [Fact]
    public async Task Completing_a_poll_request_at_exactly_its_expiry_is_refused_as_expired()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        _t.Time.Advance(TimeSpan.FromSeconds(issued.ExpiresIn));

        BackchannelAuthenticationCompleteResponse late = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);

        late.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        late.ResultMessage.Should().Be("[A913402] The auth_req_id has expired.");
    }

    [Fact]
    public async Task A_push_approval_after_expiry_notifies_expired_token_instead_of_tokens()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PushClientId);
        _t.Time.Advance(TimeSpan.FromSeconds(issued.ExpiresIn));

        BackchannelAuthenticationCompleteResponse completed = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);

        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.Notification);
        CibaNotification push = completed.ReadNotification()!;
        push.Error.Should().Be("expired_token");
        push.AuthReqId.Should().Be(issued.AuthReqId);
        completed.AccessToken.Should().BeNull();
    }

    [Fact]
    public async Task A_push_refusal_carries_the_error_description_and_uri_of_the_decision()
    {
        (string ticket, _) = await _t.StartCibaAsync(PushClientId);

        BackchannelAuthenticationCompleteResponse completed = await Fake.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = ticket,
            Result = BackchannelAuthenticationCompleteResult.AccessDenied,
            Subject = "alice",
            ErrorDescription = "The user said no.",
            ErrorUri = "https://as.example.com/errors/denied",
        });

        using JsonDocument notification = JsonDocument.Parse(completed.ResponseContent!);
        notification.RootElement.GetProperty("error").GetString().Should().Be("access_denied");
        notification.RootElement.GetProperty("error_description").GetString().Should().Be("The user said no.");
        notification.RootElement.GetProperty("error_uri").GetString().Should().Be("https://as.example.com/errors/denied");
    }

    [Fact]
    public async Task A_push_approval_without_openid_in_the_granted_scopes_has_no_id_token()
    {
        (string ticket, _) = await _t.StartCibaAsync(PushClientId);

        BackchannelAuthenticationCompleteResponse completed = await Fake.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = ticket, Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "alice", Scopes = ["profile"],
        });

        completed.AccessToken.Should().NotBeNullOrEmpty();
        completed.IdToken.Should().BeNull();
        completed.IdTokenDuration.Should().Be(0);
    }
}
