using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Service;

/// <summary><c>/service/jwks/get</c>: a GET whose answer is the JWK Set itself, or 204 when the service has none.</summary>
public sealed class ServiceJwksTests
{
    private const string Jwks = """{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"k1","use":"sig","alg":"ES256","x5t#S256":"t1"},{"kty":"RSA","n":"0vx7","e":"AQAB","kid":"k2","future":"kept"}]}""";

    [Theory]
    [MemberData(nameof(MockAuthlete.Versions), MemberType = typeof(MockAuthlete))]
    public async Task Gets_the_jwk_set_with_its_query_and_keeps_the_document(AuthleteApiVersion version)
    {
        var (client, handler) = MockAuthlete.Create(version);
        handler.Expect(HttpMethod.Get, MockAuthlete.BaseUrl(version) + "service/jwks/get")
            .WithExactQueryString("pretty=false")
            .With(r => r.Content is null)
            .Respond("application/json", Jwks);

        ServiceJwksResponse response = await client.ServiceJwksAsync(new ServiceJwksRequest { Pretty = false });

        handler.VerifyNoOutstandingExpectation();
        response.HasContent.Should().BeTrue();
        response.ResponseContent.Should().Be(Jwks);
        response.Keys.Should().HaveCount(2);
        response.Keys![0].Kty.Should().Be("EC");
        response.Keys[0].Crv.Should().Be("P-256");
        response.Keys[0].Kid.Should().Be("k1");
        response.Keys[0].X5tS256.Should().Be("t1");
        response.Keys[1].N.Should().Be("0vx7");
        response.Keys[1].ExtensionData.Should().ContainKey("future");
    }

    [Fact]
    public async Task No_content_means_the_service_has_no_jwk_set()
    {
        var (client, handler) = MockAuthlete.Create();
        handler.Expect(HttpMethod.Get, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + "service/jwks/get")
            .Respond(System.Net.HttpStatusCode.NoContent);

        ServiceJwksResponse response = await client.ServiceJwksAsync(new ServiceJwksRequest());

        response.HasContent.Should().BeFalse();
        response.Keys.Should().BeNull();
        response.ResponseContent.Should().BeNull();
    }

    [Fact]
    public async Task Private_keys_are_asked_for_only_explicitly()
    {
        var (client, handler) = MockAuthlete.Create();
        handler.Expect(HttpMethod.Get, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + "service/jwks/get")
            .WithExactQueryString("includePrivateKeys=true")
            .Respond("application/json", Jwks);

        await client.ServiceJwksAsync(new ServiceJwksRequest { IncludePrivateKeys = true });

        handler.VerifyNoOutstandingExpectation();
    }
}
