using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary>
/// A client notification endpoint on both loopback addresses, 127.0.0.1 and [::1] (when the machine has IPv6), on one
/// port, answering 204 and counting every request that reaches it: a refusal test asserts the count stays zero.
/// </summary>
public sealed class LoopbackNotificationEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private LoopbackNotificationEndpoint(WebApplication app, int port, bool ipv6)
    {
        _app = app;
        Port = port;
        HasIPv6 = ipv6;
    }

    public int Port { get; }

    /// <summary>True when [::1] listens too.</summary>
    public bool HasIPv6 { get; }

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>http://{host}:{port}/cb, the host written exactly as given (any notation).</summary>
    public Uri At(string host) => new($"http://{host}:{Port}/cb");

    public static async Task<LoopbackNotificationEndpoint> StartAsync()
    {
        for (int attempt = 0; ; attempt++)
        {
            int port = FreePort();
            bool ipv6 = Socket.OSSupportsIPv6 && attempt < 4;
            try
            {
                return await StartAsync(port, ipv6);
            }
            catch (Exception) when (attempt < 5)
            {
                // The port was taken between the probe and the bind, or [::1] is not usable: try again, without IPv6 last.
            }
        }
    }

    private static async Task<LoopbackNotificationEndpoint> StartAsync(int port, bool ipv6)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            if (ipv6)
            {
                kestrel.Listen(IPAddress.IPv6Loopback, port);
            }
        });
        WebApplication app = builder.Build();
        var endpoint = new LoopbackNotificationEndpoint(app, port, ipv6);
        app.Run(context =>
        {
            Interlocked.Increment(ref endpoint._requests);
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return endpoint;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
