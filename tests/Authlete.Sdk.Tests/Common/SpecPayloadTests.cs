using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Common;

/// <summary>The typed protocol payloads parse the examples of CIBA Core and RFC 8628 / RFC 6749 (Fixtures/spec, sources in SOURCES.md).</summary>
public class SpecPayloadTests
{
    private static string Spec(string name) => Wire.Fixture(Path.Combine("spec", name));

    [Fact]
    public void Ciba_7_3_authentication_acknowledgement()
    {
        var response = new BackchannelAuthenticationIssueResponse { ResponseContent = Spec("ciba-7.3-auth-response.json") };
        BackchannelAuthenticationContent content = response.ReadContent()!;
        content.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        content.ExpiresIn.Should().Be(120);
        content.Interval.Should().Be(2);
        content.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void Ciba_10_2_ping_callback()
    {
        var response = new BackchannelAuthenticationCompleteResponse { ResponseContent = Spec("ciba-10.2-ping.json") };
        CibaNotification ping = response.ReadNotification()!;
        ping.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        ping.AccessToken.Should().BeNull();
        ping.IsError.Should().BeFalse();
    }

    [Fact]
    public void Ciba_10_3_1_push_token_delivery()
    {
        var response = new BackchannelAuthenticationCompleteResponse { ResponseContent = Spec("ciba-10.3.1-push-success.json") };
        CibaNotification push = response.ReadNotification()!;
        push.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        push.AccessToken.Should().Be("G5kXH2wHvUra0sHlDy1iTkDJgsgUO1bN");
        push.TokenType.Should().Be("Bearer");
        push.RefreshToken.Should().Be("4bwc0ESC_IAhflf-ACC_vjD_ltc11ne-8gFPfA2Kx16");
        push.ExpiresIn.Should().Be(120);
        push.IdToken.Should().StartWith("eyJhbGciOiJSUzI1NiIsImtpZCI6IjE2NzcyNiJ9.");
        push.ExtensionData.Should().BeNull();
    }

    [Fact]
    public void Ciba_push_error_payload()
    {
        // CIBA Core §12 defines the members of the push error payload: auth_req_id, error, error_description.
        var response = new BackchannelAuthenticationCompleteResponse
        {
            ResponseContent = """{"auth_req_id":"1c266114-a1be-4252-8ad1-04986c5b9ac1","error":"access_denied","error_description":"The end-user denied the authorization request."}""",
        };
        CibaNotification error = response.ReadNotification()!;
        error.IsError.Should().BeTrue();
        error.Error.Should().Be("access_denied");
        error.ErrorDescription.Should().Be("The end-user denied the authorization request.");
    }

    [Fact]
    public void Rfc8628_3_2_device_authorization_response()
    {
        var response = new DeviceAuthorizationResponse { ResponseContent = Spec("rfc8628-3.2-device-authorization-response.json") };
        DeviceAuthorizationContent content = response.ReadContent()!;
        content.DeviceCode.Should().Be("GmRhmhcxhwAzkoEqiMEg_DnyEysNkuNhszIySk9eS");
        content.UserCode.Should().Be("WDJB-MJHT");
        content.VerificationUri.Should().Be("https://example.com/device");
        content.VerificationUriComplete.Should().Be("https://example.com/device?user_code=WDJB-MJHT");
        content.ExpiresIn.Should().Be(1800);
        content.Interval.Should().Be(5);
    }

    [Theory]
    [InlineData("rfc8628-3.5-authorization-pending.json", "authorization_pending")]
    [InlineData("rfc8628-3.5-slow-down.json", "slow_down")]
    public void Rfc8628_3_5_token_errors(string file, string error)
    {
        var response = new TokenResponse { Action = TokenAction.BadRequest, ResponseContent = Spec(file) };
        response.ReadError()!.Error.Should().Be(error);
    }

    [Fact]
    public void Rfc6749_5_1_token_response_keeps_extra_members()
    {
        var response = new TokenResponse { Action = TokenAction.Ok, ResponseContent = Spec("rfc6749-5.1-token-response.json") };
        TokenContent content = response.ReadContent()!;
        content.AccessToken.Should().Be("2YotnFZFEjr1zCsicMWpAA");
        content.TokenType.Should().Be("example");
        content.ExpiresIn.Should().Be(3600);
        content.RefreshToken.Should().Be("tGzv3JOkF0XG5Qx2TlKWIA");
        content.ExtensionData.Should().ContainKey("example_parameter");
    }
}
