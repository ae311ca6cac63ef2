using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Service;

/// <summary>The fake's discovery document and JWK Set describe what it really does: a client can verify its ID tokens with them.</summary>
public sealed class DiscoveryTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task The_discovery_document_lists_the_endpoints_delivery_modes_and_the_algorithm_it_signs_with()
    {
        _t.Fake.Settings.Endpoints.Token = new Uri("https://as.example.com/oauth/token");

        ServiceConfigurationResponse document = await _t.Api.ServiceConfigurationAsync(new ServiceConfigurationRequest());

        document.Issuer.Should().Be(_t.Fake.Settings.Issuer.OriginalString);
        document.TokenEndpoint.Should().Be("https://as.example.com/oauth/token");
        document.DeviceAuthorizationEndpoint.Should().Be("https://as.example.com/device_authorization");
        document.BackchannelAuthenticationEndpoint.Should().Be("https://as.example.com/backchannel/authentication");
        document.JwksUri.Should().Be("https://as.example.com/jwks");
        document.IdTokenSigningAlgValuesSupported.Should().Equal(_t.Fake.SigningKey.Algorithm);
        document.BackchannelTokenDeliveryModesSupported.Should().Equal("poll", "ping", "push");
        document.GrantTypesSupported.Should().Contain(["urn:ietf:params:oauth:grant-type:device_code", "urn:openid:params:grant-type:ciba"]);
        using JsonDocument served = JsonDocument.Parse(document.ResponseContent!);
        served.RootElement.GetProperty("issuer").GetString().Should().Be(document.Issuer, "the served document is snake_case, as discovery requires");
        served.RootElement.TryGetProperty("resultCode", out _).Should().BeFalse();
    }

    [Fact]
    public async Task An_id_token_it_issues_verifies_with_the_jwk_set_it_serves()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(_t.Api);

        ServiceJwksResponse jwks = await _t.Api.ServiceJwksAsync(new ServiceJwksRequest());

        jwks.HasContent.Should().BeTrue();
        JsonWebKey key = jwks.Keys!.Should().ContainSingle().Subject;
        key.Kid.Should().Be(Jwt.Header(tokens.IdToken!).GetProperty("kid").GetString());
        key.Alg.Should().Be("ES256");
        using JsonDocument set = JsonDocument.Parse(jwks.ResponseContent!);
        Jwt.Verify(tokens.IdToken!, set.RootElement.GetProperty("keys")[0].GetRawText()).Should().BeTrue();
    }

    [Fact]
    public async Task Private_keys_are_never_revealed()
    {
        await FluentActions.Awaiting(() => _t.Fake.ServiceJwksAsync(new ServiceJwksRequest { IncludePrivateKeys = true }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
    }
}
