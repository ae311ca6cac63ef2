using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

public sealed class PendingCibaRequestTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task A_ticket_is_pending_from_backchannel_authentication_until_complete()
    {
        _t.Fake.PendingCibaRequests.Should().BeEmpty();

        BackchannelAuthenticationResponse started = await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId,
            ("scope", "openid profile"), ("login_hint", "alice@example.com"), ("binding_message", "W4SCT")));

        FakeCibaRequest pending = _t.Fake.PendingCibaRequests.Should().ContainSingle().Subject;
        pending.Ticket.Should().Be(started.Ticket);
        pending.AuthReqId.Should().BeNull();
        pending.ExpiresAt.Should().BeNull();
        pending.ClientId.Should().Be(PollClientId);
        pending.DeliveryMode.Should().Be(DeliveryMode.Poll);
        pending.HintType.Should().Be(UserIdentificationHintType.LoginHint);
        pending.Hint.Should().Be("alice@example.com");
        pending.Sub.Should().BeNull();
        pending.BindingMessage.Should().Be("W4SCT");
        pending.Scopes.Should().Equal("openid", "profile");
        pending.ToString().Should().Contain(started.Ticket).And.Contain("alice@example.com");

        BackchannelAuthenticationIssueResponse issued = await _t.Api.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket });
        FakeCibaRequest afterIssue = _t.Fake.PendingCibaRequests.Should().ContainSingle().Subject;
        afterIssue.AuthReqId.Should().Be(issued.AuthReqId);
        afterIssue.ExpiresAt.Should().Be(_t.Time.GetUtcNow().AddSeconds(issued.ExpiresIn));
        pending.AuthReqId.Should().BeNull("a read is a snapshot");

        (await _t.CompleteCibaAsync(started.Ticket!, BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        _t.Fake.PendingCibaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_failed_ticket_is_no_longer_pending_and_the_others_stay_in_order()
    {
        BackchannelAuthenticationResponse first = await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "first")));
        BackchannelAuthenticationResponse second = await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "second")));
        BackchannelAuthenticationResponse third = await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "third")));
        _t.Fake.PendingCibaRequests.Select(p => p.Ticket).Should().Equal(first.Ticket, second.Ticket, third.Ticket);

        (await _t.Api.BackchannelAuthenticationFailAsync(new() { Ticket = second.Ticket, Reason = BackchannelAuthenticationFailReason.AccessDenied }))
            .Action.Should().Be(BackchannelAuthenticationFailAction.Forbidden);

        _t.Fake.PendingCibaRequests.Select(p => p.Hint).Should().Equal("first", "third");
    }

    [Fact]
    public async Task A_refused_or_scripted_backchannel_request_leaves_no_pending_ticket()
    {
        (await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"))))
            .Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        _t.Fake.EnqueueResponse(AuthleteApis.BackchannelAuthentication, new BackchannelAuthenticationResponse
        {
            Action = BackchannelAuthenticationAction.UserIdentification,
            Ticket = "scripted-ticket",
        });
        (await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "a"))))
            .Ticket.Should().Be("scripted-ticket");

        _t.Fake.PendingCibaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task The_subject_of_an_id_token_hint_is_resolved_and_the_user_code_kept()
    {
        (_, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        BackchannelAuthenticationCompleteResponse completed = await _t.Api.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = _t.Fake.PendingCibaRequests.Single().Ticket, Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "alice",
        });
        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        string idToken = (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!))).IdToken!;

        await _t.Api.BackchannelAuthenticationAsync(Backchannel(UserCodeClientId, ("scope", "openid"), ("id_token_hint", idToken), ("user_code", "1234")));

        FakeCibaRequest pending = _t.Fake.PendingCibaRequests.Should().ContainSingle().Subject;
        pending.HintType.Should().Be(UserIdentificationHintType.IdTokenHint);
        pending.Sub.Should().Be("alice");
        pending.UserCode.Should().Be("1234");
    }
}
