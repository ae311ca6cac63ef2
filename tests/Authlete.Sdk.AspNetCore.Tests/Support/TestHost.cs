using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>A real Kestrel host on 127.0.0.1 with the Authlete side faked.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, FakeAuthlete authlete, LogCollector logs)
    {
        App = app;
        Authlete = authlete;
        Logs = logs;
        Address = AddressOf(app);
        Client = new HttpClient { BaseAddress = Address };
    }

    public WebApplication App { get; }

    public FakeAuthlete Authlete { get; }

    public LogCollector Logs { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static Uri AddressOf(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>Starts a host with the Authlete client, AddAuthleteAspNetCore and the three Authlete endpoints.</summary>
    public static async Task<TestHost> StartAsync(
        FakeAuthlete authlete,
        Action<IServiceCollection>? services = null,
        Action<WebApplication>? map = null,
        Action<AuthleteAspNetCoreOptions>? options = null)
    {
        var logs = new LogCollector();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        AddAuthlete(builder.Services, authlete);
        builder.Services.AddAuthleteAspNetCore(options);
        services?.Invoke(builder.Services);
        WebApplication app = builder.Build();
        if (app.Services.GetService<IServiceProviderIsService>()!.IsService(typeof(IBackchannelAuthenticationHandlerSpi)))
        {
            app.MapAuthleteCiba();   // a CIBA endpoint needs the host's implementation
        }

        app.MapAuthleteDeviceFlow();
        app.MapAuthleteToken();
        map?.Invoke(app);
        await app.StartAsync();
        return new TestHost(app, authlete, logs);
    }

    public static void AddAuthlete(IServiceCollection services, FakeAuthlete authlete)
    {
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = FakeAuthlete.ServiceId;
            o.ServiceAccessToken = "service-token";
        }).ConfigurePrimaryHttpMessageHandler(() => authlete.Handler);
        services.Configure<CibaNotificationSenderOptions>(o =>
        {
            o.AllowInsecureHttp = true;
            o.AllowedNetworks.Add("127.0.0.0/8");   // the notification endpoints are loopback servers
        });
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, string form, string? basic = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        if (basic is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    public IEnumerable<LogEntry> LogsWithId(int eventId) => Logs.Entries.Where(e => e.EventId.Id == eventId);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }
}
