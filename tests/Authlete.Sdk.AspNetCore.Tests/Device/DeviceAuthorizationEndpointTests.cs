using System.Text.Json.Nodes;
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
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.DeviceAuthorization, new DeviceAuthorizationResponse
        {
            Action = action,
            ResponseContent = content,
            AttestationChallenge = "ch-1",
        });
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "client_id=tv&scope=openid%20profile");

        await response.ShouldBeAsync(status, content);
        response.Header("OAuth-Client-Attestation-Challenge").Should().Be("ch-1");
        response.Headers.WwwAuthenticate.ToString().Should().Be(status == 401 ? "Basic realm=\"device_authorization\"" : "");
        host.Calls.Request(AuthleteApis.DeviceAuthorization)["parameters"]!.GetValue<string>().Should().Be("client_id=tv&scope=openid+profile");
    }

    [Fact]
    public async Task Basic_credentials_are_forwarded_and_challenged_with_invalid_client()
    {
        var authlete = new FakeAuthlete();
        authlete.AddClient(new FakeClient { ClientId = 2001, ClientIdAlias = "tv", ClientSecret = "right" });
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "scope=openid", basic: "tv:wrong");

        await response.ShouldBeAsync(401, host.Calls.ResponseContent(AuthleteApis.DeviceAuthorization));
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>().Should().Be("invalid_client");
        response.Headers.WwwAuthenticate.ToString().Should().Be("Basic realm=\"device_authorization\", error=\"invalid_client\"");
        JsonObject call = host.Calls.Request(AuthleteApis.DeviceAuthorization);
        call["clientId"]!.GetValue<string>().Should().Be("tv");
        call["clientSecret"]!.GetValue<string>().Should().Be("wrong");
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_500_server_error()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueFailure(AuthleteApis.DeviceAuthorization, 403, "A001215", "[A001215] locked");
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "scope=openid");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        LogEntry logged = host.LogsWithId(2000).Should().ContainSingle().Subject;
        logged.Exception.Should().BeOfType<AuthleteApiException>().Which.Status.Should().Be(403);
        logged.Message.Should().Contain("The device authorization endpoint");
    }

    [Fact]
    public async Task An_unknown_action_is_a_500_server_error_and_logged_naming_the_api()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.DeviceAuthorization, new DeviceAuthorizationResponse { Action = "SOMETHING_NEW", ResponseContent = "should-not-leak" });
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/device_authorization", "scope=openid");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should()
            .StartWith("Authlete's /device/authorization answered action 'SOMETHING_NEW'");
    }
}
