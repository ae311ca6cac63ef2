using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Token;

/// <summary>The refresh token grant: what each refusal says, the lifetimes of the refreshed tokens and how properties merge.</summary>
public sealed class RefreshAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private static TokenRequest Refresh(string? refreshToken, string? scope = null, long clientId = TestAuthlete.TvClientId)
        => new TokenRequest().WithParameters(new Dictionary<string, string?>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["scope"] = scope,
            ["client_id"] = clientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private async Task<TokenResponse> DeviceTokensAsync(Action<DeviceCompleteRequest>? decide = null)
    {
        DeviceAuthorizationResponse authorized = await Fake.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid%20email" });
        var complete = new DeviceCompleteRequest { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "carol" };
        decide?.Invoke(complete);
        await Fake.DeviceCompleteAsync(complete);
        return await Fake.TokenAsync(TestAuthlete.DeviceToken(authorized.DeviceCode!));
    }

    [Fact]
    public async Task Each_refusal_of_a_refresh_request_says_what_is_wrong()
    {
        Fake.AddClient(new FakeClient { ClientId = 3001, ClientAuthMethod = ClientAuthMethod.None });
        TokenResponse tokens = await DeviceTokensAsync();

        TokenResponse missing = await Fake.TokenAsync(Refresh(null));
        TokenResponse unknown = await Fake.TokenAsync(Refresh("no-such-refresh-token"));
        TokenResponse foreign = await Fake.TokenAsync(Refresh(tokens.RefreshToken, clientId: 3001));
        TokenResponse wider = await Fake.TokenAsync(Refresh(tokens.RefreshToken, "openid address"));
        TokenResponse refreshed = await Fake.TokenAsync(Refresh(tokens.RefreshToken, "email"));

        missing.ResultMessage.Should().Be("[A930301] The 'refresh_token' request parameter is missing.");
        unknown.ResultMessage.Should().Be("[A930401] The refresh token does not exist (it was never issued, was rotated or was revoked).");
        foreign.ResultMessage.Should().Be("[A930401] The refresh token was issued to another client.");
        wider.ResultMessage.Should().Be("[A930305] The scope must not include scopes the grant does not have (RFC 6749 §6): address.");
        refreshed.Action.Should().Be(TokenAction.Ok);
        refreshed.ResultMessage.Should().Be("[A930001] An access token was issued (refresh token grant).");
    }

    [Fact]
    public async Task Lifetimes_in_the_refresh_request_win_and_zero_means_the_lifetimes_of_the_decision()
    {
        TokenResponse first = await DeviceTokensAsync(r => { r.AccessTokenDuration = 600; r.RefreshTokenDuration = 6000; });
        TokenResponse second = await DeviceTokensAsync(r => { r.AccessTokenDuration = 600; r.RefreshTokenDuration = 6000; });

        TokenRequest asked = Refresh(first.RefreshToken);
        asked.AccessTokenDuration = 120;
        asked.RefreshTokenDuration = 7200;
        TokenRequest zero = Refresh(second.RefreshToken);
        zero.AccessTokenDuration = 0;
        zero.RefreshTokenDuration = 0;
        TokenResponse askedAnswer = await Fake.TokenAsync(asked);
        TokenResponse zeroAnswer = await Fake.TokenAsync(zero);

        askedAnswer.AccessTokenDuration.Should().Be(120);
        askedAnswer.RefreshTokenDuration.Should().Be(7200);
        zeroAnswer.AccessTokenDuration.Should().Be(600);
        zeroAnswer.RefreshTokenDuration.Should().Be(6000);
    }

    [Fact]
    public async Task Without_lifetimes_anywhere_a_refresh_uses_the_settings()
    {
        TokenResponse tokens = await DeviceTokensAsync();

        TokenResponse refreshed = await Fake.TokenAsync(Refresh(tokens.RefreshToken));

        refreshed.AccessTokenDuration.Should().Be(3600);
        refreshed.RefreshTokenDuration.Should().Be(86400);
    }

    [Fact]
    public async Task Refresh_properties_are_added_to_a_grant_without_any()
    {
        TokenResponse tokens = await DeviceTokensAsync();
        TokenRequest request = Refresh(tokens.RefreshToken);
        request.Properties = [new Property { Key = "plan", Value = "pro" }];

        TokenResponse refreshed = await Fake.TokenAsync(request);

        refreshed.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("plan=pro");
    }

    [Fact]
    public async Task Refresh_properties_replace_only_those_of_the_same_key()
    {
        TokenResponse tokens = await DeviceTokensAsync(r => r.Properties =
            [new Property { Key = "plan", Value = "free" }, new Property { Key = "tenant", Value = "a" }]);
        TokenRequest request = Refresh(tokens.RefreshToken);
        request.Properties = [new Property { Key = "plan", Value = "pro" }, new Property { Key = "region", Value = "eu" }];

        TokenResponse refreshed = await Fake.TokenAsync(request);

        refreshed.Properties!.Select(p => p.Key + "=" + p.Value).Should().Equal("tenant=a", "plan=pro", "region=eu");
    }
}
