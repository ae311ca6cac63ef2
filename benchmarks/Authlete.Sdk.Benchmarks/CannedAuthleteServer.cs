using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// A stand-in for Authlete on 127.0.0.1: Kestrel on a port of the system's choosing answers POSTs to one API path with
/// a canned body, after reading the whole request, and counts the calls that carried the expected bearer token (others
/// get 401). The same server as the loopback harness's.
/// </summary>
public sealed class CannedAuthleteServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly StrongBox<long> calls;

    private CannedAuthleteServer(WebApplication app, Uri baseAddress, StrongBox<long> calls)
    {
        this.app = app;
        this.calls = calls;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's address, <c>http://127.0.0.1:port/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The calls answered with the canned body so far.</summary>
    public long Calls => Interlocked.Read(ref calls.Value);

    /// <summary>Starts a server answering <paramref name="path"/> with <paramref name="answer"/> to requests whose
    /// <c>Authorization</c> header is <c>Bearer</c> <paramref name="accessToken"/>.</summary>
    public static async Task<CannedAuthleteServer> StartAsync(string path, byte[] answer, string accessToken)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        string authorization = "Bearer " + accessToken;
        var calls = new StrongBox<long>();
        app.MapPost(path, async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            if (context.Request.Headers.Authorization != authorization)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            Interlocked.Increment(ref calls.Value);
            context.Response.ContentType = "application/json;charset=UTF-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer).ConfigureAwait(false);
        });
        await app.StartAsync().ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new CannedAuthleteServer(app, new Uri(address + "/"), calls);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
