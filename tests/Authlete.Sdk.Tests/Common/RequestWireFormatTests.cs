using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Common;

/// <summary>What each API call puts on the wire, member by member, written out literally.</summary>
public class RequestWireFormatTests
{
    private static async Task<string> SentBody(string path, Func<IAuthleteApi, Task> call)
    {
        var (api, handler) = MockAuthlete.Create();
        string? body = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + path)
            .With(r => { body = r.Content!.ReadAsStringAsync().Result; return true; })
            .Respond("application/json", "{}");
        await call(api);
        handler.VerifyNoOutstandingExpectation();
        return body!;
    }

    private static void ShouldBeJson(string actual, string expected)
        => JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)).Should().BeTrue($"sent {actual}");

    [Fact]
    public async Task Backchannel_authentication()
    {
        string body = await SentBody("backchannel/authentication", api => api.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest
        {
            Parameters = "login_hint=john&scope=openid&client_notification_token=tok",
            ClientId = "26862190133482",
            ClientSecret = "secret",
            ClientCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
            ClientCertificatePath = ["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
            OAuthClientAttestation = "eyJ.att",
            OAuthClientAttestationPop = "eyJ.pop",
            CimdOptions = new CimdOptions { AlwaysRetrieved = true, HttpPermitted = false, QueryPermitted = true },
        }));
        ShouldBeJson(body, """
            {"parameters":"login_hint=john&scope=openid&client_notification_token=tok","clientId":"26862190133482","clientSecret":"secret",
             "clientCertificate":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
             "clientCertificatePath":["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
             "oauthClientAttestation":"eyJ.att","oauthClientAttestationPop":"eyJ.pop",
             "cimdOptions":{"alwaysRetrieved":true,"httpPermitted":false,"queryPermitted":true}}
            """);
    }

    [Fact]
    public async Task Backchannel_authentication_issue()
    {
        string body = await SentBody("backchannel/authentication/issue",
            api => api.BackchannelAuthenticationIssueAsync(new BackchannelAuthenticationIssueRequest { Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q" }));
        ShouldBeJson(body, """{"ticket":"NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q"}""");
    }

    [Fact]
    public async Task Backchannel_authentication_fail()
    {
        string body = await SentBody("backchannel/authentication/fail", api => api.BackchannelAuthenticationFailAsync(new BackchannelAuthenticationFailRequest
        {
            Ticket = "t",
            Reason = BackchannelAuthenticationFailReason.InvalidBindingMessage,
            ErrorDescription = "The binding message is too long.",
            ErrorUri = "https://as.example.com/errors/binding",
        }));
        ShouldBeJson(body, """{"ticket":"t","reason":"INVALID_BINDING_MESSAGE","errorDescription":"The binding message is too long.","errorUri":"https://as.example.com/errors/binding"}""");
    }

    [Fact]
    public async Task Backchannel_authentication_complete_with_every_member()
    {
        string body = await SentBody("backchannel/authentication/complete", api => api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t", Result = BackchannelAuthenticationCompleteResult.TransactionFailed, Subject = "john", Sub = "pairwise-1",
            AuthTime = 1700000000, Acr = "acr1", Claims = "{}", Properties = [new Property { Key = "k", Value = "v" }], Scopes = ["openid"],
            IdtHeaderParams = """{"typ":"JWT"}""", ErrorDescription = "device unreachable", ErrorUri = "https://as.example.com/e", ConsentedClaims = ["email"],
            JwtAtClaims = """{"x":1}""", AccessToken = "at", AccessTokenDuration = 60, RefreshTokenDuration = 120, IdTokenAudType = "array",
        }));
        ShouldBeJson(body, """
            {"ticket":"t","result":"TRANSACTION_FAILED","subject":"john","sub":"pairwise-1","authTime":1700000000,"acr":"acr1","claims":"{}",
             "properties":[{"key":"k","value":"v","hidden":false}],"scopes":["openid"],"idtHeaderParams":"{\"typ\":\"JWT\"}",
             "errorDescription":"device unreachable","errorUri":"https://as.example.com/e","consentedClaims":["email"],"jwtAtClaims":"{\"x\":1}",
             "accessToken":"at","accessTokenDuration":60,"refreshTokenDuration":120,"idTokenAudType":"array"}
            """);
    }

    [Fact]
    public async Task Device_verification()
    {
        string body = await SentBody("device/verification", api => api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "XWWKPBWVXQ" }));
        ShouldBeJson(body, """{"userCode":"XWWKPBWVXQ"}""");
    }

    [Fact]
    public async Task Device_complete_with_every_member()
    {
        string body = await SentBody("device/complete", api => api.DeviceCompleteAsync(new DeviceCompleteRequest
        {
            UserCode = "XWWKPBWVXQ", Result = DeviceCompleteResult.AccessDenied, Subject = "john", Sub = "p", AuthTime = 1, Acr = "a", Claims = "{}",
            Properties = [new Property { Key = "k", Value = "v", Hidden = true }], Scopes = ["history.read"], ErrorDescription = "denied",
            ErrorUri = "https://e", IdtHeaderParams = "{}", ConsentedClaims = ["name"], JwtAtClaims = "{}", AccessTokenDuration = 10,
            RefreshTokenDuration = 20, IdTokenAudType = "string",
        }));
        ShouldBeJson(body, """
            {"userCode":"XWWKPBWVXQ","result":"ACCESS_DENIED","subject":"john","sub":"p","authTime":1,"acr":"a","claims":"{}",
             "properties":[{"key":"k","value":"v","hidden":true}],"scopes":["history.read"],"errorDescription":"denied","errorUri":"https://e",
             "idtHeaderParams":"{}","consentedClaims":["name"],"jwtAtClaims":"{}","accessTokenDuration":10,"refreshTokenDuration":20,"idTokenAudType":"string"}
            """);
    }

    [Fact]
    public async Task Token_with_every_member()
    {
        string body = await SentBody("auth/token", api => api.TokenAsync(new TokenRequest
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
}
