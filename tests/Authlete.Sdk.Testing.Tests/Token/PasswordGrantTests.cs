using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>The fake's password grant: <c>/auth/token</c> answers <c>PASSWORD</c>, then <c>/auth/token/issue</c> or <c>/fail</c>.</summary>
public sealed class PasswordGrantTests : IDisposable
{
    private const long PasswordClientId = 3101;

    private readonly TestAuthlete _t = new();

    public PasswordGrantTests()
    {
        _t.Fake.AddClient(new FakeClient { ClientId = PasswordClientId, ClientSecret = TestAuthlete.Secret, PasswordGrantAllowed = true });
    }

    public void Dispose() => _t.Dispose();

    private static TokenRequest Password(long clientId = PasswordClientId, string scope = "openid email", string? password = "pa55")
        => new TokenRequest()
            .WithParameters(new Dictionary<string, string?> { ["grant_type"] = "password", ["username"] = "alice", ["password"] = password, ["scope"] = scope })
            .WithClientCredentials(TestAuthlete.Basic(clientId));

    [Fact]
    public async Task Password_then_issue_gives_tokens_once_over_http()
    {
        TokenResponse password = await _t.Api.TokenAsync(Password());
        password.Action.Should().Be(TokenAction.Password, password.ResultMessage);
        password.Username.Should().Be("alice");
        password.Password.Should().Be("pa55");
        password.Ticket.Should().NotBeNullOrEmpty();
        password.GrantType.Should().Be(GrantType.Password);
        password.ClientId.Should().Be(PasswordClientId);

        TokenIssueResponse issued = await _t.Api.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice-id", AccessTokenDuration = 600 });

        issued.Action.Should().Be(TokenIssueAction.Ok, issued.ResultMessage);
        issued.Subject.Should().Be("alice-id");
        issued.Scopes.Should().Equal("openid", "email");
        issued.ClientId.Should().Be(PasswordClientId);
        issued.AccessTokenDuration.Should().Be(600);
        issued.AccessTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddSeconds(600).ToUnixTimeMilliseconds());
        TokenContent content = issued.ReadContent()!;
        content.AccessToken.Should().Be(issued.AccessToken);
        content.RefreshToken.Should().Be(issued.RefreshToken).And.NotBeNull();
        content.TokenType.Should().Be("Bearer");
        content.ExpiresIn.Should().Be(600);
        content.Scope.Should().Be("openid email");
        content.IdToken.Should().NotBeNull("openid was granted");

        IntrospectionResponse introspected = await _t.Api.IntrospectionAsync(new() { Token = issued.AccessToken });
        introspected.Action.Should().Be(IntrospectionAction.Ok);
        introspected.GrantType.Should().Be(GrantType.Password);
        introspected.Subject.Should().Be("alice-id");

        TokenIssueResponse again = await _t.Api.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice-id" });
        again.Action.Should().Be(TokenIssueAction.InternalServerError, "a ticket is used once");
    }

    [Fact]
    public async Task An_unknown_or_expired_ticket_is_an_internal_server_error()
    {
        TokenResponse password = await _t.Fake.TokenAsync(Password());
        _t.Time.Advance(TimeSpan.FromMinutes(11));

        (await _t.Fake.TokenIssueAsync(new() { Ticket = "no-such-ticket", Subject = "alice" })).Action.Should().Be(TokenIssueAction.InternalServerError);
        TokenIssueResponse expired = await _t.Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" });
        expired.Action.Should().Be(TokenIssueAction.InternalServerError);
        expired.ReadError()!.Error.Should().Be("server_error");
    }

    [Theory]
    [InlineData("INVALID_RESOURCE_OWNER_CREDENTIALS", "BAD_REQUEST", "invalid_request")]
    [InlineData("INVALID_TARGET", "BAD_REQUEST", "invalid_target")]
    [InlineData("INVALID_CLIENT", "BAD_REQUEST", "invalid_client")]
    [InlineData("UNAUTHORIZED_CLIENT", "BAD_REQUEST", "unauthorized_client")]
    [InlineData("INVALID_SCOPE", "BAD_REQUEST", "invalid_scope")]
    [InlineData("UNKNOWN", "INTERNAL_SERVER_ERROR", "server_error")]
    public async Task Fail_answers_the_error_its_reason_names_and_ends_the_ticket(string reason, string action, string error)
    {
        TokenResponse password = await _t.Api.TokenAsync(Password());

        TokenFailResponse failed = await _t.Api.TokenFailAsync(new() { Ticket = password.Ticket, Reason = reason });

        failed.Action.Should().Be(new TokenFailAction(action), failed.ResultMessage);
        failed.ReadError()!.Error.Should().Be(error);
        (await _t.Api.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice" })).Action.Should().Be(TokenIssueAction.InternalServerError);
    }

    [Fact]
    public async Task Fail_with_an_unknown_ticket_is_an_internal_server_error()
    {
        TokenFailResponse failed = await _t.Fake.TokenFailAsync(new() { Ticket = "no-such-ticket", Reason = TokenFailReason.InvalidResourceOwnerCredentials });

        failed.Action.Should().Be(TokenFailAction.InternalServerError);
        failed.ReadError()!.Error.Should().Be("server_error");
    }

    [Fact]
    public async Task A_client_without_the_password_grant_is_unauthorized_client_and_missing_credentials_are_invalid_request()
    {
        TokenResponse refused = await _t.Fake.TokenAsync(Password(TestAuthlete.PollClientId));
        TokenResponse missing = await _t.Fake.TokenAsync(Password(password: null));

        refused.Action.Should().Be(TokenAction.BadRequest);
        refused.ReadError()!.Error.Should().Be("unauthorized_client");
        missing.Action.Should().Be(TokenAction.BadRequest);
        missing.ReadError()!.Error.Should().Be("invalid_request");
    }

    [Fact]
    public async Task Jwt_access_tokens_are_refused_loudly()
    {
        TokenResponse password = await _t.Fake.TokenAsync(Password());

        await FluentActions.Awaiting(() => _t.Fake.TokenIssueAsync(new() { Ticket = password.Ticket, Subject = "alice", JwtAtClaims = "{}" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
    }
}
