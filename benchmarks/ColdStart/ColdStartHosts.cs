using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.ColdStart;

/// <summary>
/// The start of an authorization server: a slim web host (Kestrel on 127.0.0.1, a port of the system's choosing, one
/// endpoint) built and started, then the call, then the host stopped. Each returns the answer's <c>action</c>.
/// </summary>
internal static class ColdStartHosts
{
    /// <summary>The host registers the client with <c>AddAuthleteClient</c> and the call goes through <see cref="IAuthleteApi"/> from its services.</summary>
    public static async Task<string?> SdkAsync(Uri baseAddress)
    {
        WebApplicationBuilder builder = CreateBuilder();
        builder.Services.AddAuthleteClient(options => ColdStartCalls.Configure(options, baseAddress));
        await using WebApplication app = Build(builder);
        await app.StartAsync();
        string? action = await ColdStartCalls.CallAsync(app.Services.GetRequiredService<IAuthleteApi>());
        await app.StopAsync();
        return action;
    }

    /// <summary>The same host without the SDK; the call is the raw one.</summary>
    public static async Task<string?> RawAsync(Uri baseAddress)
    {
        await using WebApplication app = Build(CreateBuilder());
        await app.StartAsync();
        using var httpClient = new HttpClient();
        string? action = await ColdStartCalls.RawCallAsync(httpClient, baseAddress);
        await app.StopAsync();
        return action;
    }

    private static WebApplicationBuilder CreateBuilder()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();

        // As a production host is usually configured: warnings and errors only (no start-up lines on the console).
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        return builder;
    }

    private static WebApplication Build(WebApplicationBuilder builder)
    {
        WebApplication app = builder.Build();
        app.MapGet("/health", (RequestDelegate)(context => context.Response.WriteAsync("ok", context.RequestAborted)));
        return app;
    }
}
