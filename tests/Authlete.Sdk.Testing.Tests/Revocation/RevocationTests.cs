using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Revocation;

/// <summary>The fake's <c>/auth/revocation</c> (RFC 7009), over the tokens it issued.</summary>
public sealed class RevocationTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private static RevocationRequest Revoke(string token, long clientId = TestAuthlete.TvClientId, string? secret = null, string? hint = null)
        => new()
        {
            Parameters = "token=" + Uri.EscapeDataString(token) + (hint is null ? "" : "&token_type_hint=" + hint)
                + (secret is null ? "&client_id=" + clientId : ""),
            ClientId = secret is null ? null : clientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ClientSecret = secret,
        };

    [Fact]
    public async Task Revoking_an_access_token_makes_it_and_its_refresh_token_inactive()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        RevocationResponse response = await Fake.RevocationAsync(Revoke(tokens.AccessToken!));

        response.Action.Should().Be(RevocationAction.Ok, response.ResultMessage);
        response.ResponseContent.Should().BeNull();
        (await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(IntrospectionAction.Unauthorized);
        (await Fake.UserInfoAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(UserInfoAction.Unauthorized);
        (await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.RefreshToken })).ResponseContent.Should().Be("""{"active":false}""");
    }

    [Fact]
    public async Task Revoking_a_refresh_token_revokes_its_access_token()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);
        TokenResponse other = await TestAuthlete.DeviceTokensAsync(Fake, subject: "bob");

        (await Fake.RevocationAsync(Revoke(tokens.RefreshToken!, hint: "refresh_token"))).Action.Should().Be(RevocationAction.Ok);

        (await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(IntrospectionAction.Unauthorized);
        (await Fake.IntrospectionAsync(new() { Token = other.AccessToken })).Action.Should().Be(IntrospectionAction.Ok, "other grants stay");
    }

    [Fact]
    public async Task An_unknown_token_is_ok_per_rfc_7009()
    {
        RevocationResponse response = await Fake.RevocationAsync(Revoke("no-such-token"));

        response.Action.Should().Be(RevocationAction.Ok);
    }

    [Fact]
    public async Task Failed_client_authentication_is_invalid_client_and_revokes_nothing()
    {
        Fake.AddClient(new FakeClient { ClientId = 3001, ClientSecret = "right" });
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        RevocationResponse wrong = await Fake.RevocationAsync(Revoke(tokens.AccessToken!, 3001, "wrong"));
        RevocationResponse unknown = await Fake.RevocationAsync(Revoke(tokens.AccessToken!, 9999));

        wrong.Action.Should().Be(RevocationAction.InvalidClient);
        wrong.ReadError()!.Error.Should().Be("invalid_client");
        unknown.Action.Should().Be(RevocationAction.InvalidClient);
        (await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(IntrospectionAction.Ok);
    }

    [Fact]
    public async Task Another_clients_token_is_bad_request_and_stays_active()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        RevocationResponse response = await Fake.RevocationAsync(Revoke(tokens.AccessToken!, TestAuthlete.PollClientId, TestAuthlete.Secret));

        response.Action.Should().Be(RevocationAction.BadRequest);
        (await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(IntrospectionAction.Ok);
    }

    [Fact]
    public async Task No_token_parameter_is_bad_request()
    {
        RevocationResponse response = await Fake.RevocationAsync(new() { Parameters = "client_id=" + TestAuthlete.TvClientId });

        response.Action.Should().Be(RevocationAction.BadRequest);
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    [Fact]
    public async Task Mutual_tls_is_refused_loudly()
        => await FluentActions.Awaiting(() => Fake.RevocationAsync(new() { Parameters = "token=x&client_id=2001", ClientCertificate = "-----BEGIN CERTIFICATE-----" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
}
