using System.Globalization;
using Authlete.Sdk.Benchmarks.Pocos;

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
        int concurrency = TimedRounds.Option(args, "--concurrency", 16);
        int seconds = TimedRounds.Option(args, "--seconds", 5);
        int rounds = TimedRounds.Option(args, "--rounds", 5);

        byte[] answer = Payloads.Utf8(Payloads.CibaCompleteResponse());
        await using AuthleteStandIn server = await AuthleteStandIn.StartAsync(
            ServiceId, ServiceAccessToken, new Dictionary<string, byte[]> { ["backchannel/authentication/complete"] = answer }).ConfigureAwait(false);
        Uri baseAddress = server.BaseAddress;
        string address = baseAddress.ToString();

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
            await TimedRounds.RunAsync(Raw, concurrency, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
            await TimedRounds.RunAsync(Sdk, concurrency, TimeSpan.FromSeconds(2)).ConfigureAwait(false);
        }

        var results = new Dictionary<string, List<TimedRound>> { ["raw HttpClient + STJ source gen"] = [], ["SDK"] = [] };
        for (int i = 0; i < rounds; i++)
        {
            results["raw HttpClient + STJ source gen"].Add(await TimedRounds.RunAsync(Raw, concurrency, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false));
            results["SDK"].Add(await TimedRounds.RunAsync(Sdk, concurrency, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false));
        }

        Console.WriteLine();
        Console.WriteLine("| Client | Calls | Errors | Throughput, all rounds (calls/s) | Median round (calls/s) | per round | p50 (ms) | p99 (ms) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
        var summary = new Dictionary<string, RoundSummary>();
        foreach ((string name, List<TimedRound> list) in results)
        {
            RoundSummary s = summary[name] = TimedRounds.Summarize(list);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {s.Calls} | {s.Errors} | {s.Throughput:F0} | {s.MedianRound:F0} | {s.PerRoundText} | {s.P50:F3} | {s.P99:F3} |"));
        }

        RoundSummary rawSummary = summary["raw HttpClient + STJ source gen"];
        RoundSummary sdkSummary = summary["SDK"];
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SDK / raw: throughput {sdkSummary.MedianRound / rawSummary.MedianRound:P1} (median rounds; all rounds {sdkSummary.Throughput / rawSummary.Throughput:P1}), p50 {sdkSummary.P50 / rawSummary.P50:F2}x, p99 {sdkSummary.P99 / rawSummary.P99:F2}x"));

        return results.Values.SelectMany(r => r).Any(r => r.Errors > 0) ? 1 : 0;
    }

}
