using Authlete.Sdk.AspNetCore.Tests.Support;

namespace Authlete.Sdk.AspNetCore.Tests.Device;

public sealed class DeviceAuthorizationEndpointTests
{
    [Theory]
    [InlineData("OK", 200, """{"device_code":"dc","user_code":"WDJB-MJHT","verification_uri":"https://as/device","expires_in":600,"interval":5}""")]
    [InlineData("BAD_REQUEST", 400, """{"error":"invalid_scope"}""")]
    [InlineData("UNAUTHORIZED", 401, """{"error":"invalid_client"}""")]
    [InlineData("INTERNAL_SERVER_ERROR", 500, """{"error":"server_error"}""")]
    public async Task Every_action_gives_the_prescribed_answer(string action, int status, string content)
    {
        var authlete = new FakeAuthlete().On("device/authorization", FakeAuthlete.Json(action, content, "\"attestationChallenge\":\"ch-1\""));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "client_id=tv&scope=openid%20profile");

        await response.ShouldBeAsync(status, content);
        response.Header("OAuth-Client-Attestation-Challenge").Should().Be("ch-1");
        response.Headers.WwwAuthenticate.ToString().Should().Be(status == 401 ? "Basic realm=\"device_authorization\"" : "");
        authlete.Call("device/authorization")["parameters"]!.GetValue<string>().Should().Be("client_id=tv&scope=openid+profile");
    }

    [Fact]
    public async Task Basic_credentials_are_forwarded_and_challenged_with_invalid_client()
    {
        var authlete = new FakeAuthlete().On("device/authorization", FakeAuthlete.Json("UNAUTHORIZED", """{"error":"invalid_client"}"""));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "scope=openid", basic: "tv:wrong");

        response.Headers.WwwAuthenticate.ToString().Should().Be("Basic realm=\"device_authorization\", error=\"invalid_client\"");
        authlete.Call("device/authorization")["clientId"]!.GetValue<string>().Should().Be("tv");
        authlete.Call("device/authorization")["clientSecret"]!.GetValue<string>().Should().Be("wrong");
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_500_server_error()
    {
        var authlete = new FakeAuthlete().Rejects("device/authorization");
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "scope=openid");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2000).Should().ContainSingle();
    }
}
