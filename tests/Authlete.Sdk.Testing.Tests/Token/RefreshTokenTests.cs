using System.Text;
using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>The fake's refresh token grant (RFC 6749 §6), in process and over HTTP with the real <see cref="AuthleteApi"/>.</summary>
public sealed class RefreshTokenTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private IAuthleteApi Api(bool overHttp) => overHttp ? _t.Api : _t.Fake;

    /// <summary>A refresh request of the public TV client (or, with a secret, of a confidential client by Basic).</summary>
    private static TokenRequest Refresh(string refreshToken, string? scope = null, long clientId = TestAuthlete.TvClientId, bool basic = false)
    {
        var form = new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["scope"] = scope };
        if (!basic)
        {
            form["client_id"] = clientId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var request = new TokenRequest().WithParameters(form);
        return basic ? request.WithClientCredentials(TestAuthlete.Basic(clientId)) : request;
    }

    private static JsonElement Payload(string jwt)
    {
        string part = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        part = part.PadRight(part.Length + ((4 - (part.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(part))).RootElement;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Refresh_issues_a_new_access_token_and_rotates_the_refresh_token(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        TokenResponse first = await TestAuthlete.DeviceTokensAsync(api);
        _t.Time.Advance(TimeSpan.FromMinutes(30));

        TokenResponse refreshed = await api.TokenAsync(Refresh(first.RefreshToken!));

        refreshed.Action.Should().Be(TokenAction.Ok, refreshed.ResultMessage);
        refreshed.GrantType.Should().Be(GrantType.RefreshToken);
        refreshed.ClientId.Should().Be(TestAuthlete.TvClientId);
        refreshed.Subject.Should().Be("alice");
        refreshed.Scopes.Should().Equal("openid", "profile", "email");
        refreshed.AccessToken.Should().NotBeNullOrEmpty().And.NotBe(first.AccessToken);
        refreshed.AccessTokenDuration.Should().Be(3600);
        refreshed.AccessTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds());
        refreshed.RefreshToken.Should().NotBeNullOrEmpty().And.NotBe(first.RefreshToken);
        refreshed.RefreshTokenDuration.Should().Be(86400);
        refreshed.RefreshTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddDays(1).ToUnixTimeMilliseconds(), "a rotated refresh token gets a fresh lifetime");
        refreshed.RefreshTokenScopes.Should().Equal("openid", "profile", "email");

        TokenContent content = refreshed.ReadContent()!;
        content.AccessToken.Should().Be(refreshed.AccessToken);
        content.TokenType.Should().Be("Bearer");
        content.ExpiresIn.Should().Be(3600);
        content.Scope.Should().Be("openid profile email");
        content.RefreshToken.Should().Be(refreshed.RefreshToken);
        content.IdToken.Should().Be(refreshed.IdToken).And.NotBeNullOrEmpty("the grant has openid: an ID token is reissued");
        JsonElement idToken = Payload(refreshed.IdToken!);
        idToken.GetProperty("sub").GetString().Should().Be("alice");
        idToken.GetProperty("aud").GetString().Should().Be(TestAuthlete.TvClientId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        idToken.GetProperty("iat").GetInt64().Should().Be(_t.Time.GetUtcNow().ToUnixTimeSeconds());

        TokenResponse replayed = await api.TokenAsync(Refresh(first.RefreshToken!));
        replayed.Action.Should().Be(TokenAction.BadRequest);
        replayed.ReadError()!.Error.Should().Be("invalid_grant", "a rotated refresh token no longer works");
        (await api.TokenAsync(Refresh(refreshed.RefreshToken!))).Action.Should().Be(TokenAction.Ok, "the new one does");
    }

    [Fact]
    public async Task The_new_access_token_introspects_active_and_the_previous_one_is_replaced()
    {
        TokenResponse first = await TestAuthlete.DeviceTokensAsync(_t.Api);

        TokenResponse refreshed = await _t.Api.TokenAsync(Refresh(first.RefreshToken!));

        IntrospectionResponse introspected = await _t.Api.IntrospectionAsync(new() { Token = refreshed.AccessToken });
        introspected.Action.Should().Be(IntrospectionAction.Ok, introspected.ResultMessage);
        introspected.Subject.Should().Be("alice");
        introspected.ClientId.Should().Be(TestAuthlete.TvClientId);
        introspected.Scopes.Should().Equal("openid", "profile", "email");
        introspected.GrantType.Should().Be(GrantType.RefreshToken);
        introspected.Refreshable.Should().BeTrue();
        (await _t.Api.UserInfoAsync(new() { Token = refreshed.AccessToken })).Action.Should().Be(UserInfoAction.Ok);
        (await _t.Api.IntrospectionAsync(new() { Token = first.AccessToken })).Action.Should().Be(IntrospectionAction.Unauthorized,
            "as in Authlete, a refresh replaces the access token of the grant");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_rotation_the_same_refresh_token_comes_back_and_keeps_its_expiry(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        _t.Fake.Settings.RefreshTokenRotation = false;
        TokenResponse first = await TestAuthlete.DeviceTokensAsync(api);
        _t.Time.Advance(TimeSpan.FromHours(2));

        TokenResponse refreshed = await api.TokenAsync(Refresh(first.RefreshToken!));
        TokenResponse again = await api.TokenAsync(Refresh(first.RefreshToken!));

        refreshed.Action.Should().Be(TokenAction.Ok, refreshed.ResultMessage);
        refreshed.RefreshToken.Should().Be(first.RefreshToken);
        refreshed.RefreshTokenExpiresAt.Should().Be(first.RefreshTokenExpiresAt);
        refreshed.RefreshTokenDuration.Should().Be(first.RefreshTokenDuration);
        refreshed.ReadContent()!.RefreshToken.Should().Be(first.RefreshToken);
        refreshed.AccessToken.Should().NotBe(first.AccessToken);
        again.Action.Should().Be(TokenAction.Ok, again.ResultMessage);
        again.AccessToken.Should().NotBe(refreshed.AccessToken);

        _t.Time.Advance(TimeSpan.FromHours(22));
        TokenResponse expired = await api.TokenAsync(Refresh(first.RefreshToken!));
        expired.ReadError()!.Error.Should().Be("invalid_grant", "the kept refresh token expires a day after it was first issued");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_narrower_scope_is_granted_and_a_wider_one_is_invalid_scope(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        TokenResponse first = await TestAuthlete.DeviceTokensAsync(api);

        TokenResponse wider = await api.TokenAsync(Refresh(first.RefreshToken!, "profile phone"));
        wider.Action.Should().Be(TokenAction.BadRequest);
        wider.ReadError()!.Error.Should().Be("invalid_scope");
        wider.ReadError()!.ErrorDescription.Should().Contain("phone");

        TokenResponse narrower = await api.TokenAsync(Refresh(first.RefreshToken!, "email profile"));
        narrower.Action.Should().Be(TokenAction.Ok, narrower.ResultMessage);
        narrower.Scopes.Should().Equal("profile", "email");
        narrower.ReadContent()!.Scope.Should().Be("profile email");
        narrower.IdToken.Should().BeNull("without openid no ID token is issued");
        narrower.RefreshTokenScopes.Should().Equal(["openid", "profile", "email"], "the refresh token keeps the original scopes (RFC 6749 §6)");
        (await api.IntrospectionAsync(new() { Token = narrower.AccessToken })).Scopes.Should().Equal("profile", "email");

        TokenResponse widenedBack = await api.TokenAsync(Refresh(narrower.RefreshToken!, "openid email"));
        widenedBack.Action.Should().Be(TokenAction.Ok, "a later refresh may ask for any originally granted scope");
        widenedBack.IdToken.Should().NotBeNull();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Another_clients_refresh_token_is_invalid_grant(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        TokenResponse tv = await TestAuthlete.DeviceTokensAsync(api);

        TokenResponse response = await api.TokenAsync(Refresh(tv.RefreshToken!, clientId: TestAuthlete.PollClientId, basic: true));

        response.Action.Should().Be(TokenAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_grant");
        response.ClientId.Should().Be(TestAuthlete.PollClientId);
        (await api.TokenAsync(Refresh(tv.RefreshToken!))).Action.Should().Be(TokenAction.Ok, "the refresh token stays the owner's");
    }

    [Fact]
    public async Task A_failed_client_authentication_is_invalid_client()
    {
        TokenResponse tv = await TestAuthlete.DeviceTokensAsync(_t.Api);
        TokenRequest request = new TokenRequest()
            .WithParameters(new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["refresh_token"] = tv.RefreshToken })
            .WithClientCredentials(TestAuthlete.Basic(TestAuthlete.PollClientId, "wrong"));

        TokenResponse response = await _t.Api.TokenAsync(request);

        response.Action.Should().Be(TokenAction.InvalidClient);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_expired_refresh_token_is_invalid_grant(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(api);
        _t.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        TokenResponse stillValid = await api.TokenAsync(Refresh(tokens.RefreshToken!));
        stillValid.Action.Should().Be(TokenAction.Ok, stillValid.ResultMessage);

        _t.Time.Advance(TimeSpan.FromDays(1));
        TokenResponse response = await api.TokenAsync(Refresh(stillValid.RefreshToken!));

        response.Action.Should().Be(TokenAction.BadRequest);
        OAuthError error = response.ReadError()!;
        error.Error.Should().Be("invalid_grant");
        error.ErrorDescription.Should().Contain("expired");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_revoked_or_unknown_refresh_token_is_invalid_grant(bool overHttp)
    {
        IAuthleteApi api = Api(overHttp);
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(api);
        RevocationResponse revoked = await api.RevocationAsync(new()
        {
            Parameters = "token=" + Uri.EscapeDataString(tokens.RefreshToken!) + "&token_type_hint=refresh_token&client_id=" + TestAuthlete.TvClientId,
        });
        revoked.Action.Should().Be(RevocationAction.Ok);

        TokenResponse afterRevocation = await api.TokenAsync(Refresh(tokens.RefreshToken!));
        TokenResponse unknown = await api.TokenAsync(Refresh("no-such-refresh-token"));

        afterRevocation.Action.Should().Be(TokenAction.BadRequest);
        afterRevocation.ReadError()!.Error.Should().Be("invalid_grant");
        unknown.ReadError()!.Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task Revoking_the_refreshed_access_token_revokes_the_grant()
    {
        TokenResponse first = await TestAuthlete.DeviceTokensAsync(_t.Api);
        TokenResponse refreshed = await _t.Api.TokenAsync(Refresh(first.RefreshToken!));

        await _t.Api.RevocationAsync(new() { Parameters = "token=" + Uri.EscapeDataString(refreshed.AccessToken!) + "&client_id=" + TestAuthlete.TvClientId });

        (await _t.Api.TokenAsync(Refresh(refreshed.RefreshToken!))).ReadError()!.Error.Should().Be("invalid_grant");
    }

    [Fact]
    public async Task A_missing_refresh_token_is_invalid_request()
    {
        TokenRequest request = new TokenRequest().WithParameters(
            new Dictionary<string, string?> { ["grant_type"] = "refresh_token", ["client_id"] = "2001" });

        TokenResponse response = await _t.Api.TokenAsync(request);

        response.Action.Should().Be(TokenAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_request");
        response.GrantType.Should().Be(GrantType.RefreshToken);
    }

    [Fact]
    public async Task Properties_are_kept_and_a_refresh_request_can_replace_them()
    {
        _t.Fake.AddClient(new FakeClient { ClientId = 3101, ClientSecret = TestAuthlete.Secret, PasswordGrantAllowed = true });
        TokenResponse password = await _t.Api.TokenAsync(new TokenRequest()
            .WithParameters(new Dictionary<string, string?> { ["grant_type"] = "password", ["username"] = "alice", ["password"] = "pw", ["scope"] = "email" })
            .WithClientCredentials(TestAuthlete.Basic(3101)));
        TokenIssueResponse issued = await _t.Api.TokenIssueAsync(new()
        {
            Ticket = password.Ticket,
            Subject = "alice",
            Properties = [new Property { Key = "tenant", Value = "a" }, new Property { Key = "plan", Value = "free" }],
        });

        TokenResponse kept = await _t.Api.TokenAsync(Refresh(issued.RefreshToken!, clientId: 3101, basic: true));
        TokenRequest replacing = Refresh(kept.RefreshToken!, clientId: 3101, basic: true);
        replacing.Properties = [new Property { Key = "plan", Value = "pro" }];
        TokenResponse replaced = await _t.Api.TokenAsync(replacing);

        kept.Action.Should().Be(TokenAction.Ok, kept.ResultMessage);
        kept.IdToken.Should().BeNull();
        kept.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("tenant=a", "plan=free");
        replaced.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("tenant=a", "plan=pro");
        (await _t.Api.IntrospectionAsync(new() { Token = replaced.AccessToken })).Properties!.Select(p => p.Value).Should().Equal("a", "pro");
    }

    [Fact]
    public async Task Discovery_lists_the_refresh_token_grant_only_when_refresh_tokens_are_issued()
    {
        ServiceConfigurationResponse with = await _t.Api.ServiceConfigurationAsync(new ServiceConfigurationRequest());
        _t.Fake.Settings.IssueRefreshTokens = false;
        ServiceConfigurationResponse without = await _t.Api.ServiceConfigurationAsync(new ServiceConfigurationRequest());

        with.GrantTypesSupported.Should().Contain(["refresh_token", "password"]);
        without.GrantTypesSupported.Should().Contain("password").And.NotContain("refresh_token");
    }
}
