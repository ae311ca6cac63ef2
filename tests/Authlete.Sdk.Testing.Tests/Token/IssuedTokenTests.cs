using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>The tokens the CIBA and device code grants issue: lifetimes, caller-chosen values, properties, resources and the ID token.</summary>
public sealed class IssuedTokenTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    /// <summary>A device flow of the TV client decided with <paramref name="decide"/>; the token request is shaped by <paramref name="shape"/>.</summary>
    private async Task<TokenResponse> DeviceTokensAsync(
        string parameters = "client_id=2001&scope=openid", Action<DeviceCompleteRequest>? decide = null, Action<TokenRequest>? shape = null)
    {
        DeviceAuthorizationResponse authorized = await Fake.DeviceAuthorizationAsync(new() { Parameters = parameters });
        var complete = new DeviceCompleteRequest { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" };
        decide?.Invoke(complete);
        (await Fake.DeviceCompleteAsync(complete)).Action.Should().Be(DeviceCompleteAction.Success);
        TokenRequest request = DeviceToken(authorized.DeviceCode!);
        shape?.Invoke(request);
        TokenResponse tokens = await Fake.TokenAsync(request);
        tokens.Action.Should().Be(TokenAction.Ok, tokens.ResultMessage);
        return tokens;
    }

    [Fact]
    public async Task Lifetimes_in_the_token_request_win_over_the_decision_and_the_settings()
    {
        TokenResponse tokens = await DeviceTokensAsync(
            decide: r => { r.AccessTokenDuration = 600; r.RefreshTokenDuration = 6000; },
            shape: r => { r.AccessTokenDuration = 120; r.RefreshTokenDuration = 7200; });

        tokens.AccessTokenDuration.Should().Be(120);
        tokens.RefreshTokenDuration.Should().Be(7200);
        tokens.RefreshTokenExpiresAt.Should().Be(_t.Time.GetUtcNow().AddSeconds(7200).ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Lifetimes_of_the_decision_win_over_the_settings()
    {
        TokenResponse tokens = await DeviceTokensAsync(decide: r => { r.AccessTokenDuration = 600; r.RefreshTokenDuration = 6000; });

        tokens.AccessTokenDuration.Should().Be(600);
        tokens.RefreshTokenDuration.Should().Be(6000);
    }

    [Fact]
    public async Task A_lifetime_of_zero_means_the_default()
    {
        TokenResponse tokens = await DeviceTokensAsync(shape: r => { r.AccessTokenDuration = 0; r.RefreshTokenDuration = 0; });

        tokens.AccessTokenDuration.Should().Be(3600);
        tokens.RefreshTokenDuration.Should().Be(86400);
    }

    [Fact]
    public async Task Without_refresh_tokens_in_the_settings_there_is_no_refresh_token_and_no_refresh_lifetime()
    {
        Fake.Settings.IssueRefreshTokens = false;

        TokenResponse tokens = await DeviceTokensAsync();

        tokens.RefreshToken.Should().BeNull();
        tokens.RefreshTokenDuration.Should().Be(0);
        tokens.RefreshTokenExpiresAt.Should().Be(0);
        tokens.ReadContent()!.RefreshToken.Should().BeNull();
    }

    [Fact]
    public async Task The_access_token_chosen_in_a_ciba_complete_request_is_the_one_issued()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        await Fake.BackchannelAuthenticationCompleteAsync(new()
        {
            Ticket = ticket, Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "alice", AccessToken = "caller-chosen-access-token",
        });

        TokenResponse tokens = await Fake.TokenAsync(CibaToken(issued.AuthReqId!));

        tokens.AccessToken.Should().Be("caller-chosen-access-token");
    }

    [Fact]
    public async Task Properties_come_from_the_decision_and_the_token_request_and_are_null_when_neither_has_any()
    {
        TokenResponse none = await DeviceTokensAsync();
        TokenResponse fromRequest = await DeviceTokensAsync(shape: r => r.Properties = [new Property { Key = "plan", Value = "pro" }]);
        TokenResponse both = await DeviceTokensAsync(
            decide: r => r.Properties = [new Property { Key = "tier", Value = "gold" }],
            shape: r => r.Properties = [new Property { Key = "plan", Value = "pro" }]);

        none.Properties.Should().BeNull();
        fromRequest.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("plan=pro");
        both.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("tier=gold", "plan=pro");
    }

    [Fact]
    public async Task Resources_are_in_the_token_answer_when_requested_and_null_when_not()
    {
        TokenResponse asked = await DeviceTokensAsync("client_id=2001&scope=openid&resource=https%3A%2F%2Frs.example.com%2Fa");
        TokenResponse plain = await DeviceTokensAsync();

        asked.Resources.Should().Equal("https://rs.example.com/a");
        plain.Resources.Should().BeNull();
    }

    [Fact]
    public async Task Tokens_without_scopes_have_no_scope_in_the_token_response()
    {
        TokenResponse tokens = await DeviceTokensAsync("client_id=2001");

        tokens.Scopes.Should().BeEmpty();
        tokens.ReadContent()!.Scope.Should().BeNull();
    }

    [Fact]
    public async Task The_id_token_header_names_its_type_algorithm_and_key()
    {
        TokenResponse tokens = await DeviceTokensAsync();

        JsonElement header = Jwt.Header(tokens.IdToken!);
        header.GetProperty("typ").GetString().Should().Be("JWT");
        header.GetProperty("alg").GetString().Should().Be("ES256");
        header.GetProperty("kid").GetString().Should().Be(Fake.SigningKey.KeyId);
    }

    [Fact]
    public async Task The_id_token_audience_is_the_alias_when_the_client_used_it_and_the_client_id_otherwise()
    {
        (string byAlias, BackchannelAuthenticationIssueResponse aliasIssued) = await StartByAliasAsync();
        (string byId, BackchannelAuthenticationIssueResponse idIssued) = await _t.StartCibaAsync();
        await _t.CompleteCibaAsync(byAlias, BackchannelAuthenticationCompleteResult.Authorized);
        await _t.CompleteCibaAsync(byId, BackchannelAuthenticationCompleteResult.Authorized);

        TokenResponse aliasTokens = await Fake.TokenAsync(new TokenRequest
        {
            Parameters = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=" + aliasIssued.AuthReqId,
        }.WithClientCredentials("Basic " + Convert.ToBase64String("poll-app:s3cret"u8.ToArray())));
        TokenResponse idTokens = await Fake.TokenAsync(CibaToken(idIssued.AuthReqId!));

        Jwt.Payload(aliasTokens.IdToken!).GetProperty("aud").GetString().Should().Be("poll-app");
        Jwt.Payload(idTokens.IdToken!).GetProperty("aud").GetString().Should().Be("1001");
        (await StandardIntrospectAsync(aliasTokens.AccessToken!)).GetProperty("client_id").GetString().Should().Be("poll-app");
        (await StandardIntrospectAsync(idTokens.AccessToken!)).GetProperty("client_id").GetString().Should().Be("1001");
    }

    private async Task<(string Ticket, BackchannelAuthenticationIssueResponse Issued)> StartByAliasAsync()
    {
        BackchannelAuthenticationResponse started = await Fake.BackchannelAuthenticationAsync(
            new BackchannelAuthenticationRequest { Parameters = "scope=openid&login_hint=alice" }
                .WithClientCredentials("Basic " + Convert.ToBase64String("poll-app:s3cret"u8.ToArray())));
        BackchannelAuthenticationIssueResponse issued = await Fake.BackchannelAuthenticationIssueAsync(new() { Ticket = started.Ticket });
        return (started.Ticket!, issued);
    }

    private async Task<JsonElement> StandardIntrospectAsync(string token)
    {
        StandardIntrospectionResponse response = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + token });
        using JsonDocument content = JsonDocument.Parse(response.ResponseContent!);
        return content.RootElement.Clone();
    }

    [Theory]
    [InlineData("iss")]
    [InlineData("sub")]
    [InlineData("aud")]
    [InlineData("exp")]
    [InlineData("iat")]
    [InlineData("auth_time")]
    [InlineData("acr")]
    [InlineData("nonce")]
    [InlineData("at_hash")]
    [InlineData("rt_hash")]
    [InlineData("urn:openid:params:jwt:claim:auth_req_id")]
    public async Task Extra_claims_cannot_override_or_forge_a_reserved_id_token_claim(string claim)
    {
        TokenResponse tokens = await DeviceTokensAsync(decide: r => r.Claims = "{\"" + claim + "\":\"forged\",\"name\":\"Carol\"}");

        JsonElement payload = Jwt.Payload(tokens.IdToken!);
        payload.GetProperty("name").GetString().Should().Be("Carol");
        if (payload.TryGetProperty(claim, out JsonElement value))
        {
            value.ToString().Should().NotBe("forged");
        }
    }
}
