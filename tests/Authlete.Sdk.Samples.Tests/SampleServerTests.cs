using System.Net;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;
using Authlete.Sdk.Testing;
using Microsoft.Extensions.Configuration;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The sample server over plain HTTP: the pages' edge cases and the switch to a configured Authlete.</summary>
public sealed class SampleServerTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Logging:LogLevel:Default"] = "Warning" };

    [Theory]
    [InlineData("client_credentials")]
    [InlineData("urn:ietf:params:oauth:grant-type:jwt-bearer")]
    [InlineData("authorization_code")]
    public async Task A_grant_type_it_does_not_serve_is_a_400_unsupported_grant_type_never_a_500(string grantType)
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = grantType, ["refresh_token"] = "rt", ["code"] = "c" }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(DemoClients.Poll.ClientId + ":" + DemoClients.Poll.ClientSecret)));

        using HttpResponseMessage response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        using System.Text.Json.JsonDocument error = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        error.RootElement.GetProperty("error").GetString().Should().Be("unsupported_grant_type");
    }

    [Fact]
    public async Task The_home_page_lists_the_demo_clients_with_how_they_authenticate()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        string home = await http.GetStringAsync("/");

        home.Should().Contain("data-table=\"demo-clients\"");
        home.Should().Contain("<code>" + DemoClients.Tv.ClientId + "</code>").And.Contain("none (public client");
        home.Should().Contain("<code>" + DemoClients.Poll.ClientId + "</code>").And.Contain("client_secret_basic");
        home.Should().NotContain(DemoClients.Poll.ClientSecret!, "a page shows no secret, even a demo one");
        home.Should().Contain("CIBA, ping mode").And.Contain("/.well-known/openid-configuration");
    }

    [Fact]
    public async Task Behind_a_reverse_proxy_the_issuer_and_endpoints_are_the_public_address()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new()
        {
            Settings = new Dictionary<string, string?>(Quiet) { ["Sample:PublicBaseAddress"] = "https://as.example.com" },
        });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using System.Text.Json.JsonDocument discovery = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration"));

        discovery.RootElement.GetProperty("issuer").GetString().Should().Be("https://as.example.com");
        discovery.RootElement.GetProperty("token_endpoint").GetString().Should().Be("https://as.example.com/token");
        discovery.RootElement.GetProperty("jwks_uri").GetString().Should().Be("https://as.example.com/jwks");
    }

    [Fact]
    public async Task With_a_wildcard_binding_the_issuer_is_localhost_not_the_wildcard()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet, Urls = "http://0.0.0.0:0" });

        server.BaseAddress.Host.Should().Be("localhost");
        using var http = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:" + server.BaseAddress.Port) };
        using System.Text.Json.JsonDocument discovery = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration"));
        discovery.RootElement.GetProperty("issuer").GetString().Should().Be("http://localhost:" + server.BaseAddress.Port);
    }

    [Fact]
    public async Task A_client_discovers_the_endpoints_it_serves_and_the_keys_that_sign_its_id_tokens()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using System.Text.Json.JsonDocument discovery = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration"));
        System.Text.Json.JsonElement root = discovery.RootElement;
        string issuer = server.BaseAddress.GetLeftPart(UriPartial.Authority);

        root.GetProperty("issuer").GetString().Should().Be(issuer);
        root.GetProperty("token_endpoint").GetString().Should().Be(issuer + "/token");
        root.GetProperty("device_authorization_endpoint").GetString().Should().Be(issuer + "/device_authorization");
        root.GetProperty("backchannel_authentication_endpoint").GetString().Should().Be(issuer + "/backchannel/authentication");
        root.GetProperty("id_token_signing_alg_values_supported").EnumerateArray().Select(a => a.GetString()).Should().Equal("ES256");
        string jwksUri = root.GetProperty("jwks_uri").GetString()!;
        jwksUri.Should().Be(issuer + "/jwks");
        using System.Text.Json.JsonDocument jwks = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync(new Uri(jwksUri)));
        jwks.RootElement.GetProperty("keys").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("alg").GetString().Should().Be("ES256");
        (await http.GetStringAsync("/.well-known/oauth-authorization-server")).Should().Be(discovery.RootElement.GetRawText());
    }

    [Fact]
    public async Task An_unknown_code_shows_the_form_again_with_an_error()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using HttpResponseMessage page = await http.GetAsync("/device?user_code=BCDF-GHJK");

        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        string html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("data-page=\"enter-code\"").And.Contain("That code is not valid");
    }

    [Fact]
    public async Task An_expired_code_shows_the_expired_page()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        server.Fake!.Settings.DeviceFlowCodeDuration = TimeSpan.FromSeconds(1);
        using var device = new DeviceClient(server.BaseAddress);
        await device.StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        string html = await http.GetStringAsync($"/device?user_code={device.UserCode}");

        html.Should().Contain("data-page=\"expired\"");
        (await device.TokenAsync()).Body["error"]!.GetValue<string>().Should().Be("expired_token");
    }

    [Fact]
    public async Task A_decision_without_the_pages_antiforgery_token_is_refused()
    {
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });
        using var device = new DeviceClient(server.BaseAddress);
        await device.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using HttpResponseMessage forged = await http.PostAsync("/device", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["user_code"] = device.UserCode,
            ["decision"] = "approve",
        }));

        forged.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await device.TokenAsync()).Body["error"]!.GetValue<string>().Should().Be("authorization_pending");
    }

    [Fact]
    public void The_Authlete_section_selects_a_real_service()
    {
        IConfiguration configured = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Authlete:ServiceId"] = "1" }).Build();

        SampleAuthorizationServer.IsRealAuthleteConfigured(configured).Should().BeTrue();
    }

    /// <summary>
    /// "Real Authlete" mode end to end, with a fake behind Kestrel standing in for the service: the settings come from
    /// the Authlete section, no demo client exists, and an http client notification endpoint is refused.
    /// </summary>
    [Fact]
    public async Task With_the_Authlete_section_it_calls_that_service_and_refuses_http_notification_endpoints()
    {
        using var authlete = new FakeAuthlete(new FakeServiceSettings { DeviceFlowPollingInterval = TimeSpan.FromSeconds(1) });
        authlete.AddClient(new FakeClient { ClientId = 7, ClientIdAlias = "my-tv", ClientAuthMethod = ClientAuthMethod.None });
        authlete.AddClient(new FakeClient
        {
            ClientId = 8, ClientIdAlias = "my-push", ClientSecret = "s", DeliveryMode = DeliveryMode.Push,
            ClientNotificationEndpoint = new Uri("http://127.0.0.1:9/cb"),
        });
        await using FakeAuthleteServer service = await FakeAuthleteServer.StartAsync(authlete);
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new()
        {
            UseEmbeddedFake = false,
            Settings = new Dictionary<string, string?>(Quiet)
            {
                ["Authlete:BaseAddress"] = service.BaseAddress.ToString(),
                ["Authlete:AllowInsecureHttp"] = "true",   // the stand-in service is http; a real one is https
                ["Authlete:ServiceId"] = authlete.Settings.ServiceId,
                ["Authlete:ServiceAccessToken"] = authlete.Settings.ServiceAccessToken,
                ["Logging:LogLevel:Default"] = "None",     // the refused notification below is logged as a warning
            },
        });
        server.Fake.Should().BeNull();

        using var tv = new DeviceClient(server.BaseAddress);
        await tv.StartAsync("my-tv");
        tv.UserCode.Should().MatchRegex("^[A-Z]{8}$");
        using var demoTv = new DeviceClient(server.BaseAddress);
        Func<Task> demoClient = () => demoTv.StartAsync();
        await demoClient.Should().ThrowAsync<Exception>("the demo clients exist only in the embedded fake");

        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        using HttpResponseMessage started = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/backchannel/authentication")
        {
            Headers = { Authorization = new("Basic", Convert.ToBase64String("my-push:s"u8.ToArray())) },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = "openid", ["login_hint"] = "alice", ["client_notification_token"] = "cnt-0123456789" }),
        });
        started.StatusCode.Should().Be(HttpStatusCode.OK);
        JsonArray pending = [];
        for (int i = 0; i < 100 && pending.Count == 0; i++)
        {
            await Task.Delay(20);
            pending = JsonNode.Parse(await http.GetStringAsync("/authentication-device/alice/requests"))!.AsArray();
        }

        using HttpResponseMessage approved = await http.PostAsync($"/authentication-device/alice/requests/{pending.Single()!["id"]}/approve", null);
        approved.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        JsonNode.Parse(await approved.Content.ReadAsStringAsync())!["result"]!.GetValue<string>().Should().Be("NotificationFailed");
    }
}
