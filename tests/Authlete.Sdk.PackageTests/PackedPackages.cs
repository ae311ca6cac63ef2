using System.Diagnostics;
using System.Reflection;

namespace Authlete.Sdk.PackageTests;

/// <summary>
/// The three libraries packed once for the package tests, into a local folder feed, with a version no earlier run used
/// (so that no cached package of the same version can stand in for this build). Packing must be warning-free and produce
/// a symbol package next to each package.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    /// <summary>The package ids, in dependency order.</summary>
    public static readonly string[] Ids = ["Authlete.Sdk", "Authlete.Sdk.AspNetCore", "Authlete.Sdk.Testing"];

    /// <summary>A temporary folder for this run; <see cref="Feed"/> is inside it.</summary>
    public string Work { get; } = Path.Combine(Path.GetTempPath(), "authlete-consumer-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>The folder feed that holds the packages.</summary>
    public string Feed => Path.Combine(Work, "feed");

    /// <summary>The version of the packed packages (unique also between the fixtures of one run: each test class has its own).</summary>
    public string Version { get; } = $"0.0.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}.r{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The repository root.</summary>
    public static string RepositoryRoot => Metadata("RepositoryRoot");

    /// <summary>The configuration the solution was built with (the libraries are packed from that build).</summary>
    public static string Configuration => Metadata("Configuration");

    /// <summary>The path of a packed package.</summary>
    public string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        foreach (string id in Ids)
        {
            string project = Path.Combine(RepositoryRoot, "src", id, id + ".csproj");
            (int code, string output) = await RunDotnetAsync(RepositoryRoot, "pack", project, "-c", Configuration, "--no-build", "-o", Feed, $"-p:Version={Version}");
            code.Should().Be(0, output);
            output.Should().NotContainEquivalentOf("warning", "packing must be warning-free:\n" + output);
            File.Exists(PackagePath(id)).Should().BeTrue(output);
            File.Exists(Path.Combine(Feed, $"{id}.{Version}.snupkg")).Should().BeTrue(output);
        }
    }

    /// <inheritdoc/>
    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does no harm.
        }

        return Task.CompletedTask;
    }

    /// <summary>Runs the dotnet CLI outside this test host's MSBuild state; the exit code and all it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunDotnetAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Keep the child build out of this repository's Directory.Build.props and away from the test host's MSBuild state.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'dotnet {string.Join(' ', arguments)}' did not finish within 5 minutes.");
        }

        return (process.ExitCode, await output + await error);
    }

    private static string Metadata(string key)
        => typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
