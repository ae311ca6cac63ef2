using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;
using Authlete.Sdk.Testing;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The sample server's UserInfo, introspection and revocation endpoints, with a token its embedded fake issued.</summary>
public sealed class TokenEndpointsTests
{
    private static async Task<string> IssueAsync(FakeAuthlete fake, string subject, string scope)
    {
        DeviceAuthorizationResponse device = await fake.DeviceAuthorizationAsync(new() { Parameters = $"client_id={DemoClients.Tv.ClientId}&scope={Uri.EscapeDataString(scope)}" });
        await fake.DeviceCompleteAsync(new() { UserCode = device.UserCode, Result = DeviceCompleteResult.Authorized, Subject = subject });
        TokenResponse token = await fake.TokenAsync(new()
        {
            Parameters = $"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id={DemoClients.Tv.ClientId}&device_code={Uri.EscapeDataString(device.DeviceCode!)}",
        });
        return JsonNode.Parse(token.ResponseContent!)!["access_token"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_token_gives_the_users_claims_is_active_and_once_revoked_is_refused()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } });
        string token = await IssueAsync(server.Fake!, "bob", "openid profile email");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        HttpRequestMessage UserInfo() => new(HttpMethod.Get, "/userinfo") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        var resourceServer = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoResourceServer.ClientId}:{DemoResourceServer.ClientSecret}")));
        HttpRequestMessage Introspect() => new(HttpMethod.Post, "/introspection")
        {
            Headers = { Authorization = resourceServer },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }),
        };

        JsonNode claims = JsonNode.Parse(await (await http.SendAsync(UserInfo())).Content.ReadAsStringAsync())!;
        JsonNode active = JsonNode.Parse(await (await http.SendAsync(Introspect())).Content.ReadAsStringAsync())!;
        using HttpResponseMessage revoked = await http.PostAsync("/revocation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = DemoClients.Tv.ClientId,
        }));
        using HttpResponseMessage after = await http.SendAsync(UserInfo());
        JsonNode inactive = JsonNode.Parse(await (await http.SendAsync(Introspect())).Content.ReadAsStringAsync())!;

        claims["sub"]!.GetValue<string>().Should().Be("bob");
        claims["name"]!.GetValue<string>().Should().Be("Bob Jones");
        claims["email"]!.GetValue<string>().Should().Be("bob@example.com");
        active["active"]!.GetValue<bool>().Should().BeTrue();
        revoked.StatusCode.Should().Be(HttpStatusCode.OK);
        after.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        after.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer error=\"invalid_token\"");
        inactive["active"]!.GetValue<bool>().Should().BeFalse();
    }
}
