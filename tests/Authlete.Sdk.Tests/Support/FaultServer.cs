using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (a free port) that plays Authlete, answering every request with a handler the
/// test gives, and counting the requests that reached it.
/// </summary>
public sealed class FaultServer : IAsyncDisposable
{
    public const string ServiceId = "4711";
    public const string AccessToken = "fault-server-access-token-SECRET";

    private readonly WebApplication _app;
    private readonly Func<HttpContext, int, Task> _handler;
    private readonly List<string> _paths = [];
    private int _requests;

    private readonly bool _bufferRequests;

    private FaultServer(WebApplication app, Func<HttpContext, int, Task> handler, bool bufferRequests)
    {
        _app = app;
        _handler = handler;
        _bufferRequests = bufferRequests;
    }

    /// <summary>The number of requests that reached the server.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The paths of the requests that reached the server, in order.</summary>
    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_paths)
            {
                return [.. _paths];
            }
        }
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Starts a server; <paramref name="handler"/> gets the context and the 1-based number of the request.</summary>
    public static async Task<FaultServer> StartAsync(Func<HttpContext, int, Task> handler, bool bufferRequests = false)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var server = new FaultServer(app, handler, bufferRequests);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return server;
    }

    /// <summary>A server that answers every request with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public static Task<FaultServer> StartAsync(int status, string body, string contentType = "application/json")
        => StartAsync((context, _) => Respond(context, status, body, contentType));

    public static async Task Respond(HttpContext context, int status, string body, string contentType = "application/json")
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    }

    /// <summary>An address where nothing listens: a port that was free a moment ago.</summary>
    public static Uri UnusedAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    private async Task HandleAsync(HttpContext context)
    {
        // Read the whole request first: it has then provably reached the server.
        if (_bufferRequests)
        {
            context.Request.EnableBuffering();
        }

        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        int number = Interlocked.Increment(ref _requests);
        lock (_paths)
        {
            _paths.Add(context.Request.Path);
        }

        await _handler(context, number);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
