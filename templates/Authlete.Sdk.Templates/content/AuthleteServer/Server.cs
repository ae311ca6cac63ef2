using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Authlete.Sdk.Testing;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AuthleteServer;

/// <summary>The server's wiring: Authlete, the protocol endpoints and the user-facing pages.</summary>
public static class Server
{
    /// <summary>Builds the server.</summary>
    /// <param name="args">Command-line arguments (configuration, <c>--urls</c>).</param>
    /// <param name="selfTest">True: the in-memory fake Authlete on <c>http://127.0.0.1:{free port}</c>, whatever is configured.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string[] args, bool selfTest = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

        // 1. Authlete: your service when configured, else the in-memory fake (no account, no network).
        FakeAuthlete? fake = null;
        if (selfTest || !IsAuthleteConfigured(builder.Configuration))
        {
            fake = LocalAuthlete.Create();
            builder.Services.AddSingleton(fake);
            builder.Services.AddAuthleteClient(fake.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
        }
        else
        {
            builder.Services.AddAuthleteClient(builder.Configuration.GetSection(AuthleteOptions.SectionName));
            builder.Services.PostConfigure<AuthleteOptions>(o => o.ApplyEnvironmentVariables());
        }

        if (selfTest)
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();   // nothing written to the profile
        }

        // 2. Your users (IBackchannelAuthenticationHandlerSpi) and the endpoints' services.
        builder.Services.AddAuthleteCiba<Users>();
        builder.Services.AddSingleton<PendingCibaRequests>();
        builder.Services.AddAntiforgery();   // the pages are forms

        WebApplication app = builder.Build();
        app.UseAntiforgery();

        // 3. The protocol endpoints: Authlete.Sdk.AspNetCore does the work.
        app.MapAuthleteDiscovery();    // GET /.well-known/openid-configuration, /.well-known/oauth-authorization-server, /jwks
        app.MapAuthleteCiba();         // POST /backchannel/authentication
        app.MapAuthleteDeviceFlow();   // POST /device_authorization
        app.MapAuthleteToken();        // POST /token (CIBA, device code and refresh token grants)

        // 4. The user's pages.
        app.MapDevicePage();           // GET/POST /device: enter the code the device shows, approve or deny
        app.MapCibaApprovalPage();     // GET/POST /ciba: the user's pending CIBA requests, approve or deny
        app.MapGet("/", () => Results.Content(Html.Home(fake is not null), "text/html; charset=utf-8"));

        if (fake is not null)
        {
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                Uri baseAddress = BaseAddressOf(app);
                LocalAuthlete.RegisterClients(fake, baseAddress, app.Configuration);
                app.Logger.LogInformation("Authlete: the in-memory fake (Authlete.Sdk.Testing); clients {Clients}; issuer {Issuer}",
                    LocalAuthlete.Describe(), fake.Settings.Issuer);
            });
            app.Lifetime.ApplicationStopped.Register(fake.Dispose);
        }
        else
        {
            // AuthleteOptions.ToString() leaves the credentials out.
            app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogInformation("Authlete: {Options}",
                app.Services.GetRequiredService<IOptions<AuthleteOptions>>().Value.ToString()));
        }

        return app;
    }

    /// <summary>True when the <c>Authlete</c> configuration section or an <c>AUTHLETE_*</c> environment variable is set.</summary>
    /// <param name="configuration">The application's configuration.</param>
    /// <returns>Whether to call a real Authlete service.</returns>
    public static bool IsAuthleteConfigured(IConfiguration configuration)
        => configuration.GetSection(AuthleteOptions.SectionName).Exists() || new AuthleteOptions().ApplyEnvironmentVariables();

    /// <summary>The address the server listens on; a wildcard binding reads as <c>localhost</c>.</summary>
    /// <param name="app">The started application.</param>
    /// <returns>For example <c>http://127.0.0.1:41234/</c>.</returns>
    public static Uri BaseAddressOf(WebApplication app)
    {
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        foreach (string wildcard in (string[])["://[::]", "://+", "://*", "://0.0.0.0"])
        {
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }

        return new Uri(address.TrimEnd('/') + "/");
    }
}
