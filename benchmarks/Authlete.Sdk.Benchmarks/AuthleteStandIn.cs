using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Authlete for the loopback, endpoint and cold-start benchmarks: a Kestrel server on 127.0.0.1 that answers each API path with one canned,
/// complete answer (<see cref="Payloads"/>, in the bytes Authlete writes), after checking the service access token and
/// reading the whole request body. Both variants of an endpoint get byte-identical answers. While
/// <see cref="Capture"/> is on, it also keeps every request's path and body, so that the harness can check that both
/// variants send Authlete the same requests.
/// </summary>
internal sealed class AuthleteStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, byte[]> _answers;
    private readonly string _authorization;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _captured = new();
    private long _calls;

    private AuthleteStandIn(WebApplication app, Dictionary<string, byte[]> answers, string accessToken)
    {
        _app = app;
        _answers = answers;
        _authorization = "Bearer " + accessToken;
    }

    /// <summary>The server's base address (<c>http://127.0.0.1:port</c>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The calls answered with a canned answer so far (the right path and service access token).</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Whether requests are kept (for the check before the timed rounds only).</summary>
    public bool Capture { get; set; }

    /// <summary>Starts the server: <paramref name="answers"/> maps each API path below <c>/api/{serviceId}/</c> to its answer.</summary>
    public static async Task<AuthleteStandIn> StartAsync(string serviceId, string accessToken, IReadOnlyDictionary<string, byte[]> answers)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        var standIn = new AuthleteStandIn(app, answers.ToDictionary(a => "/api/" + serviceId + "/" + a.Key, a => a.Value, StringComparer.Ordinal), accessToken);
        app.Run(standIn.AnswerAsync);
        await app.StartAsync().ConfigureAwait(false);
        standIn.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return standIn;
    }

    /// <summary>The requests kept since the last call (path below the host, body), in arrival order; clears them.</summary>
    public List<(string Path, byte[] Body)> TakeCaptured()
    {
        var taken = new List<(string Path, byte[] Body)>();
        while (_captured.TryDequeue(out (string Path, byte[] Body) request))
        {
            taken.Add(request);
        }

        return taken;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context)
    {
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? string.Empty;
        if (Capture)
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body).ConfigureAwait(false);
            _captured.Enqueue((path, body.ToArray()));
        }
        else
        {
            await request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
        }

        if (!HttpMethods.IsPost(request.Method) || !_answers.TryGetValue(path, out byte[]? answer))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (!string.Equals(request.Headers.Authorization.ToString(), _authorization, StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interlocked.Increment(ref _calls);
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer).ConfigureAwait(false);
    }
}
