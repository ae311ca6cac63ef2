using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Device;

public sealed class DeviceFlowTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private Task<DeviceAuthorizationResponse> AuthorizeAsync(string scope = "openid profile")
        => _t.Api.DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = "client_id=2001&scope=" + Uri.EscapeDataString(scope) });

    [Fact]
    public async Task Device_flow_pending_slow_down_then_tokens_once()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        authorized.Action.Should().Be(DeviceAuthorizationAction.Ok, authorized.ResultMessage);
        authorized.ClientId.Should().Be(TvClientId);
        authorized.ClientName.Should().Be("TV");
        authorized.UserCode.Should().MatchRegex("^[BCDFGHJKLMNPQRSTVWXZ]{8}$");
        authorized.VerificationUri.Should().Be("https://as.example.com/device");
        authorized.VerificationUriComplete.Should().Be("https://as.example.com/device?user_code=" + authorized.UserCode);
        authorized.ExpiresIn.Should().Be(600);
        authorized.Interval.Should().Be(5);
        DeviceAuthorizationContent content = authorized.ReadContent()!;
        content.DeviceCode.Should().Be(authorized.DeviceCode);
        content.UserCode.Should().Be(authorized.UserCode);
        content.VerificationUri.Should().Be("https://as.example.com/device");
        content.ExpiresIn.Should().Be(600);
        content.Interval.Should().Be(5);

        (await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!))).ReadError()!.Error.Should().Be("authorization_pending");
        _t.Time.Advance(TimeSpan.FromSeconds(1));
        TokenResponse slow = await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        slow.Action.Should().Be(TokenAction.BadRequest);
        slow.ReadError()!.Error.Should().Be("slow_down");
        _t.Time.Advance(TimeSpan.FromSeconds(10));
        (await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!))).ReadError()!.Error.Should().Be("authorization_pending");

        DeviceVerificationResponse verified = await _t.Api.DeviceVerificationAsync(new() { UserCode = authorized.UserCode });
        verified.Action.Should().Be(DeviceVerificationAction.Valid);
        verified.ClientId.Should().Be(TvClientId);
        verified.ClientName.Should().Be("TV");
        verified.Scopes!.Select(s => s.Name).Should().Equal("openid", "profile");
        verified.ExpiresAtTime.Should().Be(new DateTimeOffset(2026, 1, 15, 9, 10, 0, TimeSpan.Zero));

        DeviceCompleteResponse completed = await _t.Api.DeviceCompleteAsync(new()
        {
            UserCode = authorized.UserCode,
            Result = DeviceCompleteResult.Authorized,
            Subject = "carol",
            Scopes = ["openid"],
            IdTokenAudType = "array",
        });
        completed.Action.Should().Be(DeviceCompleteAction.Success);

        _t.Time.Advance(TimeSpan.FromSeconds(10));
        TokenResponse ok = await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        ok.Action.Should().Be(TokenAction.Ok, ok.ResultMessage);
        ok.GrantType.Should().Be(GrantType.DeviceCode);
        ok.ClientAuthMethod.Should().Be(ClientAuthMethod.None);
        ok.Subject.Should().Be("carol");
        ok.Scopes.Should().Equal("openid");
        ok.ReadContent()!.Scope.Should().Be("openid");
        Jwt.Verify(ok.IdToken!, _t.Fake.SigningKey.PublicJwk).Should().BeTrue();
        var claims = Jwt.Payload(ok.IdToken!);
        claims.GetProperty("sub").GetString().Should().Be("carol");
        claims.GetProperty("aud")[0].GetString().Should().Be("2001");
        claims.GetProperty("auth_time").GetInt64().Should().Be(new DateTimeOffset(2026, 1, 15, 9, 0, 11, TimeSpan.Zero).ToUnixTimeSeconds());

        (await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!))).ReadError()!.Error.Should().Be("invalid_grant");

        // A decided user code no longer exists.
        (await _t.Api.DeviceVerificationAsync(new() { UserCode = authorized.UserCode })).Action.Should().Be(DeviceVerificationAction.NotExist);
        (await _t.Api.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" }))
            .Action.Should().Be(DeviceCompleteAction.UserCodeNotExist);
    }

    [Fact]
    public async Task Without_openid_there_is_no_id_token()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync("profile");
        await _t.Api.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" });
        TokenResponse ok = await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        ok.Action.Should().Be(TokenAction.Ok);
        ok.IdToken.Should().BeNull();
        ok.ReadContent()!.IdToken.Should().BeNull();
    }

    [Fact]
    public async Task Codes_expire()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        _t.Time.Advance(TimeSpan.FromMinutes(10));
        (await _t.Api.DeviceVerificationAsync(new() { UserCode = authorized.UserCode })).Action.Should().Be(DeviceVerificationAction.Expired);
        (await _t.Api.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" }))
            .Action.Should().Be(DeviceCompleteAction.UserCodeExpired);
        (await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!))).ReadError()!.Error.Should().Be("expired_token");
    }

    [Fact]
    public async Task Unknown_user_codes_do_not_exist()
    {
        (await _t.Api.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" })).Action.Should().Be(DeviceVerificationAction.NotExist);
        (await _t.Api.DeviceCompleteAsync(new() { UserCode = "BCDF-GHJK", Result = DeviceCompleteResult.Authorized, Subject = "carol" }))
            .Action.Should().Be(DeviceCompleteAction.UserCodeNotExist);
    }

    [Theory]
    [InlineData("ACCESS_DENIED")]
    [InlineData("TRANSACTION_FAILED")]
    public async Task A_refusal_is_access_denied(string result)
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        (await _t.Api.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = new DeviceCompleteResult(result), Subject = "carol" }))
            .Action.Should().Be(DeviceCompleteAction.Success);
        TokenResponse denied = await _t.Api.TokenAsync(DeviceToken(authorized.DeviceCode!));
        denied.Action.Should().Be(TokenAction.BadRequest);
        denied.ReadError()!.Error.Should().Be("access_denied");
    }

    [Fact]
    public async Task Device_authorization_checks_the_client()
    {
        DeviceAuthorizationResponse unknown = await _t.Api.DeviceAuthorizationAsync(new() { Parameters = "client_id=4242" });
        unknown.Action.Should().Be(DeviceAuthorizationAction.Unauthorized);
        unknown.ReadError()!.Error.Should().Be("invalid_client");

        DeviceAuthorizationResponse anonymous = await _t.Api.DeviceAuthorizationAsync(new() { Parameters = "scope=openid" });
        anonymous.Action.Should().Be(DeviceAuthorizationAction.BadRequest);
        anonymous.ReadError()!.Error.Should().Be("invalid_request");

        DeviceAuthorizationResponse wrongSecret = await _t.Api.DeviceAuthorizationAsync(
            new DeviceAuthorizationRequest { Parameters = "scope=openid" }.WithClientCredentials(Basic(PollClientId, "nope")));
        wrongSecret.Action.Should().Be(DeviceAuthorizationAction.Unauthorized);

        DeviceAuthorizationResponse confidential = await _t.Api.DeviceAuthorizationAsync(
            new DeviceAuthorizationRequest { Parameters = "scope=openid" }.WithClientCredentials(Basic(PollClientId)));
        confidential.Action.Should().Be(DeviceAuthorizationAction.Ok);
        confidential.ClientIdAlias.Should().Be("poll-app");
    }

    [Fact]
    public async Task The_device_code_belongs_to_its_client()
    {
        DeviceAuthorizationResponse authorized = await AuthorizeAsync();
        TokenResponse stolen = await _t.Api.TokenAsync(TestAuthlete.Token("urn:ietf:params:oauth:grant-type:device_code", "device_code", authorized.DeviceCode!, PollClientId));
        stolen.ReadError()!.Error.Should().Be("invalid_grant");
        (await _t.Api.TokenAsync(DeviceToken("no-such-code"))).ReadError()!.Error.Should().Be("invalid_grant");
    }
}
