using System.Net;
using Authlete.Sdk.Testing.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Testing;

/// <summary>
/// A <see cref="FakeAuthlete"/> served by Kestrel over plain HTTP on 127.0.0.1 and a free port, for tests that need a
/// real socket (another process, a non-.NET client, or the full <see cref="HttpClient"/> stack). Dispose it to stop it.
/// </summary>
/// <example>
/// <code>
/// await using FakeAuthleteServer server = await FakeAuthleteServer.StartAsync(fake);
/// var api = new AuthleteApi(new HttpClient(), server.CreateOptions());
/// </code>
/// </example>
public sealed class FakeAuthleteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAuthleteServer(WebApplication app, FakeAuthlete fake, Uri baseAddress)
    {
        _app = app;
        Fake = fake;
        BaseAddress = baseAddress;
    }

    /// <summary>The fake this server answers from.</summary>
    public FakeAuthlete Fake { get; }

    /// <summary>Where the server listens, for example <c>http://127.0.0.1:49321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Starts a server for <paramref name="fake"/> on 127.0.0.1 and a port the system chooses.</summary>
    /// <param name="fake">The fake to serve.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeAuthleteServer> StartAsync(FakeAuthlete fake, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fake);
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.Run(context => AnswerAsync(fake, context));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new FakeAuthleteServer(app, fake, new Uri(address.EndsWith('/') ? address : address + "/"));
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Creates <see cref="AuthleteOptions"/> that call this server (http allowed) with the fake's credentials.</summary>
    /// <param name="version">The Authlete API version to speak.</param>
    /// <returns>New options.</returns>
    public AuthleteOptions CreateOptions(AuthleteApiVersion version = AuthleteApiVersion.V3) => Fake.CreateOptions(version, BaseAddress);

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task AnswerAsync(FakeAuthlete fake, HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        FakeHttpAnswer answer = FakeAuthleteDispatcher.Dispatch(
            fake,
            context.Request.Method,
            context.Request.PathBase.Add(context.Request.Path).ToUriComponent(),
            context.Request.QueryString.Value,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            context.Request.ContentType,
            buffer.ToArray());
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted).ConfigureAwait(false);
    }
}
