using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Token;

/// <summary><c>/auth/token</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class TokenTests : ApiContractTests<TokenRequest, TokenResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.TokenAsync(new TokenRequest
        {
            Parameters = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=dc",
            ClientId = "c", ClientSecret = "s", ClientCertificate = "pem", ClientCertificatePath = ["pem2"],
            Properties = [new Property { Key = "k", Value = "v" }], Dpop = "eyJ.dpop", Htm = "POST", Htu = "https://as.example.com/token",
            AccessToken = "at", JwtAtClaims = "{}", OAuthClientAttestation = "a", OAuthClientAttestationPop = "p",
            AccessTokenDuration = 3600, RefreshTokenDuration = 86400, DpopNonceRequired = true, CimdOptions = new CimdOptions { HttpPermitted = true },
        }));
        ShouldBeJson(body, """
            {"parameters":"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=dc","clientId":"c","clientSecret":"s",
             "clientCertificate":"pem","clientCertificatePath":["pem2"],"properties":[{"key":"k","value":"v","hidden":false}],"dpop":"eyJ.dpop",
             "htm":"POST","htu":"https://as.example.com/token","accessToken":"at","jwtAtClaims":"{}","oauthClientAttestation":"a",
             "oauthClientAttestationPop":"p","accessTokenDuration":3600,"refreshTokenDuration":86400,"dpopNonceRequired":true,
             "cimdOptions":{"httpPermitted":true}}
            """);
    }

    /// <summary>The pending and slow-down errors of RFC 8628 §3.5 (Fixtures/spec, sources in Fixtures/SOURCES.md).</summary>
    [Theory]
    [InlineData("rfc8628-3.5-authorization-pending.json", "authorization_pending")]
    [InlineData("rfc8628-3.5-slow-down.json", "slow_down")]
    public void Reads_the_rfc8628_3_5_token_errors(string file, string error)
    {
        var response = new TokenResponse { Action = TokenAction.BadRequest, ResponseContent = Spec(file) };
        response.ReadError()!.Error.Should().Be(error);
    }

    /// <summary>The token response of RFC 6749 §5.1 (Fixtures/spec, sources in Fixtures/SOURCES.md).</summary>
    [Fact]
    public void Reads_the_rfc6749_5_1_token_response_and_keeps_extra_members()
    {
        var response = new TokenResponse { Action = TokenAction.Ok, ResponseContent = Spec("rfc6749-5.1-token-response.json") };
        TokenContent content = response.ReadContent()!;
        content.AccessToken.Should().Be("2YotnFZFEjr1zCsicMWpAA");
        content.TokenType.Should().Be("example");
        content.ExpiresIn.Should().Be(3600);
        content.RefreshToken.Should().Be("tGzv3JOkF0XG5Qx2TlKWIA");
        content.ExtensionData.Should().ContainKey("example_parameter");
    }

    [Fact]
    public async Task An_invalid_client_is_a_client_authentication_failure_with_the_oauth_error()
    {
        TokenResponse response = await AnswerAsync(
            """{"action":"INVALID_CLIENT","responseContent":"{\"error\":\"invalid_client\"}","dpopNonce":"n-1"}""");

        response.Action.Kind.Should().Be(TokenActionKind.InvalidClient);
        response.Action.HttpStatus.Should().Be(400);
        response.Action.IsClientAuthenticationFailure.Should().BeTrue();
        response.ReadError()!.Error.Should().Be("invalid_client");
        ((IAuthleteAnswerResponse<TokenAction>)response).DpopNonce.Should().Be("n-1");
    }

    private static string Spec(string name) => Wire.Fixture(Path.Combine("spec", name));
}
