using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.Primitives;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Device;

/// <summary><c>/device/authorization</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class DeviceAuthorizationTests : ApiContractTests<DeviceAuthorizationRequest, DeviceAuthorizationResponse>
{
    [Theory]
    [MemberData(nameof(Versions))]
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

    [Fact]
    public void The_published_example_reads_as_typed_values()
    {
        var authorization = Wire.Read<DeviceAuthorizationResponse>(Wire.Fixture("device-authorization-response.json"));
        authorization.Action.Should().Be(DeviceAuthorizationAction.Ok);
        authorization.Action.Kind.Should().Be(DeviceAuthorizationActionKind.Ok);
        DeviceAuthorizationContent content = authorization.ReadContent()!;
        content.UserCode.Should().Be("XWWKPBWVXQ");
        content.DeviceCode.Should().Be(authorization.DeviceCode);
        content.VerificationUriComplete.Should().Be("https://my-service.com/df/verification?XWWKPBWVXQ");
        content.ExpiresIn.Should().Be(3600);
    }

    /// <summary>The device authorization response of RFC 8628 §3.2 (Fixtures/spec, sources in Fixtures/SOURCES.md).</summary>
    [Fact]
    public void Reads_the_rfc8628_3_2_device_authorization_response()
    {
        var response = new DeviceAuthorizationResponse { ResponseContent = Wire.Fixture(Path.Combine("spec", "rfc8628-3.2-device-authorization-response.json")) };
        DeviceAuthorizationContent content = response.ReadContent()!;
        content.DeviceCode.Should().Be("GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS");
        content.UserCode.Should().Be("WDJB-MJHT");
        content.VerificationUri.Should().Be("https://example.com/device");
        content.VerificationUriComplete.Should().Be("https://example.com/device?user_code=WDJB-MJHT");
        content.ExpiresIn.Should().Be(1800);
        content.Interval.Should().Be(5);
    }

    /// <summary>
    /// How the documentation tells users to handle the action: a <c>switch</c> on <c>Action.Kind</c> with plain constant
    /// patterns, where an action a newer Authlete sends lands in <c>Unknown</c> and keeps its wire string.
    /// </summary>
    [Theory]
    [InlineData("OK", "200 with the codes")]
    [InlineData("BAD_REQUEST", "400 with the error")]
    [InlineData("UNAUTHORIZED", "401 with a challenge")]
    [InlineData("INTERNAL_SERVER_ERROR", "500 with the error")]
    [InlineData("ok", "200 with the codes")]
    [InlineData("DEVICE_PAIRING_NEEDED", "unknown action DEVICE_PAIRING_NEEDED")]
    public async Task A_switch_on_the_action_kind_with_constant_patterns_handles_every_action(string action, string expected)
    {
        DeviceAuthorizationResponse response = await AnswerAsync(
            $$"""{"action":"{{action}}","responseContent":"{}"}""");

        string handled;
        switch (response.Action.Kind)
        {
            case DeviceAuthorizationActionKind.Ok:
                handled = "200 with the codes";
                break;
            case DeviceAuthorizationActionKind.BadRequest:
                handled = "400 with the error";
                break;
            case DeviceAuthorizationActionKind.Unauthorized:
                handled = "401 with a challenge";
                break;
            case DeviceAuthorizationActionKind.InternalServerError:
                handled = "500 with the error";
                break;
            case DeviceAuthorizationActionKind.Unknown:
                handled = "unknown action " + response.Action.Value;
                break;
            default:
                throw new InvalidOperationException($"DeviceAuthorizationActionKind.{response.Action.Kind} is not handled by this switch.");
        }

        handled.Should().Be(expected);
        response.Action.Value.Should().Be(action, "the wire string is kept as it was read");
        Wire.Write(response).Should().Contain($"\"action\":\"{action}\"");
        Wire.Read<DeviceAuthorizationResponse>(Wire.Write(response)).Action.Kind.Should().Be(response.Action.Kind);
    }

    [Fact]
    public void The_switch_above_covers_every_kind()
    {
        Enum.GetNames<DeviceAuthorizationActionKind>().Should().Equal("Unknown", "InternalServerError", "BadRequest", "Unauthorized", "Ok");
    }
}
