using System.Diagnostics;
using System.Runtime.InteropServices;
using Authlete.Samples.AuthorizationServer;
using Authlete.Sdk.Samples.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>
/// One headless Chromium and one sample server (embedded fake) for the browser tests. The browser is found or obtained
/// here, once per test run, so that <c>dotnet test</c> passes on a fresh machine with only the .NET SDK:
/// <list type="number">
/// <item>the executable named by <c>CHROMIUM_PATH</c>, when set (nothing else is tried then);</item>
/// <item>a Chromium or Chrome on PATH or at its usual place;</item>
/// <item>Playwright's own browser, when <c>playwright install chromium</c> was run;</item>
/// <item><c>playwright install chromium</c> now, where the machine can download it (bounded in time);</item>
/// <item>Debian's <c>chromium</c> package (<c>apt-get install chromium</c>), when running as root where apt exists.</item>
/// </list>
/// When none works the tests fail, never skip, with a message that lists what was tried.
/// </summary>
/// <param name="diagnostics">Where the fixture says which browser it chose (shown with xunit's diagnostic messages).</param>
public sealed class BrowserFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    /// <summary>The environment variable that names the Chromium or Chrome executable to use.</summary>
    public const string ExecutablePathVariable = "CHROMIUM_PATH";

    private static readonly string[] LaunchArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim Gate = new(1, 1);

    // The outcome of the search, shared by every fixture of the run: an executable (null: Playwright's own browser) or a failure.
    private static BrowserChoice? s_choice;

    private IPlaywright? _playwright;

    /// <summary>The browser, headless.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The sample authorization server, on the embedded fake Authlete.</summary>
    public SampleServer Server { get; private set; } = null!;

    /// <summary>Which browser the run uses: an executable's path, or Playwright's own browser.</summary>
    public static string? ChosenBrowser => s_choice?.Description;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Server = await SampleAuthorizationServer.StartAsync(new() { Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } });
        _playwright = await Playwright.CreateAsync();
        await Gate.WaitAsync();
        try
        {
            if (s_choice is null)
            {
                (s_choice, IBrowser? browser) = await ChooseAsync(_playwright);
                diagnostics.OnMessage(new DiagnosticMessage("Browser tests: " + (s_choice.Failure ?? "using " + s_choice.Description)));
                if (browser is not null)
                {
                    Browser = browser;
                    return;
                }
            }

            // Fail, never skip: a missing browser must not turn the browser tests green.
            Browser = s_choice.Failure is null
                ? await LaunchAsync(_playwright, s_choice.ExecutablePath)
                : throw new InvalidOperationException(s_choice.Failure);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    private static async Task<(BrowserChoice Choice, IBrowser? Browser)> ChooseAsync(IPlaywright playwright)
    {
        var tried = new List<string>();
        var launched = new HashSet<string>(StringComparer.Ordinal);

        async Task<IBrowser?> TryAsync(string? executable, string what)
        {
            if (executable is not null && !launched.Add(Path.GetFullPath(executable)))
            {
                return null;   // already tried
            }

            try
            {
                return await LaunchAsync(playwright, executable);
            }
            catch (PlaywrightException exception)
            {
                tried.Add($"{what}: {FirstLine(exception.Message)}");
                return null;
            }
        }

        // 1. An explicit choice is final.
        string? explicitPath = Environment.GetEnvironmentVariable(ExecutablePathVariable);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            IBrowser? chosen = File.Exists(explicitPath) ? await TryAsync(explicitPath, $"{ExecutablePathVariable}={explicitPath}") : null;
            if (chosen is not null)
            {
                return (BrowserChoice.Executable(explicitPath), chosen);
            }

            if (!File.Exists(explicitPath))
            {
                tried.Add($"{ExecutablePathVariable}={explicitPath}: no such file");
            }

            return (BrowserChoice.Failed(FailureMessage(tried, $"{ExecutablePathVariable} names no browser that starts: fix or unset it.")), null);
        }

        // 2. A system Chromium or Chrome.
        foreach (string candidate in SystemBrowserCandidates())
        {
            string? path = SystemPackage.FindProgram(candidate);
            if (path is not null && await TryAsync(path, "system browser " + path) is { } system)
            {
                return (BrowserChoice.Executable(path), system);
            }
        }

        tried.Add("system Chromium/Chrome: none that starts among " + string.Join(", ", SystemBrowserCandidates()));

        // 3. Playwright's own browser, installed earlier.
        if (await TryAsync(null, "Playwright's installed Chromium") is { } own)
        {
            return (BrowserChoice.Playwright(), own);
        }

        // 4. Playwright's download, where the machine reaches it.
        string? installFailure = await PlaywrightInstallAsync();
        if (installFailure is null)
        {
            if (await TryAsync(null, "Playwright's Chromium after 'playwright install chromium'") is { } downloaded)
            {
                return (BrowserChoice.Playwright(), downloaded);
            }
        }
        else
        {
            tried.Add("playwright install chromium: " + installFailure);
        }

        // 5. The distribution's package.
        string? installed = await new SystemPackage("chromium", "chromium", "/usr/bin/chromium").FindOrInstallAsync(tried);
        if (installed is not null && await TryAsync(installed, "Debian's chromium at " + installed) is { } debian)
        {
            return (BrowserChoice.Executable(installed), debian);
        }

        return (BrowserChoice.Failed(FailureMessage(tried, "Install Chromium or Chrome, or set " + ExecutablePathVariable + " to one.")), null);
    }

    private static Task<IBrowser> LaunchAsync(IPlaywright playwright, string? executablePath)
        => playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executablePath,
            Headless = true,
            Args = LaunchArgs,
            Timeout = 30_000,
        });

    private static IEnumerable<string> SystemBrowserCandidates()
    {
        if (OperatingSystem.IsWindows())
        {
            foreach (string root in new[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }.Select(Environment.GetEnvironmentVariable).OfType<string>())
            {
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
            }

            yield return "chrome";
            yield break;
        }

        if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
        }

        yield return "chromium";
        yield return "chromium-browser";
        yield return "google-chrome";
        yield return "google-chrome-stable";
        yield return "/usr/bin/chromium";
        yield return "/usr/lib/chromium/chromium";
        yield return "/snap/bin/chromium";
        yield return "/opt/google/chrome/chrome";
    }

    /// <summary>Runs Playwright's own installer (its driver, shipped in the test output); null when it succeeded.</summary>
    private static async Task<string?> PlaywrightInstallAsync()
    {
        string driver = Path.Combine(AppContext.BaseDirectory, ".playwright");
        string? node = Directory.Exists(Path.Combine(driver, "node"))
            ? Directory.EnumerateDirectories(Path.Combine(driver, "node"))
                .OrderByDescending(folder => Path.GetFileName(folder).Contains(RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64", StringComparison.Ordinal))
                .Select(folder => Path.Combine(folder, OperatingSystem.IsWindows() ? "node.exe" : "node"))
                .FirstOrDefault(File.Exists)
            : null;
        string cli = Path.Combine(driver, "package", "cli.js");
        if (node is null || !File.Exists(cli))
        {
            return "Playwright's driver is not in " + driver;
        }

        var start = new ProcessStartInfo(node) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (string argument in new[] { cli, "install", "chromium" })
        {
            start.ArgumentList.Add(argument);
        }

        // A machine that cannot reach the download host fails at once (name resolution) or after this per-connection timeout.
        start.Environment["PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT"] = "15000";
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return $"did not finish within {InstallTimeout.TotalMinutes} minutes";
        }

        if (process.ExitCode == 0)
        {
            return null;
        }

        string text = (await output + await error).Trim();
        string? reason = text.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.StartsWith("Error:", StringComparison.Ordinal));
        return $"exit {process.ExitCode}: {reason ?? FirstLine(text)}";
    }

    private static string FailureMessage(List<string> tried, string advice)
        => "The browser tests need a headless Chromium and found none that starts. Tried:\n  - " + string.Join("\n  - ", tried) + "\n" + advice;

    private static string FirstLine(string text)
    {
        string line = text.Trim().Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    private sealed record BrowserChoice(string? ExecutablePath, string? Failure, string Description)
    {
        public static BrowserChoice Executable(string path) => new(path, null, path);

        public static BrowserChoice Playwright() => new(null, null, "Playwright's Chromium");

        public static BrowserChoice Failed(string failure) => new(null, failure, "none");
    }
}
