using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.Primitives;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Device;

public class DeviceAuthorizationTests
{
    [Theory]
    [MemberData(nameof(MockAuthlete.Versions), MemberType = typeof(MockAuthlete))]
    public async Task Forwards_the_client_request_and_reads_the_codes(AuthleteApiVersion version)
    {
        var (api, handler) = MockAuthlete.Create(version);
        string? sent = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(version) + "device/authorization")
            .With(r => { sent = r.Content!.ReadAsStringAsync().Result; return true; })
            .Respond("application/json", """
                {"resultCode":"A217001","resultMessage":"[A217001] The device authorization request was processed successfully.","action":"OK",
                 "responseContent":"{\"device_code\":\"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS\",\"user_code\":\"WDJB-MJHT\",\"verification_uri\":\"https://example.com/device\",\"verification_uri_complete\":\"https://example.com/device?user_code=WDJB-MJHT\",\"expires_in\":1800,\"interval\":5}",
                 "clientId":26888344961664,"clientIdAliasUsed":false,"clientName":"My TV","clientAuthMethod":"CLIENT_SECRET_BASIC",
                 "scopes":[{"name":"openid","defaultEntry":false},{"name":"profile","defaultEntry":false}],"claimNames":["name","given_name"],"acrs":["acr1"],
                 "deviceCode":"GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS","userCode":"WDJB-MJHT","verificationUri":"https://example.com/device",
                 "verificationUriComplete":"https://example.com/device?user_code=WDJB-MJHT","expiresIn":1800,"interval":5,"warnings":["w1"],
                 "resources":["https://rs.example.com"],"dynamicScopes":[{"name":"payment","value":"123"}],"gmAction":"QUERY","grantId":"g1",
                 "grant":{"scopes":[{"scope":"openid","resource":["https://rs.example.com"]}],"claims":["name"]},"grantSubject":"john"}
                """);

        var request = new DeviceAuthorizationRequest()
            .WithParameters(new Dictionary<string, StringValues> { ["scope"] = "openid profile", ["acr_values"] = "acr1" })
            .WithClientCredentials("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("device-app:s3cr%26t")));
        DeviceAuthorizationResponse response = await api.DeviceAuthorizationAsync(request);

        handler.VerifyNoOutstandingExpectation();
        JsonNode.DeepEquals(JsonNode.Parse(sent!), JsonNode.Parse(
            """{"parameters":"scope=openid+profile&acr_values=acr1","clientId":"device-app","clientSecret":"s3cr&t"}""")).Should().BeTrue(sent);
        response.Action.Should().Be(DeviceAuthorizationAction.Ok);
        response.ClientAuthMethod.Should().Be(ClientAuthMethod.ClientSecretBasic);
        response.UserCode.Should().Be("WDJB-MJHT");
        response.ExpiresIn.Should().Be(1800);
        response.Interval.Should().Be(5);
        response.Scopes!.Select(s => s.Name).Should().Equal("openid", "profile");
        response.GmAction.Should().Be(GmAction.Query);
        response.Grant!.Scopes![0].Resource.Should().Equal("https://rs.example.com");
        response.ClientIdentifier.Should().Be("26888344961664");

        DeviceAuthorizationContent content = response.ReadContent()!;
        content.DeviceCode.Should().Be(response.DeviceCode);
        content.UserCode.Should().Be("WDJB-MJHT");
        content.VerificationUriComplete.Should().Be("https://example.com/device?user_code=WDJB-MJHT");
        content.ExpiresIn.Should().Be(1800);
        content.Interval.Should().Be(5);
    }

    [Fact]
    public async Task Reads_an_oauth_error_from_a_bad_request()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, "device/authorization",
            """{"action":"BAD_REQUEST","responseContent":"{\"error\":\"invalid_scope\",\"error_description\":\"[A217302] bad scope\",\"error_uri\":\"https://docs.authlete.com/#A217302\"}"}""");

        var response = await api.DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = "scope=unknown" });

        response.Action.Should().Be(DeviceAuthorizationAction.BadRequest);
        OAuthError error = response.ReadError()!;
        error.Error.Should().Be("invalid_scope");
        error.ErrorDescription.Should().Be("[A217302] bad scope");
        error.ErrorUri.Should().Be("https://docs.authlete.com/#A217302");
    }

    [Fact]
    public void A_response_content_that_is_not_json_raises_a_serialization_error_with_the_text()
    {
        var response = new DeviceAuthorizationResponse { ResponseContent = "Bearer error=\"invalid_client\"" };
        FluentActions.Invoking(() => response.ReadContent()).Should().Throw<AuthleteSerializationException>()
            .Which.ResponseBody.Should().Be("Bearer error=\"invalid_client\"");
        new DeviceAuthorizationResponse().ReadContent().Should().BeNull();
    }
}
