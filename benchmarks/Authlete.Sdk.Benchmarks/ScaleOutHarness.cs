using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;
using Authlete.Sdk.Samples.Tests.ScaleOut;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Whole CIBA flows across sample-server instances (docs/deployment.md): N instances on 127.0.0.1 share one real
/// <c>redis-server</c> and one Authlete (the fake over Kestrel). Each caller loops over one flow: the client's backchannel
/// authentication request on instance k, the user's phone listing and approving it on instance k+1, the client's token
/// request on instance k again. Reports flows and calls per second, p50 and p99 of each call, and errors, for each N.
/// </summary>
/// <remarks>
/// Usage: <c>scaleout [--concurrency C] [--seconds S] [--warmup W] [--instances 1,2]</c> (defaults 8, 10, 5, 1,2). Everything (callers,
/// instances, Redis, the fake Authlete) shares this machine's cores: on a small machine more instances add hops, not
/// capacity; the run shows the shared store's cost and that nothing fails, not a cluster's throughput.
/// </remarks>
public static class ScaleOutHarness
{
    private static readonly string[] Steps = ["backchannel", "list", "approve", "token"];

    public static async Task<int> RunAsync(string[] args)
    {
        int concurrency = Option(args, "--concurrency", 8);
        int seconds = Option(args, "--seconds", 10);
        int warmup = Option(args, "--warmup", 5);
        int[] counts = [.. (OptionText(args, "--instances") ?? "1,2").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))];

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Scale-out harness: {concurrency} concurrent callers, {warmup} s warm-up then {seconds} s per configuration, {Environment.ProcessorCount} cores"));
        Console.WriteLine();
        Console.WriteLine("| Instances | Flows | Flows/s | Calls/s | Errors | backchannel p50/p99 (ms) | list p50/p99 | approve p50/p99 | token p50/p99 | flow p50/p99 |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        // One unreported run first: the process's JIT tiers and PGO settle under load (a first configuration measured cold
        // runs at about half the speed of the same one measured again).
        await RunOneAsync(counts[0], concurrency, seconds, warmup, report: false).ConfigureAwait(false);
        int failures = 0;
        foreach (int count in counts)
        {
            failures += await RunOneAsync(count, concurrency, seconds, warmup).ConfigureAwait(false);
        }

        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunOneAsync(int instances, int concurrency, int seconds, int warmup, bool report = true)
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(instances, logLevel: "Error").ConfigureAwait(false);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        Uri[] servers = [.. cluster.Instances.Select(i => i.BaseAddress)];

        // Warm-up, not counted: the JIT's tiers settle in the instances, the fake and the callers.
        await DriveAsync(http, servers, concurrency, TimeSpan.FromSeconds(warmup), new Recorder(), first: 1_000_000).ConfigureAwait(false);

        var recorder = new Recorder();
        var clock = Stopwatch.StartNew();
        await DriveAsync(http, servers, concurrency, TimeSpan.FromSeconds(seconds), recorder, first: 0).ConfigureAwait(false);
        double elapsed = clock.Elapsed.TotalSeconds;

        if (!report)
        {
            return recorder.Errors;
        }

        long[] flows = recorder.Sorted("flow");
        int calls = Steps.Sum(s => recorder.Sorted(s).Length);
        string Cell(string step)
        {
            long[] sorted = recorder.Sorted(step);
            return string.Create(CultureInfo.InvariantCulture, $"{Ms(Percentile(sorted, 0.50)):F1} / {Ms(Percentile(sorted, 0.99)):F1}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {instances} | {flows.Length} | {flows.Length / elapsed:F1} | {calls / elapsed:F0} | {recorder.Errors} | {Cell("backchannel")} | {Cell("list")} | {Cell("approve")} | {Cell("token")} | {Cell("flow")} |"));
        foreach (string error in recorder.ErrorSamples.Take(3))
        {
            Console.WriteLine("  error: " + error);
        }

        return recorder.Errors;
    }

    private static Task DriveAsync(HttpClient http, Uri[] servers, int concurrency, TimeSpan duration, Recorder recorder, int first)
    {
        var clock = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(async caller =>
        {
            for (int n = first; clock.Elapsed < duration; n++)
            {
                await FlowAsync(http, servers, caller, n, recorder).ConfigureAwait(false);
            }
        }));
    }

    /// <summary>One CIBA flow for the poll client: its request on one instance, the user's decision on the next.</summary>
    private static async Task FlowAsync(HttpClient http, Uri[] servers, int caller, int n, Recorder recorder)
    {
        Uri client = servers[(caller + n) % servers.Length];
        Uri phone = servers[(caller + n + 1) % servers.Length];
        string user = caller % 2 == 0 ? "alice" : "bob";
        string tag = string.Create(CultureInfo.InvariantCulture, $"c{caller}n{n}");
        long flowStart = Stopwatch.GetTimestamp();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(client, "/backchannel/authentication"))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["scope"] = "openid", ["login_hint"] = user, ["binding_message"] = tag }),
                Headers = { Authorization = Basic() },
            };
            JsonNode issued = await TimedJsonAsync(http, request, "backchannel", 200, recorder).ConfigureAwait(false);
            string authReqId = issued["auth_req_id"]!.GetValue<string>();

            string? id = null;
            for (int attempt = 0; id is null; attempt++)
            {
                if (attempt == 500)
                {
                    throw new TimeoutException($"request {tag} never listed");
                }

                using var list = new HttpRequestMessage(HttpMethod.Get, new Uri(phone, $"/authentication-device/{user}/requests"));
                JsonNode pending = await TimedJsonAsync(http, list, "list", 200, recorder).ConfigureAwait(false);
                id = pending.AsArray().FirstOrDefault(p => (string?)p!["bindingMessage"] == tag)?["id"]?.GetValue<string>();
                if (id is null)
                {
                    await Task.Delay(5).ConfigureAwait(false);
                }
            }

            using var approve = new HttpRequestMessage(HttpMethod.Post, new Uri(phone, $"/authentication-device/{user}/requests/{id}/approve"));
            await TimedJsonAsync(http, approve, "approve", 200, recorder).ConfigureAwait(false);

            using var token = new HttpRequestMessage(HttpMethod.Post, new Uri(client, "/token"))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "urn:openid:params:grant-type:ciba", ["auth_req_id"] = authReqId }),
                Headers = { Authorization = Basic() },
            };
            await TimedJsonAsync(http, token, "token", 200, recorder).ConfigureAwait(false);
            recorder.Add("flow", Stopwatch.GetTimestamp() - flowStart);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or InvalidOperationException or TaskCanceledException)
        {
            recorder.Fail($"{tag}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static async Task<JsonNode> TimedJsonAsync(HttpClient http, HttpRequestMessage request, string step, int expected, Recorder recorder)
    {
        long started = Stopwatch.GetTimestamp();
        using HttpResponseMessage response = await http.SendAsync(request).ConfigureAwait(false);
        string body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        recorder.Add(step, Stopwatch.GetTimestamp() - started);
        if ((int)response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{step} answered {(int)response.StatusCode}: {body}");
        }

        return JsonNode.Parse(body) ?? throw new InvalidOperationException($"{step} answered no JSON");
    }

    private static AuthenticationHeaderValue Basic()
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoClients.Poll.ClientId}:{DemoClients.Poll.ClientSecret}")));

    private static int Option(string[] args, string name, int fallback)
        => OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static long Percentile(long[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed class Recorder
    {
        private readonly ConcurrentDictionary<string, ConcurrentBag<long>> _samples = new(StringComparer.Ordinal);
        private readonly ConcurrentQueue<string> _errors = new();

        public int Errors => _errors.Count;

        public IEnumerable<string> ErrorSamples => _errors;

        public void Add(string step, long ticks) => _samples.GetOrAdd(step, _ => []).Add(ticks);

        public void Fail(string error) => _errors.Enqueue(error);

        public long[] Sorted(string step) => _samples.TryGetValue(step, out ConcurrentBag<long>? bag) ? [.. bag.Order()] : [];
    }
}
