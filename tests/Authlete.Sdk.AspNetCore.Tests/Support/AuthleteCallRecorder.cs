using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>One call the host made to Authlete: the API, the JSON it sent, and the HTTP status and JSON it got back.</summary>
public sealed record AuthleteCall(AuthleteApiDescription Api, JsonObject Request, int Status, JsonObject? Response);

/// <summary>
/// What the host sent to Authlete and what it got back, in order, recorded by <see cref="AuthleteCallRecorder"/> in front
/// of <see cref="Authlete.Sdk.Testing.FakeAuthlete.CreateHandler"/>. Calls a test makes to the fake directly are not in it.
/// </summary>
public sealed class AuthleteCalls
{
    private readonly ConcurrentQueue<AuthleteCall> _calls = new();

    public IReadOnlyList<AuthleteCall> All => _calls.ToArray();

    public IEnumerable<AuthleteApiDescription> Apis => All.Select(c => c.Api);

    /// <summary>The one call of <paramref name="api"/>.</summary>
    public AuthleteCall OneCall(AuthleteApiDescription api) => All.Should().ContainSingle(c => c.Api == api, "the host should call {0} once", api).Subject;

    /// <summary>The JSON the host sent in its one call of <paramref name="api"/>.</summary>
    public JsonObject Request(AuthleteApiDescription api) => OneCall(api).Request;

    /// <summary>The <c>responseContent</c> Authlete gave the host in its last call of <paramref name="api"/>.</summary>
    public string ResponseContent(AuthleteApiDescription api)
        => All.Last(c => c.Api == api).Response!["responseContent"]!.GetValue<string>();

    /// <summary>Waits (up to 10 seconds) for the host's first call of <paramref name="api"/>, made in the background.</summary>
    public async Task<AuthleteCall> FirstAsync(AuthleteApiDescription api)
    {
        for (int i = 0; i < 500; i++)
        {
            if (All.FirstOrDefault(c => c.Api == api) is { } call)
            {
                return call;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The host never called {api}.");
    }

    /// <summary>A handler that records each call and passes it to <paramref name="authlete"/>.</summary>
    public HttpMessageHandler RecordInFrontOf(HttpMessageHandler authlete) => new AuthleteCallRecorder(this, authlete);

    internal void Add(AuthleteCall call) => _calls.Enqueue(call);
}

/// <summary>The recording handler of <see cref="AuthleteCalls"/>: one per handler chain the HTTP client factory builds.</summary>
public sealed class AuthleteCallRecorder(AuthleteCalls calls, HttpMessageHandler authlete) : DelegatingHandler(authlete)
{
    private const string ApiRoot = "/api/";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        string rest = path.StartsWith(ApiRoot, StringComparison.Ordinal) ? path[ApiRoot.Length..] : path;
        AuthleteApiDescription api = AuthleteApis.FindByPath(rest) ?? AuthleteApis.FindByPath(rest[(rest.IndexOf('/', StringComparison.Ordinal) + 1)..])
            ?? throw new InvalidOperationException("Not an Authlete API path: " + path);
        // A GET API sends no body: its request is its query string, recorded as an empty object.
        JsonObject sent = request.Content is null
            ? []
            : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        HttpResponseMessage? response = null;
        string? received = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
            received = await response.Content.ReadAsStringAsync(cancellationToken);
            return response;
        }
        finally
        {
            // A call that failed on the way is recorded too, with status 0.
            calls.Add(new AuthleteCall(api, sent, response is null ? 0 : (int)response.StatusCode,
                string.IsNullOrEmpty(received) ? null : JsonNode.Parse(received)!.AsObject()));
        }
    }
}
