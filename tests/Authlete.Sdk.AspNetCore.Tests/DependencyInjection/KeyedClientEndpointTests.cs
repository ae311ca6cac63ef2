using System.Net;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.DependencyInjection;

/// <summary>
/// A multi-tenant authorization server: each tenant's Authlete endpoints call its own Authlete service (a keyed client,
/// <c>WithAuthleteClient(key)</c>), and a CIBA request is completed through the service it came through.
/// </summary>
public sealed class KeyedClientEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly FakeAuthlete _tenantA = new(new FakeServiceSettings { Issuer = new Uri("https://a.example.com") });
    private readonly FakeAuthlete _tenantB = new(new FakeServiceSettings { Issuer = new Uri("https://b.example.com") });
    private readonly FakeUsers _users = new();
    private WebApplication? _app;
    private HttpClient? _http;

    public async Task InitializeAsync()
    {
        _tenantA.AddClient(new FakeClient { ClientId = 11, ClientIdAlias = "tv", ClientAuthMethod = ClientAuthMethod.None });
        _tenantB.AddClient(new FakeClient { ClientId = 22, ClientIdAlias = "bank", ClientSecret = "bank-secret", DeliveryMode = DeliveryMode.Poll });
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKeyedAuthleteClient("tenant-a", _tenantA.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(_tenantA.CreateHandler);
        builder.Services.AddKeyedAuthleteClient("tenant-b", _tenantB.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(_tenantB.CreateHandler);
        builder.Services.AddSingleton<IBackchannelAuthenticationHandlerSpi>(_users);
        builder.Services.AddAuthleteAspNetCore();
        _app = builder.Build();
        foreach (string tenant in new[] { "a", "b" })
        {
            RouteGroupBuilder group = _app.MapGroup("/" + tenant).WithAuthleteClient("tenant-" + tenant);
            group.MapAuthleteDiscovery();
            group.MapAuthleteDeviceFlow();
            group.MapAuthleteCiba();
            group.MapAuthleteToken();
        }

        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = TestHost.AddressOf(_app) };
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _http?.Dispose();
        _tenantA.Dispose();
        _tenantB.Dispose();
    }

    [Theory]
    [InlineData("a", "https://a.example.com")]
    [InlineData("b", "https://b.example.com")]
    public async Task Each_tenants_discovery_document_comes_from_its_own_service(string tenant, string issuer)
    {
        string body = await _http!.GetStringAsync($"/{tenant}/.well-known/openid-configuration");

        JsonNode.Parse(body)!["issuer"]!.GetValue<string>().Should().Be(issuer);
    }

    [Fact]
    public async Task A_client_of_one_tenant_is_unknown_to_the_other()
    {
        using HttpResponseMessage atA = await PostAsync("/a/device_authorization", "client_id=tv&scope=openid");
        using HttpResponseMessage atB = await PostAsync("/b/device_authorization", "client_id=tv&scope=openid");

        atA.StatusCode.Should().Be(HttpStatusCode.OK);
        atB.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        JsonNode.Parse(await atB.Content.ReadAsStringAsync())!["error"]!.GetValue<string>().Should().Be("invalid_client");
    }

    [Fact]
    public async Task A_device_flow_verified_through_the_tenants_keyed_service_ends_with_its_tokens()
    {
        using HttpResponseMessage started = await PostAsync("/a/device_authorization", "client_id=tv&scope=openid");
        JsonNode issued = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
        await using AsyncServiceScope scope = _app!.Services.CreateAsyncScope();
        IDeviceVerificationService verification = scope.ServiceProvider.GetRequiredKeyedService<IDeviceVerificationService>("tenant-a");

        DeviceCompleteOutcome completed = await verification.CompleteAsync(issued["user_code"]!.GetValue<string>(), "alice", DeviceCompleteResult.Authorized);
        using HttpResponseMessage token = await PostAsync("/a/token", $"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=tv&device_code={issued["device_code"]!.GetValue<string>()}");

        completed.Action.Should().Be(DeviceCompleteActionKind.Success);
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_ciba_request_carries_its_tenant_and_is_completed_through_the_same_service()
    {
        using HttpResponseMessage started = await PostAsync("/b/backchannel/authentication", "scope=openid&login_hint=alice", basic: "bank:bank-secret");
        started.StatusCode.Should().Be(HttpStatusCode.OK, await started.Content.ReadAsStringAsync());
        CibaAuthenticationContext context = await _users.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        context.ServiceKey.Should().Be("tenant-b");
        CibaPendingRequest.From(context).ServiceKey.Should().Be("tenant-b");
        _tenantA.PendingCibaRequests.Should().BeEmpty();
        await using AsyncServiceScope scope = _app!.Services.CreateAsyncScope();

        CibaCompleteOutcome outcome = await scope.ServiceProvider.GetRequiredKeyedService<ICibaCompleteService>(context.ServiceKey!)
            .CompleteAsync(context.Ticket, context.User.Subject, BackchannelAuthenticationCompleteResult.Authorized);
        string authReqId = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["auth_req_id"]!.GetValue<string>();
        using HttpResponseMessage token = await PostAsync("/b/token", $"grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id={authReqId}", basic: "bank:bank-secret");

        outcome.Succeeded.Should().BeTrue();
        _tenantB.PendingCibaRequests.Should().BeEmpty();
        token.StatusCode.Should().Be(HttpStatusCode.OK, await token.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_endpoint_bound_to_an_unregistered_client_stops_the_start_naming_the_call()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKeyedAuthleteClient("tenant-a", _tenantA.ConfigureClientOptions);
        builder.Services.AddAuthleteAspNetCore();
        await using WebApplication app = builder.Build();
        app.MapGroup("/c").WithAuthleteClient("tenant-c").MapAuthleteToken();

        await FluentActions.Awaiting(() => app.StartAsync()).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*'tenant-c'*AddKeyedAuthleteClient(\"tenant-c\", ...)*");
    }

    private Task<HttpResponseMessage> PostAsync(string path, string form, string? basic = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
        if (basic is not null)
        {
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(basic)));
        }

        return _http!.SendAsync(request);
    }
}
