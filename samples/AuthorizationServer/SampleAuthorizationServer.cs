using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Authlete.Sdk.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// A CIBA and device flow authorization server built on Authlete.Sdk.AspNetCore. Authlete does the protocol work; this
/// server adds what only it can: its users (<see cref="DemoUsers"/>), their authentication device
/// (<see cref="AuthenticationDeviceApi"/>) and the device verification page (<see cref="DeviceVerificationPage"/>).
/// </summary>
/// <remarks>
/// Authlete is the embedded fake (<see cref="FakeAuthlete"/>, in memory, with the <see cref="DemoClients"/>) unless the
/// <c>Authlete</c> configuration section or an <c>AUTHLETE_*</c> environment variable is set: then it is that service.
/// </remarks>
public static class SampleAuthorizationServer
{
    /// <summary>Builds the server: <c>Build(args).Run()</c> is the whole of <c>Program.cs</c>.</summary>
    /// <param name="args">Command-line arguments (configuration, <c>--urls</c>).</param>
    /// <param name="options">Demo settings; optional.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string[] args, SampleServerOptions? options = null)
    {
        options ??= new SampleServerOptions();
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        if (options.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        if (options.Settings is { } settings)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // 1. Authlete: a real service when configured, else the embedded fake.
        FakeAuthlete? fake = null;
        if (options.UseEmbeddedFake ?? !IsRealAuthleteConfigured(builder.Configuration))
        {
            fake = DemoClients.CreateFakeAuthlete();
            builder.Services.AddSingleton(fake);
            builder.Services.AddAuthleteClient(fake.ConfigureClientOptions)
                .ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);   // in memory: no network, no account

            // Demo mode only: ping and push notifications may go to plain http endpoints on this machine.
            // CIBA requires https in production (the notification carries tokens), and the sender refuses loopback and
            // private destinations by default (docs/notifications.md), so a real service never gets this.
            builder.Services.Configure<CibaNotificationSenderOptions>(o =>
            {
                o.AllowInsecureHttp = true;
                o.AllowedHosts.Add("localhost");
                o.AllowedNetworks.Add("127.0.0.0/8");
                o.AllowedNetworks.Add("::1");
            });
        }
        else
        {
            builder.Services.AddAuthleteClient(builder.Configuration.GetSection(AuthleteOptions.SectionName));
            builder.Services.PostConfigure<AuthleteOptions>(o => o.ApplyEnvironmentVariables());
        }

        // 2. The endpoints' services and this server's parts.
        builder.Services.AddAuthleteCiba<DemoUsers>();          // IBackchannelAuthenticationHandlerSpi + the Authlete.Sdk.AspNetCore services
        builder.Services.AddAuthleteUserInfo<DemoUserClaims>(); // IUserInfoHandlerSpi: the users' claim values
        builder.Services.AddAuthleteIntrospection<DemoResourceServer>();   // IIntrospectionHandlerSpi: who may introspect
        builder.Services.AddDemoApi();                          // GET /api/me: an API protected by this server's tokens (DemoApi.cs)
        builder.Services.AddAntiforgery();                      // the verification page is a form
        SharedState.Configure(builder);                         // one instance: memory; several: Redis (Sample:Redis)

        // Behind a reverse proxy: the scheme and host clients used (for example in a DPoP proof's htu) come from
        // X-Forwarded-Proto and X-Forwarded-Host, trusted from the proxies ASP.NET Core knows (loopback by default).
        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost);

        WebApplication app = builder.Build();
        app.UseForwardedHeaders();
        app.UseAntiforgery();
        app.UseDemoApi();               // GET /api/me                         (needs a token with scope profile)

        // 3. The protocol endpoints: Authlete.Sdk.AspNetCore does all the work.
        app.MapAuthleteCiba();          // POST /backchannel/authentication   (poll, ping and push clients)
        app.MapAuthleteDeviceFlow();    // POST /device_authorization
        app.MapAuthleteToken();         // POST /token                         (CIBA and device code grants)
        app.MapAuthleteDiscovery();     // GET /.well-known/openid-configuration, /.well-known/oauth-authorization-server, /jwks
        app.MapAuthleteUserInfo();      // GET/POST /userinfo
        app.MapAuthleteIntrospection(); // POST /introspection                 (RFC 7662, for demo-api)
        app.MapAuthleteRevocation();    // POST /revocation                    (RFC 7009)

        // 4. The user-facing parts.
        app.MapDeviceVerificationPage();   // GET/POST /device
        app.MapAuthenticationDevice();     // /authentication-device/{subject}/requests...
        app.MapGet("/", () => Results.Content(Html.HomePage(fake is not null), "text/html; charset=utf-8"));
        app.MapHealthChecks(SharedState.HealthPath);   // for the load balancer: this instance and its shared store answer

        if (fake is not null)
        {
            DemoClients.MapNotificationReceiver(app);
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                // The issuer and the verification URI are what clients see: the public address behind a reverse proxy
                // (Sample:PublicBaseAddress), else the address the server listens on.
                Uri listening = BaseAddressOf(app);
                Uri baseAddress = PublicBaseAddressOf(app.Configuration, options) ?? listening;
                DemoClients.Register(fake, baseAddress, options.ClientNotificationEndpoint ?? new Uri(listening, DemoClients.NotificationReceiverPath));
                Log.UsingFakeAuthlete(app.Logger, DemoClients.Describe());
            });
            app.Lifetime.ApplicationStopped.Register(fake.Dispose);
        }
        else
        {
            app.Lifetime.ApplicationStarted.Register(() =>
                Log.UsingAuthlete(app.Logger, app.Services.GetRequiredService<IOptions<AuthleteOptions>>().Value.ToString()));
        }

        return app;
    }

    /// <summary>Starts the server in this process on <c>http://127.0.0.1:{free port}/</c>, on the embedded fake unless told otherwise.</summary>
    /// <param name="options">Demo settings; optional. <see cref="SampleServerOptions.UseEmbeddedFake"/> defaults to true here.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop it.</returns>
    public static async Task<SampleServer> StartAsync(SampleServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SampleServerOptions();
        options = options with
        {
            Urls = options.Urls ?? "http://127.0.0.1:0",
            UseEmbeddedFake = options.UseEmbeddedFake ?? true,
        };
        WebApplication app = Build([], options);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new SampleServer(app, BaseAddressOf(app), app.Services.GetService<FakeAuthlete>());
    }

    /// <summary>True when the <c>Authlete</c> section or an <c>AUTHLETE_*</c> environment variable is set.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>Whether to call a real Authlete service.</returns>
    public static bool IsRealAuthleteConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection(AuthleteOptions.SectionName).Exists() || new AuthleteOptions().ApplyEnvironmentVariables();
    }

    /// <summary>The address the server listens on; a wildcard binding (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) reads as <c>localhost</c>.</summary>
    private static Uri BaseAddressOf(WebApplication app)
    {
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        foreach (string wildcard in (string[])["://[::]", "://+", "://*", "://0.0.0.0"])
        {
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The public address clients use, when the server runs behind a reverse proxy: the option, else <c>Sample:PublicBaseAddress</c>.</summary>
    private static Uri? PublicBaseAddressOf(IConfiguration configuration, SampleServerOptions options)
    {
        if (options.PublicBaseAddress is { } configured)
        {
            return configured;
        }

        return configuration["Sample:PublicBaseAddress"] is { Length: > 0 } text && Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out Uri? uri)
            ? uri
            : null;
    }
}

/// <summary>Settings of the sample server that are not Authlete's.</summary>
public sealed record SampleServerOptions
{
    /// <summary>
    /// True: the embedded fake Authlete. False: a real service (the <c>Authlete</c> section and <c>AUTHLETE_*</c>
    /// variables). Null (the default of <see cref="SampleAuthorizationServer.Build"/>): a real service when configured.
    /// </summary>
    public bool? UseEmbeddedFake { get; init; }

    /// <summary>Where the demo ping and push clients receive notifications; by default a receiver in this server that logs them.</summary>
    public Uri? ClientNotificationEndpoint { get; init; }

    /// <summary>The addresses to listen on, for example <c>http://127.0.0.1:0</c>; null: ASP.NET Core's usual settings.</summary>
    public string? Urls { get; init; }

    /// <summary>
    /// The address clients use when the server runs behind a reverse proxy, such as <c>https://as.example.com/</c>: the
    /// embedded fake's issuer and verification URI (configuration: <c>Sample:PublicBaseAddress</c>). Null: the address
    /// the server listens on.
    /// </summary>
    public Uri? PublicBaseAddress { get; init; }

    /// <summary>Configuration added last, for example <c>["Logging:LogLevel:Default"] = "Warning"</c>.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }
}

/// <summary>A sample server running in this process.</summary>
public sealed class SampleServer : IAsyncDisposable
{
    internal SampleServer(WebApplication app, Uri baseAddress, FakeAuthlete? fake)
    {
        App = app;
        BaseAddress = baseAddress;
        Fake = fake;
    }

    /// <summary>The application.</summary>
    public WebApplication App { get; }

    /// <summary>Where it listens, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The embedded fake Authlete, or null on a real service.</summary>
    public FakeAuthlete? Fake { get; }

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when it stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
