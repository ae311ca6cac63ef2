using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>A client's CIBA notification endpoint: a second Kestrel host that records what it receives.</summary>
public sealed class NotificationEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private NotificationEndpoint(WebApplication app) => _app = app;

    public ConcurrentQueue<(string? Authorization, string? ContentType, string Body)> Received { get; } = new();

    public TaskCompletionSource<string> First { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Status { get; set; } = StatusCodes.Status204NoContent;

    public Uri Url => new(TestHost.AddressOf(_app), "/cb");

    public static async Task<NotificationEndpoint> StartAsync()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        WebApplication app = builder.Build();
        var endpoint = new NotificationEndpoint(app);
        app.MapPost("/cb", async (HttpContext context) =>
        {
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            endpoint.Received.Enqueue((context.Request.Headers.Authorization, context.Request.ContentType, body));
            endpoint.First.TrySetResult(body);
            return HttpResults.StatusCode(endpoint.Status);
        });
        await app.StartAsync();
        return endpoint;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
