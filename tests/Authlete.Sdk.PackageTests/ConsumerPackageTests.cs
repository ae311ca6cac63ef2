using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Authlete.Sdk.PackageTests;

/// <summary>
/// Packs Authlete.Sdk, Authlete.Sdk.AspNetCore and Authlete.Sdk.Testing into a local folder, then builds and runs a fresh
/// project outside the solution that references them by id and version only, and runs a CIBA and a device flow.
/// Also publishes the Native AOT sample and runs it, which proves the libraries trim- and AOT-warning-free in use.
/// </summary>
public sealed class ConsumerPackageTests : IDisposable
{
    private static readonly string[] Packages = ["Authlete.Sdk", "Authlete.Sdk.AspNetCore", "Authlete.Sdk.Testing"];
    private readonly string _work = Path.Combine(Path.GetTempPath(), "authlete-consumer-" + Guid.NewGuid().ToString("N")[..8]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does no harm.
        }
    }

    [Fact]
    public async Task A_fresh_project_runs_ciba_and_device_flows_from_the_packed_packages()
    {
        string root = Metadata("RepositoryRoot");
        string configuration = Metadata("Configuration");
        string feed = Path.Combine(_work, "feed");
        string app = Path.Combine(_work, "app");
        Directory.CreateDirectory(app);
        // A version no earlier run used, so that no cached package of the same version can stand in for this build.
        string version = $"0.0.0-consumer.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

        foreach (string package in Packages)
        {
            string project = Path.Combine(root, "src", package, package + ".csproj");
            (int code, string output) = await RunAsync(root, "pack", project, "-c", configuration, "--no-build", "-o", feed, $"-p:Version={version}");
            code.Should().Be(0, output);
            output.Should().NotContainEquivalentOf("warning", "packing must be warning-free:\n" + output);
            File.Exists(Path.Combine(feed, $"{package}.{version}.nupkg")).Should().BeTrue(output);
            File.Exists(Path.Combine(feed, $"{package}.{version}.snupkg")).Should().BeTrue(output);
        }

        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-packages" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var references = new StringBuilder();
        foreach (string package in Packages)
        {
            references.Append("    <PackageReference Include=\"").Append(package).Append("\" Version=\"").Append(version).AppendLine("\" />");
        }

        await File.WriteAllTextAsync(Path.Combine(app, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
            {references}  </ItemGroup>
            </Project>
            """);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs.txt"), Path.Combine(app, "Program.cs"));

        (int runCode, string runOutput) = await RunAsync(app, "run", "--project", Path.Combine(app, "Consumer.csproj"), "-c", "Release");

        runCode.Should().Be(0, runOutput);
        runOutput.Should().Contain("CONSUMER OK");
    }

    [Fact]
    public async Task The_native_aot_sample_publishes_without_trim_or_aot_warnings_and_runs()
    {
        // The sample is built with this project (a project reference); publishing only runs the trimmer and ILCompiler.
        string root = Metadata("RepositoryRoot");
        string output = Path.Combine(_work, "aot");

        (int code, string log) = await RunAsync(
            root, "publish", Path.Combine(root, "samples", "AotSample", "AotSample.csproj"), "-c", Metadata("Configuration"), "--no-build", "-o", output);

        code.Should().Be(0, log);
        log.Should().NotContainEquivalentOf("warning", "trimming and Native AOT analysis must be warning-free:\n" + log);
        string executable = Path.Combine(output, "AotSample");
        File.Exists(executable).Should().BeTrue(log);
        File.Exists(Path.Combine(output, "Authlete.Sdk.dll")).Should().BeFalse("a Native AOT build is one native file");

        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        using Process process = Process.Start(start)!;
        string stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, stdout);
        stdout.Should().Contain("action:           OK");
    }

    private static string Metadata(string key)
        => typeof(ConsumerPackageTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, params string[] arguments)
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
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
