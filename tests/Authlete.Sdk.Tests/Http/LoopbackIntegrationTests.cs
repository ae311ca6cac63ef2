using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Tests.Http;

/// <summary>The client over real HTTP: a Kestrel server on 127.0.0.1 plays Authlete.</summary>
public sealed class LoopbackIntegrationTests : IAsyncLifetime
{
    private WebApplication? _server;
    private readonly List<(string Path, string? Authorization, string Body)> _received = [];

    public async Task InitializeAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapPost("/api/{serviceId}/backchannel/authentication/complete", async (HttpContext context) =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            lock (_received) { _received.Add((context.Request.Path, context.Request.Headers.Authorization, body)); }
            return Results.Text("""{"resultCode":"A183001","action":"NO_ACTION","deliveryMode":"POLL","authReqId":"r1"}""", "application/json");
        });
        _server.MapPost("/api/{serviceId}/device/authorization", async (HttpContext context) =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            lock (_received) { _received.Add((context.Request.Path, context.Request.Headers.Authorization, body)); }
            return Results.Text("""{"resultCode":"A217001","action":"OK","user_code":"WDJB-MJHT","expiresIn":600}""", "application/json");
        });
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private Uri Address => new(_server!.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    [Fact]
    public async Task Both_seed_apis_work_over_loopback_through_di()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.BaseAddress = Address;
            o.AllowInsecureHttp = true;
            o.ServiceId = "42";
            o.ServiceAccessToken = "loopback-token";
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        var api = provider.GetRequiredService<IAuthleteApi>();

        var complete = await api.BackchannelAuthenticationCompleteAsync(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t1", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "john",
        });
        var device = await api.DeviceAuthorizationAsync(new DeviceAuthorizationRequest { Parameters = "scope=openid" });

        complete.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        complete.AuthReqId.Should().Be("r1");
        device.Action.Should().Be(DeviceAuthorizationAction.Ok);
        device.UserCode.Should().Be("WDJB-MJHT", "snake_case is read over the wire too");
        _received.Select(r => r.Path).Should().Equal("/api/42/backchannel/authentication/complete", "/api/42/device/authorization");
        _received.Should().OnlyContain(r => r.Authorization == "Bearer loopback-token");
        JsonNode.DeepEquals(JsonNode.Parse(_received[0].Body), JsonNode.Parse("""{"ticket":"t1","result":"AUTHORIZED","subject":"john"}""")).Should().BeTrue();
    }
}
