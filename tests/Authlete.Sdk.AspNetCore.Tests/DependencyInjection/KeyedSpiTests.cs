using System.Net;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.DependencyInjection;

/// <summary>A tenant with a CIBA handler SPI of its own (registered under its key) is served by it, not by the general one.</summary>
public sealed class KeyedSpiTests
{
    [Fact]
    public async Task A_tenants_own_spi_identifies_the_user_and_contacts_the_device()
    {
        using var tenant = new FakeAuthlete();
        tenant.AddClient(new FakeClient { ClientId = 22, ClientIdAlias = "bank", ClientSecret = "bank-secret", DeliveryMode = DeliveryMode.Poll });
        var general = new FakeUsers();
        var own = new FakeUsers();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKeyedAuthleteClient("tenant-b", tenant.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(tenant.CreateHandler);
        builder.Services.AddSingleton<IBackchannelAuthenticationHandlerSpi>(general);
        builder.Services.AddKeyedSingleton<IBackchannelAuthenticationHandlerSpi>("tenant-b", own);
        builder.Services.AddAuthleteAspNetCore();
        await using WebApplication app = builder.Build();
        app.MapGroup("/b").WithAuthleteClient("tenant-b").MapAuthleteCiba();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = TestHost.AddressOf(app) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/b/backchannel/authentication")
        {
            Content = new FormUrlEncodedContent([new("scope", "openid"), new("login_hint", "alice")]),
        };
        request.Headers.Authorization = new("Basic", Convert.ToBase64String("bank:bank-secret"u8.ToArray()));

        using HttpResponseMessage response = await http.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await own.Started.Task.WaitAsync(TimeSpan.FromSeconds(10))).ServiceKey.Should().Be("tenant-b");
        own.Identified.Should().ContainSingle();
        general.Identified.Should().BeEmpty();
        general.Started.Task.IsCompleted.Should().BeFalse();
    }
}
