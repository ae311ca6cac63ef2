using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>The password grant, <c>/auth/token/issue</c> and <c>/auth/token/fail</c>: what each answer says and carries.</summary>
public sealed class PasswordAnswerTests : IDisposable
{
    private const long PasswordClientId = 3101;

    private readonly TestAuthlete _t = new();

    public PasswordAnswerTests()
        => _t.Fake.AddClient(new FakeClient { ClientId = PasswordClientId, ClientSecret = TestAuthlete.Secret, PasswordGrantAllowed = true });

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private Task<TokenResponse> PasswordAsync(string extra = "&username=alice&password=pw", long clientId = PasswordClientId)
        => Fake.TokenAsync(new TokenRequest { Parameters = "grant_type=password" + extra }.WithClientCredentials(TestAuthlete.Basic(clientId)));

    [Fact]
    public async Task The_password_grant_says_who_may_use_it_what_it_needs_and_what_the_server_must_do()
    {
        TokenResponse refused = await PasswordAsync(clientId: TestAuthlete.PollClientId);
        TokenResponse incomplete = await PasswordAsync("&username=alice");
        TokenResponse accepted = await PasswordAsync();

        refused.ResultMessage.Should().Be("[A930303] The client '1001' may not use the password grant.");
        incomplete.ResultMessage.Should().Be("[A930304] The password grant needs the 'username' and 'password' request parameters.");
        accepted.Action.Should().Be(TokenAction.Password);
        accepted.ResultMessage.Should().Be("[A930002] The server must check the resource owner's credentials, then call /auth/token/issue or /auth/token/fail.");
    }

    [Fact]
    public async Task Scopes_and_resources_are_echoed_when_requested_and_null_when_not()
    {
        TokenResponse asked = await PasswordAsync("&username=alice&password=pw&scope=openid%20email&resource=https%3A%2F%2Frs.example.com%2Fa");
        TokenResponse plain = await PasswordAsync();
        TokenIssueResponse askedIssued = await Fake.TokenIssueAsync(new() { Ticket = asked.Ticket, Subject = "alice" });
        TokenIssueResponse plainIssued = await Fake.TokenIssueAsync(new() { Ticket = plain.Ticket, Subject = "alice" });

        asked.Scopes.Should().Equal("openid", "email");
        asked.Resources.Should().Equal("https://rs.example.com/a");
        plain.Scopes.Should().BeNull();
        plain.Resources.Should().BeNull();
        askedIssued.AccessTokenResources.Should().Equal("https://rs.example.com/a");
        plainIssued.AccessTokenResources.Should().BeNull();
    }

    [Fact]
    public async Task Issue_says_whether_it_issued_and_gives_the_refresh_token_scopes()
    {
        TokenResponse password = await PasswordAsync("&username=alice&password=pw&scope=email");

        TokenIssueResponse issued = await Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" });
        TokenIssueResponse again = await Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" });

        issued.ResultMessage.Should().Be("[A931001] An access token was issued.");
        issued.RefreshTokenScopes.Should().Equal("email");
        issued.RefreshTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddDays(1).ToUnixTimeMilliseconds());
        again.Action.Should().Be(TokenIssueAction.InternalServerError);
        again.ResultMessage.Should().Be("[A931401] The ticket does not exist, was used or has expired.");
    }

    [Fact]
    public async Task Without_refresh_tokens_issue_gives_no_refresh_token_scopes_or_expiry()
    {
        Fake.Settings.IssueRefreshTokens = false;
        TokenResponse password = await PasswordAsync("&username=alice&password=pw&scope=email");

        TokenIssueResponse issued = await Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" });

        issued.Action.Should().Be(TokenIssueAction.Ok);
        issued.RefreshToken.Should().BeNull();
        issued.RefreshTokenScopes.Should().BeNull();
        issued.RefreshTokenExpiresAt.Should().Be(0);
    }

    [Fact]
    public async Task A_ticket_expires_at_exactly_its_lifetime()
    {
        TokenResponse password = await PasswordAsync();
        _t.Time.Advance(TimeSpan.FromMinutes(10));

        TokenIssueResponse late = await Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" });

        late.Action.Should().Be(TokenIssueAction.InternalServerError);
        late.ResultMessage.Should().Be("[A931401] The ticket does not exist, was used or has expired.");
    }

    [Fact]
    public async Task Jwt_access_tokens_in_an_issue_request_are_refused_loudly_by_name()
    {
        TokenResponse password = await PasswordAsync();

        (await FluentActions.Awaiting(() => Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice", JwtAtClaims = "{}" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement JWT access tokens (jwtAtClaims in a token issue request); it issues opaque access tokens only.");
    }

    public static TheoryData<string, string, string> FailReasons => new()
    {
        { "INVALID_RESOURCE_OWNER_CREDENTIALS", "invalid_request", "[A932001] The resource owner's credentials are wrong." },
        { "INVALID_TARGET", "invalid_target", "[A932001] The requested resource is not valid." },
        { "INVALID_CLIENT", "invalid_client", "[A932001] The client authentication failed." },
        { "UNAUTHORIZED_CLIENT", "unauthorized_client", "[A932001] The client may not use the password grant." },
        { "INVALID_SCOPE", "invalid_scope", "[A932001] The requested scope is not valid." },
        { "UNKNOWN", "server_error", "[A932001] The server could not process the request." },
    };

    [Theory]
    [MemberData(nameof(FailReasons))]
    public async Task Fail_says_what_the_reason_means(string reason, string error, string message)
    {
        TokenResponse password = await PasswordAsync();

        TokenFailResponse failed = await Fake.TokenFailAsync(new() { Ticket = password.Ticket, Reason = new TokenFailReason(reason) });

        failed.ResultMessage.Should().Be(message);
        failed.ReadError()!.Error.Should().Be(error);
        failed.ReadError()!.ErrorDescription.Should().Be(message);
    }

    [Fact]
    public async Task Fail_with_an_unknown_ticket_says_so_and_an_unknown_reason_is_refused_loudly_by_name()
    {
        TokenFailResponse unknown = await Fake.TokenFailAsync(new() { Ticket = "no-such-ticket", Reason = TokenFailReason.InvalidScope });

        unknown.ResultMessage.Should().Be("[A932401] The ticket does not exist, was used or has expired.");
        (await FluentActions.Awaiting(() => Fake.TokenFailAsync(new() { Ticket = "no-such-ticket", Reason = new TokenFailReason("NEW_REASON") }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement the token fail reason 'NEW_REASON'.");
    }
}
