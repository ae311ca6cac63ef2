using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// The endpoint host of the endpoint benchmark, run as a child process of <see cref="EndpointHarness"/> (hidden command
/// <c>endpoint-host --authlete URL</c>), so that its allocations are its own. One Kestrel on 127.0.0.1 serves each
/// endpoint twice: the SDK's (<c>MapAuthleteToken</c>, <c>MapAuthleteDeviceFlow</c>, <c>MapAuthleteCiba</c> over
/// <c>AddAuthleteClient</c> and <c>AddAuthleteCiba</c>, as the README shows) under <see cref="SdkPrefix"/>, and the
/// hand-written one (<see cref="HandWrittenEndpoints"/>) under <see cref="HandWrittenPrefix"/>; plus <c>GET /_gc</c>
/// (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise) and <c>GET /_starts</c> (the CIBA authentications each
/// variant started). Prints <c>listening URL (settings)</c> on stdout once it serves; stops when stdin closes. Logs at Warning,
/// to stderr.
/// </summary>
internal static class EndpointHost
{
    public const string SdkPrefix = "/sdk";
    public const string HandWrittenPrefix = "/hand";
    public const string HandWrittenPipelinePrefix = "/handp";
    private const string PipelineClient = "hand-pipeline";
    public const string TokenPath = "/token";
    public const string DeviceAuthorizationPath = "/device_authorization";
    public const string BackchannelAuthenticationPath = "/backchannel/authentication";
    public const string ListeningLine = "listening ";

    public static async Task<int> RunAsync(string[] args)
    {
        if (TimedRounds.OptionText(args, "--authlete") is not { } authleteText || !Uri.TryCreate(authleteText, UriKind.Absolute, out Uri? authlete))
        {
            await Console.Error.WriteLineAsync("usage: endpoint-host --authlete http://127.0.0.1:PORT").ConfigureAwait(false);
            return 2;
        }

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<AuthenticationDevices>();

        // The SDK variant, registered as the README shows.
        builder.Services.AddAuthleteClient(options =>
        {
            options.BaseAddress = authlete;
            options.AllowInsecureHttp = true;
            options.ServiceId = EndpointHarness.ServiceId;
            options.ServiceAccessToken = EndpointHarness.ServiceAccessToken;
        });
        builder.Services.AddAuthleteCiba<BenchmarkUsers>();

        // The hand-written variant: one HttpClient for the process, its handler as the SDK's (no redirects) and renewed
        // as IHttpClientFactory renews the SDK's (every 2 minutes).
#pragma warning disable CA2000 // The HttpClient owns the handler and lives as long as the process.
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });
#pragma warning restore CA2000
        HandWrittenEndpoints HandWritten(IServiceProvider provider, Func<HttpClient> client, int variant) => new(
            client, variant, authlete, EndpointHarness.ServiceId, EndpointHarness.ServiceAccessToken,
            provider.GetRequiredService<AuthenticationDevices>(), provider.GetRequiredService<ILogger<HandWrittenEndpoints>>());
        builder.Services.AddKeyedSingleton(HandWrittenPrefix, (provider, _) => HandWritten(provider, () => http, 1));

        // The hand-written variant over the SDK's resilience pipeline, as an application adds one: a named client of
        // IHttpClientFactory per request, the same strategies and settings, the factory's request loggers removed as the SDK
        // removes them.
        builder.Services.AddHttpClient(PipelineClient)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers()
            .AddResilienceHandler("pipeline", pipeline => SamePipeline.Add(pipeline, new AuthleteResilienceOptions()));
        builder.Services.AddKeyedSingleton(HandWrittenPipelinePrefix, (provider, _) =>
        {
            IHttpClientFactory factory = provider.GetRequiredService<IHttpClientFactory>();
            return HandWritten(provider, () => factory.CreateClient(PipelineClient), 2);
        });

        await using WebApplication app = builder.Build();
        app.MapAuthleteToken(SdkPrefix + TokenPath);
        app.MapAuthleteDeviceFlow(SdkPrefix + DeviceAuthorizationPath);
        app.MapAuthleteCiba(SdkPrefix + BackchannelAuthenticationPath);

        foreach (string prefix in new[] { HandWrittenPrefix, HandWrittenPipelinePrefix })
        {
            HandWrittenEndpoints hand = app.Services.GetRequiredKeyedService<HandWrittenEndpoints>(prefix);
            app.MapPost(prefix + TokenPath, new RequestDelegate(hand.TokenAsync));
            app.MapPost(prefix + DeviceAuthorizationPath, new RequestDelegate(hand.DeviceAuthorizationAsync));
            app.MapPost(prefix + BackchannelAuthenticationPath, new RequestDelegate(hand.BackchannelAuthenticationAsync));
        }

        AuthenticationDevices devices = app.Services.GetRequiredService<AuthenticationDevices>();
        app.MapGet("/_gc", new RequestDelegate(context =>
            context.Response.WriteAsync(GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture))));
        app.MapGet("/_starts", new RequestDelegate(context =>
        {
            return context.Response.WriteAsync(string.Join(' ', devices.Starts.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        }));

        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bool optimized = typeof(EndpointHost).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ListeningLine}{address} Endpoint host: process {Environment.ProcessId}, {(optimized ? "optimized" : "NOT optimized")}, Server GC {GCSettings.IsServerGC}, GC latency mode {GCSettings.LatencyMode}, logging at Warning and above."));

        // The driver holds stdin open while it runs; end of input (the driver finished, or died) stops the host.
        await Task.Run(() =>
        {
            while (Console.In.ReadLine() is not null)
            {
            }
        }).ConfigureAwait(false);
        await app.StopAsync().ConfigureAwait(false);
        http.Dispose();
        return 0;
    }
}
