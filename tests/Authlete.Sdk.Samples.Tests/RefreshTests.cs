using System.Net;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The sample server's <c>/token</c> redeems a refresh token of a device-flow grant, over HTTP.</summary>
public sealed class RefreshTests
{
    [Fact]
    public async Task The_token_endpoint_refreshes_a_device_flow_token_and_rotates_the_refresh_token()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } });
        var fake = server.Fake!;
        DeviceAuthorizationResponse device = await fake.DeviceAuthorizationAsync(new() { Parameters = $"client_id={DemoClients.Tv.ClientId}&scope=openid%20profile" });
        await fake.DeviceCompleteAsync(new() { UserCode = device.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "bob" });
        TokenResponse first = await fake.TokenAsync(new()
        {
            Parameters = $"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id={DemoClients.Tv.ClientId}&device_code={Uri.EscapeDataString(device.DeviceCode!)}",
        });
        first.Action.Should().Be(TokenAction.Ok, first.ResultMessage);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        Task<HttpResponseMessage> RefreshAsync(string refreshToken) => http.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = DemoClients.Tv.ClientId,
        }));

        using HttpResponseMessage refreshed = await RefreshAsync(first.RefreshToken!);
        JsonNode body = JsonNode.Parse(await refreshed.Content.ReadAsStringAsync())!;
        using HttpResponseMessage replayed = await RefreshAsync(first.RefreshToken!);
        JsonNode error = JsonNode.Parse(await replayed.Content.ReadAsStringAsync())!;

        refreshed.StatusCode.Should().Be(HttpStatusCode.OK, body.ToJsonString());
        body["token_type"]!.GetValue<string>().Should().Be("Bearer");
        body["access_token"]!.GetValue<string>().Should().NotBe(first.AccessToken);
        body["refresh_token"]!.GetValue<string>().Should().NotBe(first.RefreshToken);
        body["scope"]!.GetValue<string>().Should().Be("openid profile");
        DeviceClient.SubjectOf(body["id_token"]!.GetValue<string>()).Should().Be("bob");
        replayed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error["error"]!.GetValue<string>().Should().Be("invalid_grant");
        (await fake.IntrospectionAsync(new() { Token = body["access_token"]!.GetValue<string>() })).Action.Should().Be(IntrospectionAction.Ok);
    }
}
