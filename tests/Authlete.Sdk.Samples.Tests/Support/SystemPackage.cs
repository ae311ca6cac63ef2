using System.Collections.Concurrent;
using System.Diagnostics;

namespace Authlete.Sdk.Samples.Tests.Support;

/// <summary>
/// A Debian package that tests need on the machine (a browser, a server): finds its program, and installs the package
/// with <c>apt-get</c> when the program is missing and this process may (it runs as root and <c>apt-get</c> exists),
/// so that <c>dotnet test</c> passes on a fresh machine with only the .NET SDK.
/// </summary>
/// <remarks>
/// A package is installed at most once per test run: concurrent and later callers share the first attempt and its
/// outcome. Installs in this process run one at a time; <c>apt-get</c> waits for another process's lock
/// (<c>DPkg::Lock::Timeout</c>) instead of failing. Nothing here skips a test: a caller that cannot get its program fails
/// with a message that says what was tried.
/// </remarks>
internal sealed class SystemPackage
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<InstallOutcome>>> Installs = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim AptGate = new(1, 1);
    private static readonly TimeSpan AptTimeout = TimeSpan.FromMinutes(10);
    private static readonly string[] Apt = ["/usr/bin/apt-get", "/bin/apt-get"];

    /// <summary>Describes a package and the programs it provides.</summary>
    /// <param name="name">The Debian package name, as given to <c>apt-get install</c>.</param>
    /// <param name="programs">The programs to look for, in order: a name looked up on PATH, or an absolute path.</param>
    public SystemPackage(string name, params string[] programs)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (programs.Length == 0)
        {
            throw new ArgumentException("Name at least one program of the package.", nameof(programs));
        }

        Name = name;
        Programs = programs;
    }

    /// <summary>The Debian package name.</summary>
    public string Name { get; }

    /// <summary>The programs looked for, in order (names on PATH or absolute paths).</summary>
    public IReadOnlyList<string> Programs { get; }

    /// <summary>
    /// Why this process cannot install Debian packages (not Linux, not root, no <c>apt-get</c>), or <see langword="null"/>
    /// when it can.
    /// </summary>
    public static string? CannotInstallReason
    {
        get
        {
            if (!OperatingSystem.IsLinux())
            {
                return "not Linux";
            }

            if (!Apt.Any(File.Exists))
            {
                return "no apt-get on this machine";
            }

            return IsRoot() ? null : "not running as root";
        }
    }

    /// <summary>The full path of the first of <see cref="Programs"/> that exists, or <see langword="null"/>.</summary>
    public string? Find() => Programs.Select(FindProgram).FirstOrDefault(path => path is not null);

    /// <summary>
    /// The full path of an executable file: <paramref name="nameOrPath"/> itself when it is a path, else the first match
    /// on PATH; <see langword="null"/> when there is none.
    /// </summary>
    public static string? FindProgram(string nameOrPath)
    {
        if (Path.IsPathRooted(nameOrPath))
        {
            return File.Exists(nameOrPath) ? nameOrPath : null;
        }

        string[] extensions = OperatingSystem.IsWindows() ? [".exe", ""] : [""];
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string extension in extensions)
            {
                string candidate = Path.Combine(folder, nameOrPath + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The program's full path: found as it is, or after installing the package. Throws, saying what was tried, when
    /// neither works.
    /// </summary>
    public async Task<string> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var tried = new List<string>();
        string? path = await FindOrInstallAsync(tried, cancellationToken);
        return path ?? throw new InvalidOperationException(
            $"This test needs the Debian package '{Name}' ({string.Join(", ", Programs)}) and could not get it. Tried:\n  - " +
            string.Join("\n  - ", tried) + $"\nInstall it ('apt-get install {Name}') and run the tests again.");
    }

    /// <summary>
    /// The program's full path, found as it is or after installing the package; <see langword="null"/> when neither
    /// works. Each step taken is added to <paramref name="tried"/>, for the caller's failure message.
    /// </summary>
    public async Task<string?> FindOrInstallAsync(ICollection<string> tried, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tried);
        string? path = Find();
        if (path is not null)
        {
            return path;
        }

        tried.Add($"{string.Join(", ", Programs)}: not found (PATH: {Environment.GetEnvironmentVariable("PATH")})");
        string? reason = CannotInstallReason;
        if (reason is not null)
        {
            tried.Add($"apt-get install {Name}: not possible here ({reason})");
            return null;
        }

        // Once per run and package; a canceled caller does not cancel the install that others may wait for.
        InstallOutcome outcome = await Installs.GetOrAdd(Name, name => new Lazy<Task<InstallOutcome>>(() => InstallAsync(name)))
            .Value.WaitAsync(cancellationToken);
        tried.Add($"apt-get install {Name}: {outcome.Description}");
        path = Find();
        if (path is null && outcome.Succeeded)
        {
            tried.Add($"{string.Join(", ", Programs)}: still not found after the install");
        }

        return path;
    }

    private static async Task<InstallOutcome> InstallAsync(string name)
    {
        await AptGate.WaitAsync();
        try
        {
            string apt = Apt.First(File.Exists);
            // Package lists are empty on a fresh machine and stale on an old one: refresh them first.
            (int updateCode, string updateOutput) = await RunAsync(apt, ["-o", "DPkg::Lock::Timeout=300", "update", "-qq"]);
            if (updateCode != 0)
            {
                return new(false, $"'apt-get update' failed (exit {updateCode}): {Tail(updateOutput)}");
            }

            (int code, string output) = await RunAsync(apt, ["-o", "DPkg::Lock::Timeout=300", "install", "-y", "-qq", name]);
            return code == 0
                ? new(true, "installed")
                : new(false, $"failed (exit {code}): {Tail(output)}");
        }
        catch (Exception exception) when (exception is TimeoutException or System.ComponentModel.Win32Exception or IOException)
        {
            return new(false, exception.Message);
        }
        finally
        {
            AptGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";

        // A package's scripts must not start a system-wide service (a redis-server, say): the tests start their own.
        start.Environment["RUNLEVEL"] = "1";
        using Process process = Process.Start(start)!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(AptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program} {string.Join(' ', arguments)}' did not finish within {AptTimeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, await output + await error);
    }

    private static bool IsRoot()
    {
        // Effective user id, the second field of the "Uid:" line (no native call needed).
        string? uid = File.ReadLines("/proc/self/status").FirstOrDefault(line => line.StartsWith("Uid:", StringComparison.Ordinal));
        string[] fields = uid?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];
        return fields.Length > 2 && fields[2] == "0";
    }

    private static string Tail(string output)
    {
        string trimmed = output.Trim();
        return trimmed.Length <= 600 ? trimmed : "…" + trimmed[^600..];
    }

    private sealed record InstallOutcome(bool Succeeded, string Description);
}
