using System.Net;
using System.Net.Sockets;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Authlete.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Health;

/// <summary>
/// <c>AddHealthChecks().AddAuthlete()</c>: a probe proves Authlete is reachable and accepts the credentials, reads
/// only (the discovery document), and says what went wrong without showing a credential.
/// </summary>
public sealed class AuthleteHealthCheckTests
{
    [Fact]
    public async Task Reachable_with_accepted_credentials_is_healthy_and_costs_one_read()
    {
        using var fake = new FakeAuthlete();
        await using TestHost host = await StartAsync(fake);

        using HttpResponseMessage response = await host.Client.GetAsync("/health");
        HealthReport report = await host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
        report.Entries["authlete"].Status.Should().Be(HealthStatus.Healthy);
        report.Entries["authlete"].Data["status"].Should().Be(200);
        host.Calls.All.Should().HaveCount(2).And.OnlyContain(c => c.Api == AuthleteApis.ServiceConfiguration, "a probe only reads: it issues no ticket and no token");
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Refused_credentials_are_unhealthy_with_the_reason_and_no_credential(int status)
    {
        using var fake = new FakeAuthlete();
        fake.EnqueueFailure(AuthleteApis.ServiceConfiguration, status, "A001201", "[A001201] Authentication failed.");
        await using TestHost host = await StartAsync(fake);

        HealthReport report = await host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        HealthReportEntry entry = report.Entries["authlete"];
        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Description.Should().Contain($"HTTP {status}").And.Contain("A001201").And.Contain("credentials");
        entry.Data["resultCode"].Should().Be("A001201");
        string shown = entry.Description + entry.Exception + string.Join(",", entry.Data.Select(d => d.Key + "=" + d.Value));
        shown.Should().NotContain(fake.Settings.ServiceAccessToken);
    }

    [Fact]
    public async Task A_failure_can_report_the_status_the_host_chose()
    {
        using var fake = new FakeAuthlete();
        fake.EnqueueFailure(AuthleteApis.ServiceConfiguration, 401, "A001201", "[A001201] Authentication failed.");
        await using TestHost host = await StartAsync(fake, failureStatus: HealthStatus.Degraded);

        HealthReport report = await host.App.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        report.Entries["authlete"].Status.Should().Be(HealthStatus.Degraded);
    }

    [Fact]
    public async Task An_unreachable_authlete_is_unhealthy_and_the_endpoint_answers_503()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthleteClient(o =>
        {
            o.BaseAddress = UnusedAddress();
            o.AllowInsecureHttp = true;
            o.ServiceId = "1";
            o.ServiceAccessToken = "health-check-token-SECRET";
            o.Resilience.MaxRetryAttempts = 0;
        });
        builder.Services.AddHealthChecks().AddAuthlete();
        await using WebApplication app = builder.Build();
        app.MapHealthChecks("/health");
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = TestHost.AddressOf(app) };

        using HttpResponseMessage response = await client.GetAsync("/health");
        HealthReport report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        HealthReportEntry entry = report.Entries["authlete"];
        entry.Status.Should().Be(HealthStatus.Unhealthy);
        entry.Description.Should().Contain("could not be reached");
        (entry.Description + entry.Exception).Should().NotContain("health-check-token-SECRET");
        await app.StopAsync();
    }

    [Fact]
    public void The_name_and_timeout_have_defaults_and_can_be_chosen()
    {
        var services = new ServiceCollection();
        services.AddHealthChecks().AddAuthlete().AddAuthlete("authlete-tenant-b", tags: ["ready"], timeout: TimeSpan.FromSeconds(2));
        using ServiceProvider provider = services.BuildServiceProvider();

        var registrations = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<HealthCheckServiceOptions>>().Value.Registrations;

        registrations.Select(r => (r.Name, r.Timeout)).Should().Equal(("authlete", TimeSpan.FromSeconds(5)), ("authlete-tenant-b", TimeSpan.FromSeconds(2)));
        registrations.Last().Tags.Should().Equal("ready");
    }

    private static Task<TestHost> StartAsync(FakeAuthlete fake, HealthStatus? failureStatus = null)
        => TestHost.StartAsync(
            fake,
            services: s => s.AddHealthChecks().AddAuthlete(failureStatus: failureStatus),
            map: app => app.MapHealthChecks("/health"));

    private static Uri UnusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
