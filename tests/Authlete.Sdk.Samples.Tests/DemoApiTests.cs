using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;
using Duende.IdentityModel.Client;   // the HttpClient extension methods; its types are written IM.X (Authlete.Sdk has types of the same names)
using IM = Duende.IdentityModel.Client;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>
/// The sample's demo API (<c>GET /api/me</c>, scope <c>profile</c>) called with tokens a third-party client library
/// (Duende.IdentityModel) obtained through the device flow; the user's approval is given to the embedded fake directly.
/// </summary>
public sealed class DemoApiTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Logging:LogLevel:Default"] = "Warning" };

    [Fact]
    public async Task A_token_with_the_profile_scope_calls_the_API_and_still_works_at_userinfo()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);
        string token = await DeviceFlowAsync(http, server, disco, "openid profile", "bob");

        using HttpResponseMessage response = await CallAsync(http, server, token);

        ((int)response.StatusCode).Should().Be(200);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body["sub"]!.GetValue<string>().Should().Be("bob");
        body["client_id"]!.GetValue<string>().Should().Be(DemoClients.Tv.ClientId);
        body["scope"]!.GetValue<string>().Should().Be("openid profile");
        body["exp"]!.GetValue<long>().Should().BeGreaterThan(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

        // The API's scheme does not stand in the way of the server's own endpoints that take a token.
        IM.UserInfoResponse userinfo = await http.GetUserInfoAsync(new IM.UserInfoRequest { Address = disco.UserInfoEndpoint, Token = token });
        userinfo.IsError.Should().BeFalse(userinfo.Raw);
        userinfo.TryGet("sub").Should().Be("bob");
    }

    [Fact]
    public async Task A_token_without_the_profile_scope_is_refused_with_403_insufficient_scope()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);
        string token = await DeviceFlowAsync(http, server, disco, "openid email", "bob");

        using HttpResponseMessage response = await CallAsync(http, server, token);

        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer error=\"insufficient_scope\"").And.Contain("scope=\"profile\"");
    }

    [Fact]
    public async Task No_token_gets_401_and_a_revoked_token_gets_401_invalid_token()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);
        string token = await DeviceFlowAsync(http, server, disco, "openid profile", "bob");

        using HttpResponseMessage none = await http.GetAsync(new Uri(server.BaseAddress, DemoApi.MePath));
        none.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        none.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");

        IM.TokenRevocationResponse revoked = await http.RevokeTokenAsync(new IM.TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            Token = token,
            TokenTypeHint = "access_token",
        });
        revoked.IsError.Should().BeFalse(revoked.Raw);

        using HttpResponseMessage refused = await CallAsync(http, server, token);
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        refused.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer error=\"invalid_token\"");
    }

    private static Task<SampleServer> StartAsync() => SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });

    private static async Task<IM.DiscoveryDocumentResponse> DiscoverAsync(HttpClient http, SampleServer server)
    {
        IM.DiscoveryDocumentResponse disco = await http.GetDiscoveryDocumentAsync(server.BaseAddress.GetLeftPart(UriPartial.Authority));
        disco.IsError.Should().BeFalse($"{disco.ErrorType}: {disco.Error}");
        return disco;
    }

    private static async Task<HttpResponseMessage> CallAsync(HttpClient http, SampleServer server, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, DemoApi.MePath));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    /// <summary>The TV asks for codes with IdentityModel, the user approves (at the fake), and the TV gets its access token.</summary>
    private static async Task<string> DeviceFlowAsync(HttpClient http, SampleServer server, IM.DiscoveryDocumentResponse disco, string scope, string subject)
    {
        IM.DeviceAuthorizationResponse device = await http.RequestDeviceAuthorizationAsync(new IM.DeviceAuthorizationRequest
        {
            Address = disco.DeviceAuthorizationEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            Scope = scope,
        });
        device.IsError.Should().BeFalse(device.Raw);
        DeviceCompleteResponse approved = await server.Fake!.DeviceCompleteAsync(new()
        {
            UserCode = device.UserCode,
            Result = DeviceCompleteResult.Authorized,
            Subject = subject,
        });
        approved.Action.Should().Be(DeviceCompleteAction.Success);

        IM.TokenResponse tokens = await http.RequestDeviceTokenAsync(new IM.DeviceTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            DeviceCode = device.DeviceCode!,
        });
        tokens.IsError.Should().BeFalse(tokens.Raw);
        tokens.Scope.Should().Be(scope);
        return tokens.AccessToken!;
    }
}
