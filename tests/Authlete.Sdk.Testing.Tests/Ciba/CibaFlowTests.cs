using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Ciba;

public sealed class CibaFlowTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Poll_flow_pending_slow_down_then_tokens_once_with_a_verifiable_id_token()
    {
        BackchannelAuthenticationResponse started = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(PollClientId, ("scope", "openid profile unknown_scope"), ("login_hint", "alice@example.com"),
                ("binding_message", "W4SCT"), ("acr_values", "urn:acr:1 urn:acr:2"), ("requested_expiry", "120")));
        started.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        started.ResultCode.Should().MatchRegex("^A[0-9]{6}$");
        started.ResultMessage.Should().StartWith("[" + started.ResultCode + "]");
        started.HintType.Should().Be(UserIdentificationHintType.LoginHint);
        started.Hint.Should().Be("alice@example.com");
        started.BindingMessage.Should().Be("W4SCT");
        started.RequestedExpiry.Should().Be(120);
        started.Scopes!.Select(s => s.Name).Should().Equal("openid", "profile");
        started.ClaimNames.Should().Contain("name");
        started.Acrs.Should().Equal("urn:acr:1", "urn:acr:2");
        started.DeliveryMode.Should().Be(DeliveryMode.Poll);
        started.ClientId.Should().Be(PollClientId);
        started.ClientName.Should().Be("Poll app");
        started.ClientAuthMethod.Should().Be(ClientAuthMethod.ClientSecretBasic);

        BackchannelAuthenticationIssueResponse issued = await _t.Api.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket });
        issued.Action.Should().Be(BackchannelAuthenticationIssueAction.Ok);
        issued.ExpiresIn.Should().Be(120);
        issued.Interval.Should().Be(5);
        BackchannelAuthenticationContent content = issued.ReadContent()!;
        content.AuthReqId.Should().Be(issued.AuthReqId);
        content.ExpiresIn.Should().Be(120);
        content.Interval.Should().Be(5);

        TokenResponse pending = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        pending.Action.Should().Be(TokenAction.BadRequest);
        pending.ReadError()!.Error.Should().Be("authorization_pending");
        pending.GrantType.Should().Be(GrantType.Ciba);

        _t.Time.Advance(TimeSpan.FromSeconds(2));
        TokenResponse tooFast = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        tooFast.ReadError()!.Error.Should().Be("slow_down");

        // The interval grew from 5 to 10 seconds (RFC 8628 §3.5): 6 seconds is still too fast.
        _t.Time.Advance(TimeSpan.FromSeconds(6));
        (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!))).ReadError()!.Error.Should().Be("slow_down");
        _t.Time.Advance(TimeSpan.FromSeconds(16));
        (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!))).ReadError()!.Error.Should().Be("authorization_pending");

        BackchannelAuthenticationCompleteResponse completed = await _t.Api.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = started.Ticket,
            Result = BackchannelAuthenticationCompleteResult.Authorized,
            Subject = "alice",
            Acr = "urn:acr:1",
            AuthTime = 1768467000,
            Claims = """{"email":"alice@example.com","sub":"ignored"}""",
            Properties = [new Property { Key = "tier", Value = "gold" }],
        });
        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        completed.AuthReqId.Should().Be(issued.AuthReqId);

        _t.Time.Advance(TimeSpan.FromSeconds(30));
        TokenResponse ok = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        ok.Action.Should().Be(TokenAction.Ok, ok.ResultMessage);
        ok.Subject.Should().Be("alice");
        ok.Scopes.Should().Equal("openid", "profile");
        ok.Properties!.Single().Key.Should().Be("tier");
        ok.AccessTokenDuration.Should().Be(3600);
        ok.AccessTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds());
        TokenContent tokens = ok.ReadContent()!;
        tokens.AccessToken.Should().Be(ok.AccessToken).And.NotBeNullOrEmpty();
        tokens.TokenType.Should().Be("Bearer");
        tokens.ExpiresIn.Should().Be(3600);
        tokens.RefreshToken.Should().Be(ok.RefreshToken).And.NotBeNullOrEmpty();
        tokens.Scope.Should().Be("openid profile");

        string idToken = tokens.IdToken!;
        Jwt.Verify(idToken, _t.Fake.SigningKey.PublicJwk).Should().BeTrue();
        Jwt.Header(idToken).GetProperty("alg").GetString().Should().Be("ES256");
        Jwt.Header(idToken).GetProperty("kid").GetString().Should().Be(_t.Fake.SigningKey.KeyId);
        var claims = Jwt.Payload(idToken);
        claims.GetProperty("iss").GetString().Should().Be("https://as.example.com");
        claims.GetProperty("sub").GetString().Should().Be("alice");
        claims.GetProperty("aud").GetString().Should().Be("1001");
        claims.GetProperty("auth_time").GetInt64().Should().Be(1768467000);
        claims.GetProperty("acr").GetString().Should().Be("urn:acr:1");
        claims.GetProperty("email").GetString().Should().Be("alice@example.com");
        long iat = claims.GetProperty("iat").GetInt64();
        iat.Should().Be(_t.Time.GetUtcNow().ToUnixTimeSeconds());
        claims.GetProperty("exp").GetInt64().Should().Be(iat + 3600);

        // A tampered token no longer verifies.
        Jwt.Verify(idToken[..^4] + (idToken[^4] == 'A' ? "B" : "A") + idToken[^3..], _t.Fake.SigningKey.PublicJwk).Should().BeFalse();

        TokenResponse reused = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        reused.Action.Should().Be(TokenAction.BadRequest);
        reused.ReadError()!.Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task The_auth_req_id_expires()
    {
        (_, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        issued.ExpiresIn.Should().Be(600);
        _t.Time.Advance(TimeSpan.FromSeconds(599));
        (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!))).ReadError()!.Error.Should().Be("authorization_pending");
        _t.Time.Advance(TimeSpan.FromSeconds(1));
        TokenResponse expired = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        expired.Action.Should().Be(TokenAction.BadRequest);
        expired.ReadError()!.Error.Should().Be("expired_token");
    }

    [Fact]
    public async Task Completing_after_expiry_in_poll_mode_is_a_server_error()
    {
        (string ticket, _) = await _t.StartCibaAsync();
        _t.Time.Advance(TimeSpan.FromMinutes(11));
        BackchannelAuthenticationCompleteResponse late = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        late.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        late.ResultMessage.Should().Contain("expired");
    }

    [Theory]
    [InlineData("ACCESS_DENIED", "access_denied")]
    [InlineData("TRANSACTION_FAILED", "transaction_failed")]
    public async Task A_refusal_reaches_the_token_endpoint(string result, string error)
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        (await _t.Api.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = ticket,
            Result = new BackchannelAuthenticationCompleteResult(result),
            Subject = "alice",
            ErrorDescription = "The user said no",
        })).Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);

        TokenResponse refused = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        refused.Action.Should().Be(TokenAction.BadRequest);
        refused.ReadError()!.Error.Should().Be(error);
        refused.ReadError()!.ErrorDescription.Should().Be("The user said no");
        refused.AccessToken.Should().BeNull();
    }

    [Fact]
    public async Task Ping_flow_notifies_the_auth_req_id_then_the_client_gets_the_tokens()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PingClientId);
        issued.Interval.Should().Be(5);

        BackchannelAuthenticationCompleteResponse completed = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.Notification);
        completed.DeliveryMode.Should().Be(DeliveryMode.Ping);
        completed.ClientNotificationEndpoint.Should().Be("https://rp.example.com/ping");
        completed.ClientNotificationToken.Should().Be("notify-me-8d67dc78-7faa-4d41-aabd-67707b374255");
        completed.ResponseContent.Should().Be("{\"auth_req_id\":\"" + issued.AuthReqId + "\"}");
        completed.AccessToken.Should().BeNull();

        TokenResponse ok = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!, PingClientId));
        ok.Action.Should().Be(TokenAction.Ok);
        Jwt.Verify(ok.IdToken!, _t.Fake.SigningKey.PublicJwk).Should().BeTrue();
    }

    [Fact]
    public async Task Push_flow_delivers_the_tokens_in_the_notification()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PushClientId);
        issued.Interval.Should().Be(0);
        issued.ReadContent()!.Interval.Should().BeNull();

        BackchannelAuthenticationCompleteResponse completed = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.Notification);
        completed.ClientNotificationEndpoint.Should().Be("https://rp.example.com/push");
        CibaNotification push = completed.ReadNotification()!;
        push.IsError.Should().BeFalse();
        push.AuthReqId.Should().Be(issued.AuthReqId);
        push.AccessToken.Should().Be(completed.AccessToken).And.NotBeNullOrEmpty();
        push.TokenType.Should().Be("Bearer");
        push.RefreshToken.Should().Be(completed.RefreshToken);
        push.ExpiresIn.Should().Be(3600);
        push.IdToken.Should().Be(completed.IdToken);
        completed.AccessTokenDuration.Should().Be(3600);
        completed.IdTokenDuration.Should().Be(3600);

        // CIBA Core §10.3.1: the pushed ID token names the auth_req_id and hashes both tokens.
        Jwt.Verify(push.IdToken!, _t.Fake.SigningKey.PublicJwk).Should().BeTrue();
        var claims = Jwt.Payload(push.IdToken!);
        claims.GetProperty("urn:openid:params:jwt:claim:auth_req_id").GetString().Should().Be(issued.AuthReqId);
        claims.GetProperty("at_hash").GetString().Should().Be(Jwt.HalfHash(push.AccessToken!));
        claims.GetProperty("rt_hash").GetString().Should().Be(Jwt.HalfHash(push.RefreshToken!));

        // Push clients do not use the token endpoint.
        TokenResponse polled = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!, PushClientId));
        polled.ReadError()!.Error.Should().Be("unauthorized_client");
    }

    [Theory]
    [InlineData("ACCESS_DENIED", "access_denied")]
    [InlineData("TRANSACTION_FAILED", "transaction_failed")]
    public async Task Push_refusal_sends_the_error_with_the_auth_req_id(string result, string error)
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync(PushClientId);
        BackchannelAuthenticationCompleteResponse completed = await _t.CompleteCibaAsync(ticket, new BackchannelAuthenticationCompleteResult(result));
        completed.Action.Should().Be(BackchannelAuthenticationCompleteAction.Notification);
        CibaNotification push = completed.ReadNotification()!;
        push.Error.Should().Be(error);
        push.AuthReqId.Should().Be(issued.AuthReqId);
        push.AccessToken.Should().BeNull();
        completed.AccessToken.Should().BeNull();
    }

    [Fact]
    public async Task Complete_twice_or_with_an_unknown_ticket_is_a_server_error()
    {
        (string ticket, _) = await _t.StartCibaAsync();
        (await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        (await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        (await _t.CompleteCibaAsync("no-such-ticket", BackchannelAuthenticationCompleteResult.Authorized)).Action
            .Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
    }

    [Fact]
    public async Task Issue_needs_a_live_unused_ticket()
    {
        (await _t.Api.BackchannelAuthenticationIssueAsync(new() { Ticket = "no-such-ticket" })).Action
            .Should().Be(BackchannelAuthenticationIssueAction.InvalidTicket);
        (string ticket, _) = await _t.StartCibaAsync();
        BackchannelAuthenticationIssueResponse again = await _t.Api.BackchannelAuthenticationIssueAsync(new() { Ticket = ticket });
        again.Action.Should().Be(BackchannelAuthenticationIssueAction.InvalidTicket);
        again.ReadError()!.Error.Should().Be("server_error");
    }

    [Fact]
    public async Task An_id_token_hint_issued_by_the_fake_identifies_its_subject()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized, "bob");
        string idToken = (await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!))).IdToken!;

        BackchannelAuthenticationResponse hinted = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(PollClientId, ("scope", "openid"), ("id_token_hint", idToken)));
        hinted.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        hinted.HintType.Should().Be(UserIdentificationHintType.IdTokenHint);
        hinted.Sub.Should().Be("bob");

        BackchannelAuthenticationResponse forged = await _t.Api.BackchannelAuthenticationAsync(
            Backchannel(PollClientId, ("scope", "openid"), ("id_token_hint", idToken[..^6] + "AAAAAA")));
        forged.Action.Should().Be(BackchannelAuthenticationAction.BadRequest);
        forged.ReadError()!.Error.Should().Be("invalid_request");
    }
}
