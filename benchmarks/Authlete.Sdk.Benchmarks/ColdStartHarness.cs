using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Cold start: from process start to the first successful Authlete call, for three builds of
/// <c>benchmarks/ColdStart</c> (JIT, ReadyToRun, Native AOT) and five ways of calling (SDK, SDK through DI, raw
/// <see cref="HttpClient"/>, and the SDK and raw calls after starting a slim web host). Each run is a new process
/// timed from <see cref="Process.Start()"/> to its exit; the stand-in Authlete is Kestrel on 127.0.0.1 answering the
/// full CIBA complete response.
/// </summary>
/// <remarks>
/// Usage: <c>coldstart [--runs N] [--no-publish]</c> (default 20 runs per row, after one discarded warm-up run each).
/// The builds are published into <c>benchmarks/ColdStart/bin/coldstart/</c> (ignored by git) unless
/// <c>--no-publish</c> reuses them. Rows run alternately, the order rotating from one run to the next, so drift on the
/// machine hits every row alike. Exits 1 when any run fails or does not make exactly one call.
/// </remarks>
public static class ColdStartHarness
{
    private const string BaselineBuild = "JIT";
    private const string BaselineMode = "raw";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[] Modes = ["raw", "sdk", "sdk-di", "host-raw", "host-sdk"];

    public static async Task<int> RunAsync(string[] args)
    {
        int runs = Option(args, "--runs", 20);
        bool publish = !args.Contains("--no-publish");
        string root = RepositoryRoot();
        string project = Path.Combine(root, "benchmarks", "ColdStart", "ColdStart.csproj");
        string output = Path.Combine(root, "benchmarks", "ColdStart", "bin", "coldstart");
        string rid = RuntimeInformation.RuntimeIdentifier;
        ColdStartBuild[] builds =
        [
            new(BaselineBuild, "framework-dependent", Path.Combine(output, "jit"), []),
            new("ReadyToRun", $"framework-dependent, {rid}", Path.Combine(output, "r2r"),
                ["-r", rid, "--self-contained", "false", "-p:PublishReadyToRun=true"]),
            new("Native AOT", rid, Path.Combine(output, "aot"), ["-r", rid, "-p:PublishAot=true"]),
        ];

        foreach (ColdStartBuild build in builds)
        {
            if (publish && !await PublishAsync(project, build).ConfigureAwait(false))
            {
                return 1;
            }

            if (!File.Exists(build.Executable))
            {
                Console.Error.WriteLine($"{build.Executable} is missing: run without --no-publish first.");
                return 1;
            }
        }

        byte[] answer = Payloads.Utf8(Payloads.CibaCompleteResponse());
        await using AuthleteStandIn authlete = await AuthleteStandIn.StartAsync(
            ColdStartService.ServiceId, ColdStartService.ServiceAccessToken,
            new Dictionary<string, byte[]> { [ColdStartService.Api] = answer }).ConfigureAwait(false);
        string baseAddress = authlete.BaseAddress.ToString();

        var rows = new List<Row>();
        foreach (ColdStartBuild build in builds)
        {
            rows.AddRange(Modes.Select(mode => new Row(build, mode)));
        }

        string started = Now();
        Console.WriteLine($"Cold start: {rows.Count} rows (3 builds x {Modes.Length} modes), {runs} runs each after 1 warm-up, " +
                          $"alternating; stand-in Authlete {baseAddress} (answer {answer.Length} bytes); " +
                          $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
        var failures = new List<string>();
        for (int run = 0; run <= runs; run++)
        {
            for (int i = 0; i < rows.Count; i++)
            {
                Row row = rows[(i + run) % rows.Count];
                long callsBefore = authlete.Calls;
                (double ms, string? failure) = await RunOnceAsync(row, baseAddress).ConfigureAwait(false);
                long calls = authlete.Calls - callsBefore;
                failure ??= calls == 1 ? null : $"{calls} calls reached the stand-in instead of 1";
                if (failure is not null)
                {
                    failures.Add($"{row.Build.Name} {row.Mode}, run {run}: {failure}");
                }
                else if (run > 0)
                {
                    row.Milliseconds.Add(ms);
                }
            }

            Console.Error.Write(run == 0 ? "warm-up done" : string.Create(CultureInfo.InvariantCulture, $" {run}"));
        }

        Console.Error.WriteLine();
        Console.WriteLine($"Runs from {started} to {Now()}.");
        Console.WriteLine();
        Print(rows, builds);
        foreach (string failure in failures.Take(20))
        {
            Console.WriteLine("FAILED " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task<bool> PublishAsync(string project, ColdStartBuild build)
    {
        if (Directory.Exists(build.Folder))
        {
            Directory.Delete(build.Folder, recursive: true);
        }

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])["publish", project, "-c", "Release", "-o", build.Folder, "--nologo", .. build.PublishArguments])
        {
            info.ArgumentList.Add(argument);
        }

        Console.WriteLine($"Publishing {build.Name}: dotnet {string.Join(' ', info.ArgumentList)}");
        long started = Stopwatch.GetTimestamp();
        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(await stdout.ConfigureAwait(false));
            Console.Error.WriteLine(await stderr.ConfigureAwait(false));
            Console.Error.WriteLine($"Publishing {build.Name} failed (exit code {process.ExitCode}).");
            return false;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  done in {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s"));
        return true;
    }

    /// <summary>One process: wall time from start to exit, and why it failed, if it did.</summary>
    private static async Task<(double Milliseconds, string? Failure)> RunOnceAsync(Row row, string baseAddress)
    {
        var info = new ProcessStartInfo(row.Build.Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(row.Mode);
        info.ArgumentList.Add(baseAddress);

        // A framework-dependent apphost finds the runtime this harness runs on, wherever it is installed.
        info.Environment["DOTNET_ROOT"] = DotnetRoot();
        using var timeout = new CancellationTokenSource(RunTimeout);
        long started = Stopwatch.GetTimestamp();
        using Process process = Process.Start(info)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        Task<string> stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (0, $"no exit within {RunTimeout.TotalSeconds} s");
        }

        double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        string output = ((await stdout.ConfigureAwait(false)) + (await stderr.ConfigureAwait(false))).Trim();
        return process.ExitCode == 0 ? (ms, null) : (ms, $"exit code {process.ExitCode}: {output}");
    }

    private static void Print(List<Row> rows, ColdStartBuild[] builds)
    {
        Row baseline = rows.Single(r => r.Build.Name == BaselineBuild && r.Mode == BaselineMode);
        double baselineMedian = Median(baseline.Milliseconds);
        double baselineMin = Min(baseline.Milliseconds);
        Console.WriteLine("| Build | Mode | Runs | Median (ms) | p90 (ms) | Min (ms) | Median / JIT raw | Min / JIT raw |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (Row row in rows)
        {
            double median = Median(row.Milliseconds);
            double min = Min(row.Milliseconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Build.Name} | {row.Mode} | {row.Milliseconds.Count} | {median:F1} | {Percentile(row.Milliseconds, 0.90):F1} | " +
                $"{min:F1} | {median / baselineMedian:F2} | {min / baselineMin:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine("| Build | Published | Size without symbols (bytes) | Files | Size / JIT |");
        Console.WriteLine("| --- | --- | ---: | ---: | ---: |");
        long jitSize = Size(builds[0].Folder).Bytes;
        foreach (ColdStartBuild build in builds)
        {
            (long bytes, int files) = Size(build.Folder);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {build.Name} | {build.Kind} | {bytes:N0} | {files} | {(double)bytes / jitSize:F2} |"));
        }

        Console.WriteLine();
        Console.WriteLine("Framework-dependent builds also need the shared runtime (Microsoft.NETCore.App and Microsoft.AspNetCore.App) on the machine.");
    }

    /// <summary>What is deployed: every published file but the debugging symbols (<c>.pdb</c>, <c>.dbg</c>).</summary>
    private static (long Bytes, int Files) Size(string folder)
    {
        FileInfo[] files = [.. new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.Extension is not ".pdb" and not ".dbg")];
        return (files.Sum(f => f.Length), files.Length);
    }

    private static double Median(List<double> values) => Percentile(values, 0.50);

    private static double Min(List<double> values) => values.Count == 0 ? double.NaN : values.Min();

    /// <summary>Nearest rank.</summary>
    private static double Percentile(List<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        double[] sorted = [.. values.Order()];
        return sorted[(int)Math.Clamp(Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The root of the runtime this harness runs on (…/shared/Microsoft.NETCore.App/&lt;version&gt;/ is three levels below it).</summary>
    private static string DotnetRoot()
        => Environment.GetEnvironmentVariable("DOTNET_ROOT")
           ?? Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string RepositoryRoot()
    {
        foreach (string start in (string[])[Directory.GetCurrentDirectory(), AppContext.BaseDirectory])
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Authlete.Sdk.sln")))
                {
                    return directory.FullName;
                }
            }
        }

        throw new InvalidOperationException("Authlete.Sdk.sln not found above the current directory or the program.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>One publish of the program.</summary>
    private sealed record ColdStartBuild(string Name, string Kind, string Folder, string[] PublishArguments)
    {
        public string Executable => Path.Combine(Folder, OperatingSystem.IsWindows() ? "ColdStart.exe" : "ColdStart");
    }

    /// <summary>One build run one way, and its measured runs.</summary>
    private sealed record Row(ColdStartBuild Build, string Mode)
    {
        public List<double> Milliseconds { get; } = [];
    }
}
