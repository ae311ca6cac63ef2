using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authlete.Sdk.Benchmarks.Pocos;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Whole calls over real sockets: a Kestrel server on 127.0.0.1 answers the full CIBA complete response, and
/// concurrent callers drive it through the SDK and through a hand-written HttpClient + System.Text.Json source
/// generation call, in alternating timed rounds. Reports throughput and p50/p99 latency of each.
/// </summary>
/// <remarks>
/// Usage: <c>loopback [--concurrency N] [--seconds S] [--rounds R]</c> (defaults 16, 5, 5). The throughput
/// ratio is taken between the median rounds, so one round disturbed by other work on the machine does not decide it. Traffic goes to
/// 127.0.0.1 only; every loop is bounded by its round's deadline.
/// </remarks>
public static class LoopbackHarness
{
    private const string ServiceId = "715948317";
    private const string ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";
    private const string Path = "/api/" + ServiceId + "/backchannel/authentication/complete";

    public static async Task<int> RunAsync(string[] args)
    {
        int concurrency = Option(args, "--concurrency", 16);
        int seconds = Option(args, "--seconds", 5);
        int rounds = Option(args, "--rounds", 5);

        byte[] answer = Payloads.Utf8(Payloads.CibaCompleteResponse());
        await using WebApplication server = StartServer(answer);
        await server.StartAsync().ConfigureAwait(false);
        string address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var httpClient = new HttpClient(handler, disposeHandler: false);
        var sdk = new AuthleteApi(httpClient, new AuthleteOptions
        {
            BaseAddress = baseAddress,
            AllowInsecureHttp = true,
            ServiceId = ServiceId,
            ServiceAccessToken = ServiceAccessToken,
        });
        var rawUri = new Uri(baseAddress, Path);
        Authlete.Sdk.BackchannelAuthenticationCompleteRequest request = Payloads.CibaCompleteRequest();
        Pocos.BackchannelAuthenticationCompleteRequest poco = System.Text.Json.JsonSerializer.Deserialize(
            AuthleteJsonSerializer.Serialize(request), PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest)!;

        Task Raw() => RawAuthleteCall.CompleteAsync(httpClient, rawUri, poco, ServiceAccessToken);

        Task Sdk() => sdk.BackchannelAuthenticationCompleteAsync(request);

        Console.WriteLine($"Loopback: Kestrel on {address}, answer {answer.Length} bytes, {concurrency} concurrent callers, " +
                          $"{rounds} rounds of {seconds} s per client (alternating), {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        // Warm both paths (JIT, connections), then alternate so that drift hits both alike.
        for (int i = 0; i < 2; i++)
        {
            await RunRound(Raw, concurrency, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            await RunRound(Sdk, concurrency, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        var results = new Dictionary<string, List<Round>> { ["raw HttpClient + STJ source gen"] = [], ["SDK"] = [] };
        for (int i = 0; i < rounds; i++)
        {
            results["raw HttpClient + STJ source gen"].Add(await RunRound(Raw, concurrency, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false));
            results["SDK"].Add(await RunRound(Sdk, concurrency, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false));
        }

        Console.WriteLine();
        Console.WriteLine("| Client | Calls | Errors | Throughput, all rounds (calls/s) | Median round (calls/s) | per round | p50 (ms) | p99 (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        var summary = new Dictionary<string, (double Throughput, double Median, double P50, double P99)>();
        foreach ((string name, List<Round> list) in results)
        {
            long calls = list.Sum(r => r.Calls);
            long errors = list.Sum(r => r.Errors);
            double throughput = calls / list.Sum(r => r.Elapsed.TotalSeconds);
            long[] all = list.SelectMany(r => r.LatencyTicks).ToArray();
            Array.Sort(all);
            double p50 = Ms(Percentile(all, 0.50));
            double p99 = Ms(Percentile(all, 0.99));
            double[] perRoundThroughput = [.. list.Select(r => r.Calls / r.Elapsed.TotalSeconds).Order()];
            double median = perRoundThroughput[perRoundThroughput.Length / 2];
            summary[name] = (throughput, median, p50, p99);
            string perRound = string.Join(" / ", list.Select(r => (r.Calls / r.Elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {calls} | {errors} | {throughput:F0} | {median:F0} | {perRound} | {p50:F3} | {p99:F3} |"));
        }

        (double rawThroughput, double rawMedian, double rawP50, double rawP99) = summary["raw HttpClient + STJ source gen"];
        (double sdkThroughput, double sdkMedian, double sdkP50, double sdkP99) = summary["SDK"];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SDK / raw: throughput {sdkMedian / rawMedian:P1} (median rounds; all rounds {sdkThroughput / rawThroughput:P1}), p50 {sdkP50 / rawP50:F2}x, p99 {sdkP99 / rawP99:F2}x"));

        await server.StopAsync().ConfigureAwait(false);
        return results.Values.SelectMany(r => r).Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static WebApplication StartServer(byte[] answer)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        WebApplication app = builder.Build();
        app.MapPost(Path, async (HttpContext context) =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null).ConfigureAwait(false);
            context.Response.ContentType = "application/json;charset=UTF-8";
            context.Response.ContentLength = answer.Length;
            await context.Response.Body.WriteAsync(answer).ConfigureAwait(false);
        });
        return app;
    }

    private static async Task<Round> RunRound(Func<Task> call, int concurrency, TimeSpan duration)
    {
        var stopwatch = Stopwatch.StartNew();
        long deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task<(List<long> Latencies, long Errors)>[concurrency];
        for (int w = 0; w < concurrency; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                var latencies = new List<long>(64 * 1024);
                long errors = 0;
                while (Stopwatch.GetTimestamp() < deadline)
                {
                    long started = Stopwatch.GetTimestamp();
                    try
                    {
                        await call().ConfigureAwait(false);
                        latencies.Add(Stopwatch.GetTimestamp() - started);
                    }
                    catch (Exception ex) when (ex is HttpRequestException or AuthleteApiException or TaskCanceledException)
                    {
                        errors++;
                    }
                }

                return (latencies, errors);
            });
        }

        (List<long> Latencies, long Errors)[] done = await Task.WhenAll(workers).ConfigureAwait(false);
        stopwatch.Stop();
        return new Round(
            done.Sum(d => (long)d.Latencies.Count), done.Sum(d => d.Errors), stopwatch.Elapsed, done.SelectMany(d => d.Latencies).ToArray());
    }

    private static long Percentile(long[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private sealed record Round(long Calls, long Errors, TimeSpan Elapsed, long[] LatencyTicks);
}
