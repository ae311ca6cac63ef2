using System.Net.Http.Headers;
using System.Text;
using Authlete.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>
/// A real Kestrel host on 127.0.0.1 whose Authlete client calls <see cref="FakeAuthlete"/> (Authlete.Sdk.Testing) in
/// memory, every call recorded in <see cref="Calls"/>.
/// </summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(WebApplication app, FakeAuthlete authlete, AuthleteCalls calls, LogCollector logs)
    {
        App = app;
        Authlete = authlete;
        Calls = calls;
        Logs = logs;
        Address = AddressOf(app);
        Client = new HttpClient { BaseAddress = Address };
    }

    public WebApplication App { get; }

    /// <summary>The fake Authlete service: register clients, script outcomes, read pending requests and notifications.</summary>
    public FakeAuthlete Authlete { get; }

    /// <summary>What the host sent to Authlete and what it got back.</summary>
    public AuthleteCalls Calls { get; }

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
        var calls = new AuthleteCalls();
        AddAuthlete(builder.Services, authlete, calls);
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
        return new TestHost(app, authlete, calls, logs);
    }

    /// <summary>The Authlete client, calling <paramref name="authlete"/> through a recorder; notifications allowed to loopback http.</summary>
    public static void AddAuthlete(IServiceCollection services, FakeAuthlete authlete, AuthleteCalls calls)
    {
        services.AddAuthleteClient(authlete.ConfigureClientOptions)
            .ConfigurePrimaryHttpMessageHandler(() => calls.RecordInFrontOf(authlete.CreateHandler()));
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

    /// <summary>Stops the host and disposes the fake it was given.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        Authlete.Dispose();
    }
}
