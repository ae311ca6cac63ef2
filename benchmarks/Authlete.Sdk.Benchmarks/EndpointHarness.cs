using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Whole endpoints over real sockets (issue #16 item 2): each of <c>MapAuthleteToken</c>, <c>MapAuthleteDeviceFlow</c>
/// and <c>MapAuthleteCiba</c> against a hand-written minimal-API endpoint making the same Authlete calls
/// (<see cref="HandWrittenEndpoints"/>). Three parts in two processes: this process runs Authlete
/// (<see cref="AuthleteStandIn"/>, Kestrel on 127.0.0.1) and the concurrent callers; the endpoint host
/// (<see cref="EndpointHost"/>, Kestrel on 127.0.0.1) is a child process, so that its allocations per request can be
/// read alone. Before timing, both variants of each endpoint are checked to send Authlete the same requests and to give
/// the client the same answer. Then, after a warm-up, alternating timed rounds per endpoint (SDK and hand-written, the
/// order swapped every round); allocations are the host's <see cref="GC.GetTotalAllocatedBytes(bool)"/> before and after
/// each round over the round's requests.
/// </summary>
/// <remarks>
/// Usage: <c>endpoints [--concurrency N] [--seconds S] [--rounds R]</c> (defaults 16, 5, 5). Reports per endpoint and
/// variant requests, errors (any non-2xx answer), median-round throughput, p50, p99 and host bytes per request, then the
/// ratios SDK / hand-written against the targets (throughput ≥ 0.95x, p99 ≤ 1.05x). Exit code 1 on any error or
/// difference.
/// </remarks>
public static partial class EndpointHarness
{
    internal const string ServiceId = "715948317";
    internal const string ServiceAccessToken = "pDpxMYbI4Dkk6kSusfRdPU1FKsJVjD3ajAigqjwWqWk";
    private const string ClientId = "26862190133482";
    private const string ClientSecret = "Hd-5U3R7RxHbqzy2SzQlpjaNh8Vd2lbbqZcN5kb2c6w";
    private const double ThroughputTarget = 0.95;
    private const double P99Target = 1.05;

    private static readonly MediaTypeHeaderValue FormType = new("application/x-www-form-urlencoded");
    private static readonly AuthenticationHeaderValue Basic =
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret)));

    /// <summary>The three endpoints: name, path under each prefix, the client's form, and the Authlete API calls behind it.</summary>
    private static readonly EndpointCase[] Cases =
    [
        new("token (device code grant)", EndpointHost.TokenPath,
            "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=p0qzXeRav8u6lJY9omjzR47KK58VwYN7j8xGUD7sq5I", ["auth/token"]),
        new("device authorization", EndpointHost.DeviceAuthorizationPath,
            "scope=openid+profile+video.watch&acr_values=urn%3Amace%3Aincommon%3Aiap%3Asilver", ["device/authorization"]),
        new("CIBA backchannel authentication", EndpointHost.BackchannelAuthenticationPath,
            "scope=openid+payments&login_hint=" + Payloads.CibaUser + "&binding_message=W4SCT&requested_expiry=120",
            ["backchannel/authentication", "backchannel/authentication/issue"]),
    ];

    private static readonly string[] Variants = ["SDK", "hand-written", "hand-written + pipeline"];
    private static readonly string[] Prefixes = [EndpointHost.SdkPrefix, EndpointHost.HandWrittenPrefix, EndpointHost.HandWrittenPipelinePrefix];

    /// <summary>The header of the ratio table, as docs/performance.md quotes it.</summary>
    private const string RatioHeader =
        "| Endpoint | Throughput SDK / hand-written (median rounds) | ≥ 0.95x | p99 SDK / hand-written | ≤ 1.05x | p50 SDK / hand-written | Host bytes/request, SDK | hand-written | SDK − hand-written |";

    /// <summary>Runs the driver (<c>endpoints ...</c>) or the child host (<c>endpoint-host ...</c>).</summary>
    public static Task<int> RunAsync(string[] args)
        => args.Length > 0 && args[0] == "endpoint-host" ? EndpointHost.RunAsync(args[1..]) : DriveAsync(args.Length > 0 ? args[1..] : args);

    private static async Task<int> DriveAsync(string[] args)
    {
        int concurrency = TimedRounds.Option(args, "--concurrency", 16);
        int seconds = TimedRounds.Option(args, "--seconds", 5);
        int rounds = TimedRounds.Option(args, "--rounds", 5);

        await using AuthleteStandIn authlete = await AuthleteStandIn.StartAsync(ServiceId, ServiceAccessToken, new Dictionary<string, byte[]>
        {
            ["auth/token"] = Payloads.Utf8(Payloads.TokenResponse()),
            ["device/authorization"] = Payloads.Utf8(Payloads.DeviceAuthorizationResponse()),
            ["backchannel/authentication"] = Payloads.Utf8(Payloads.BackchannelAuthenticationResponse()),
            ["backchannel/authentication/issue"] = Payloads.Utf8(Payloads.BackchannelAuthenticationIssueResponse()),
        }).ConfigureAwait(false);

        using Process host = EndpointHostProcess.Start(authlete.BaseAddress);
        try
        {
            (Uri hostAddress, string hostSettings) = await EndpointHostProcess.ReadAddressAsync(host).ConfigureAwait(false);
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
            var cibaAnswered = new long[Variants.Length];

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Endpoints: host (child process {host.Id}) on {hostAddress}, Authlete stand-in on {authlete.BaseAddress}, {concurrency} concurrent callers, " +
                $"{rounds} rounds of {seconds} s per endpoint and variant (alternating), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
            Console.WriteLine(hostSettings);

            if (!await CheckSameWorkAsync(http, hostAddress, authlete).ConfigureAwait(false))
            {
                return 1;
            }

            Func<Task>[,] calls = new Func<Task>[Cases.Length, Variants.Length];
            for (int c = 0; c < Cases.Length; c++)
            {
                for (int v = 0; v < Variants.Length; v++)
                {
                    calls[c, v] = Call(http, new Uri(hostAddress, Prefix(v) + Cases[c].Path), Cases[c].Form,
                        Cases[c].Path == EndpointHost.BackchannelAuthenticationPath ? cibaAnswered : null, v);
                }
            }

            // Warm-up, not reported: JIT tiers and PGO settle in the host and here, connections open.
            var warmup = TimeSpan.FromSeconds(Math.Min(2, seconds));
            for (int pass = 0; pass < 2; pass++)
            {
                for (int c = 0; c < Cases.Length; c++)
                {
                    for (int v = 0; v < Variants.Length; v++)
                    {
                        await TimedRounds.RunAsync(calls[c, v], concurrency, warmup).ConfigureAwait(false);
                    }
                }
            }

            var results = new List<TimedRound>[Cases.Length, Variants.Length];
            var allocated = new long[Cases.Length, Variants.Length];
            for (int r = 0; r < rounds; r++)
            {
                for (int c = 0; c < Cases.Length; c++)
                {
                    for (int i = 0; i < Variants.Length; i++)
                    {
                        int v = (i + r) % Variants.Length; // each variant first in turn
                        long before = await AllocatedAsync(http, hostAddress).ConfigureAwait(false);
                        TimedRound round = await TimedRounds.RunAsync(calls[c, v], concurrency, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
                        allocated[c, v] += await AllocatedAsync(http, hostAddress).ConfigureAwait(false) - before;
                        (results[c, v] ??= []).Add(round);
                    }
                }
            }

            bool startsMatch = await CheckStartsAsync(http, hostAddress, cibaAnswered).ConfigureAwait(false);
            bool errors = Report(results, allocated);
            return errors || !startsMatch ? 1 : 0;
        }
        finally
        {
            EndpointHostProcess.Stop(host);
        }
    }

    private static string Prefix(int variant) => Prefixes[variant];

    /// <summary>One client request: the form with Basic credentials; any non-2xx answer throws (an error of the round).</summary>
    private static Func<Task> Call(HttpClient http, Uri uri, string form, long[]? answered, int variant)
    {
        byte[] body = Encoding.UTF8.GetBytes(form);
        return async () =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = FormType;
            using var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
            message.Headers.Authorization = Basic;
            using HttpResponseMessage response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            if (answered is not null)
            {
                Interlocked.Increment(ref answered[variant]);
            }
        };
    }

    private static async Task<long> AllocatedAsync(HttpClient http, Uri hostAddress)
        => long.Parse(await http.GetStringAsync(new Uri(hostAddress, "/_gc")).ConfigureAwait(false), CultureInfo.InvariantCulture);

    /// <summary>Prints the results and the ratios; true when any round had an error.</summary>
    private static bool Report(List<TimedRound>[,] results, long[,] allocated)
    {
        var summaries = new RoundSummary[Cases.Length, Variants.Length];
        var bytesPerRequest = new double[Cases.Length, Variants.Length];
        Console.WriteLine();
        Console.WriteLine("| Endpoint | Variant | Requests | Errors | Median round (req/s) | per round | p50 (ms) | p99 (ms) | Host bytes/request |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |");
        for (int c = 0; c < Cases.Length; c++)
        {
            for (int v = 0; v < Variants.Length; v++)
            {
                RoundSummary s = summaries[c, v] = TimedRounds.Summarize(results[c, v]);
                bytesPerRequest[c, v] = s.Calls == 0 ? double.NaN : (double)allocated[c, v] / s.Calls;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Cases[c].Name} | {Variants[v]} | {s.Calls} | {s.Errors} | {s.MedianRound:F0} | {s.PerRoundText} | {s.P50:F3} | {s.P99:F3} | {bytesPerRequest[c, v]:N0} |"));
            }
        }

        for (int baseline = 1; baseline < Variants.Length; baseline++)
        {
            Console.WriteLine();
            Console.WriteLine(baseline == 1 ? RatioHeader : RatioHeader.Replace("hand-written", Variants[baseline], StringComparison.Ordinal));
            Console.WriteLine("| --- | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: |");
            for (int c = 0; c < Cases.Length; c++)
            {
                RoundSummary sdk = summaries[c, 0], hand = summaries[c, baseline];
                double throughput = sdk.MedianRound / hand.MedianRound;
                double p99 = sdk.P99 / hand.P99;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {Cases[c].Name} | {throughput:F3}x | {(throughput >= ThroughputTarget ? "met" : "missed")} | {p99:F3}x | {(p99 <= P99Target ? "met" : "missed")} | {sdk.P50 / hand.P50:F3}x " +
                    $"| {bytesPerRequest[c, 0]:N0} | {bytesPerRequest[c, baseline]:N0} | {bytesPerRequest[c, 0] - bytesPerRequest[c, baseline]:+#,0;-#,0;0} |"));
            }
        }

        long errors = 0;
        foreach (RoundSummary s in summaries)
        {
            errors += s.Errors;
        }

        if (errors > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"{errors} requests failed (a non-2xx answer or no answer): the figures above are not valid.");
        }

        return errors > 0;
    }

    private sealed record EndpointCase(string Name, string Path, string Form, string[] Apis);
}
