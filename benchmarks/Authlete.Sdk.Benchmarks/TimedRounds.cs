using System.Diagnostics;
using System.Globalization;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Timed rounds of concurrent calls, shared by the loopback and endpoint harnesses: N callers loop over one call until
/// the round's deadline, each call's latency recorded; a round's throughput, and p50/p99 over all its calls.
/// </summary>
internal static class TimedRounds
{
    /// <summary>Runs <paramref name="call"/> from <paramref name="concurrency"/> callers until <paramref name="duration"/> is over.</summary>
    /// <remarks>A call that throws <see cref="HttpRequestException"/> (a refused connection, a non-2xx status through
    /// <c>EnsureSuccessStatusCode</c>), <see cref="AuthleteApiException"/> or <see cref="TaskCanceledException"/> counts as
    /// an error and its latency is not recorded; any other exception ends the round.</remarks>
    public static async Task<TimedRound> RunAsync(Func<Task> call, int concurrency, TimeSpan duration)
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
        return new TimedRound(
            done.Sum(d => (long)d.Latencies.Count), done.Sum(d => d.Errors), stopwatch.Elapsed, done.SelectMany(d => d.Latencies).ToArray());
    }

    /// <summary>Sums up rounds of one client: calls, errors, throughput over all rounds and of the median round, p50, p99.</summary>
    public static RoundSummary Summarize(IReadOnlyList<TimedRound> rounds)
    {
        long calls = rounds.Sum(r => r.Calls);
        long errors = rounds.Sum(r => r.Errors);
        double throughput = calls / rounds.Sum(r => r.Elapsed.TotalSeconds);
        long[] all = rounds.SelectMany(r => r.LatencyTicks).ToArray();
        Array.Sort(all);
        double[] perRound = [.. rounds.Select(r => r.Calls / r.Elapsed.TotalSeconds)];
        double[] sorted = [.. perRound.Order()];
        return new RoundSummary(
            calls, errors, throughput, sorted[sorted.Length / 2], perRound, Ms(Percentile(all, 0.50)), Ms(Percentile(all, 0.99)));
    }

    /// <summary>The value at rank <paramref name="p"/> (nearest rank) of an ascending array; 0 when empty.</summary>
    public static long Percentile(long[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>Stopwatch ticks in milliseconds.</summary>
    public static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    /// <summary>The integer after <paramref name="name"/> on the command line, or <paramref name="fallback"/>.</summary>
    public static int Option(string[] args, string name, int fallback)
        => OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    /// <summary>The text after <paramref name="name"/> on the command line, or null.</summary>
    public static string? OptionText(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>One timed round: successful calls, errors, wall time, and the latency of each successful call (Stopwatch ticks).</summary>
internal sealed record TimedRound(long Calls, long Errors, TimeSpan Elapsed, long[] LatencyTicks);

/// <summary>Rounds of one client summed up; <see cref="PerRound"/> in the order run, latencies in milliseconds.</summary>
internal sealed record RoundSummary(long Calls, long Errors, double Throughput, double MedianRound, double[] PerRound, double P50, double P99)
{
    /// <summary>The throughput of each round, in the order run, as "30124 / 29871 / ...".</summary>
    public string PerRoundText => string.Join(" / ", PerRound.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)));
}
