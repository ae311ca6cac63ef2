using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Authlete.Sdk.PackageTests;

/// <summary>
/// The packed packages as a user gets them: their declared dependencies, a fresh web app outside the solution that
/// references them by id and version only (net8.0 and net10.0), and the Native AOT sample, which proves the libraries
/// trim- and AOT-warning-free in use.
/// </summary>
public sealed class ConsumerPackageTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private static readonly string[] SdkDependencies =
    [
        "Microsoft.Extensions.Http", "Microsoft.Extensions.Http.Resilience", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options.ConfigurationExtensions",
    ];

    // net8.0: the lowest versions that work together (the Microsoft.Extensions.Http.Resilience 8.10.0 graph sets the floor).
    private static readonly Dictionary<string, string> SdkNet8Versions = new()
    {
        ["Microsoft.Extensions.Http"] = "8.0.1",
        ["Microsoft.Extensions.Http.Resilience"] = "8.10.0",
        ["Microsoft.Extensions.Logging.Abstractions"] = "8.0.2",
        ["Microsoft.Extensions.Options.ConfigurationExtensions"] = "8.0.0",
    };

    [Fact]
    public void Each_package_depends_on_what_it_uses_and_nothing_else_on_the_line_of_each_target_framework()
    {
        Dictionary<string, Dictionary<string, string>> sdk = Dependencies("Authlete.Sdk");
        sdk.Keys.Should().BeEquivalentTo("net8.0", "net10.0");
        sdk["net8.0"].Should().BeEquivalentTo(SdkNet8Versions, "net8.0 assets stay on the 8.0 line, at the lowest versions that work");
        sdk["net10.0"].Keys.Should().BeEquivalentTo(SdkDependencies);
        sdk["net10.0"].Values.Should().AllSatisfy(version => version.Should().StartWith("10.", "net10.0 assets are on the 10.0 line"));

        foreach (string id in new[] { "Authlete.Sdk.AspNetCore", "Authlete.Sdk.Testing" })
        {
            // Over ASP.NET Core's shared framework: Authlete.Sdk and nothing the framework provides.
            Dictionary<string, Dictionary<string, string>> dependencies = Dependencies(id);
            dependencies.Keys.Should().BeEquivalentTo("net8.0", "net10.0");
            dependencies.Values.Should().AllSatisfy(group => group.Should().BeEquivalentTo(new Dictionary<string, string> { ["Authlete.Sdk"] = packages.Version }), id);
            FrameworkReferences(id).Should().BeEquivalentTo(["net8.0: Microsoft.AspNetCore.App", "net10.0: Microsoft.AspNetCore.App"], id);
        }
    }

    [Fact]
    public async Task A_fresh_net8_and_net10_web_app_builds_from_the_packed_packages_and_runs_without_10x_assemblies_on_net8()
    {
        string app = Path.Combine(packages.Work, "app");
        Directory.CreateDirectory(app);
        await File.WriteAllTextAsync(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-packages" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        var references = new StringBuilder();
        foreach (string id in PackedPackages.Ids)
        {
            references.Append("    <PackageReference Include=\"").Append(id).Append("\" Version=\"").Append(packages.Version).AppendLine("\" />");
        }

        string project = Path.Combine(app, "Consumer.csproj");
        await File.WriteAllTextAsync(project, $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
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

        (int buildCode, string buildOutput) = await PackedPackages.RunDotnetAsync(app, "build", project, "-c", "Release");
        buildCode.Should().Be(0, buildOutput);
        buildOutput.Should().Contain(" 0 Warning(s)").And.NotContain(": warning ", "the consumer builds warning-free:\n" + buildOutput);

        // net8.0: Microsoft.Extensions.* come from the 8.0 shared framework or from 8.x packages, never 10.x over them.
        string net8 = Path.Combine(app, "bin", "Release", "net8.0");
        Dictionary<string, string> extensionPackages = DepsJsonLibraries(Path.Combine(net8, "Consumer.deps.json"))
            .Where(library => library.Key.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .ToDictionary();
        extensionPackages.Should().ContainKey("Microsoft.Extensions.Http.Resilience", "not in the shared framework: it comes as a package");
        extensionPackages.Should().AllSatisfy(library => library.Value.Should().StartWith("8.", $"{library.Key} of a net8.0 app"));
        string[] copied = Directory.GetFiles(net8, "Microsoft.Extensions.*.dll");
        copied.Should().Contain(path => Path.GetFileName(path) == "Microsoft.Extensions.Http.Resilience.dll");
        copied.Select(path => (Path.GetFileName(path), FileVersionInfo.GetVersionInfo(path).FileMajorPart))
            .Should().AllSatisfy(file => file.FileMajorPart.Should().Be(8, $"{file.Item1} is copied to a net8.0 app"));

        foreach (string framework in Runnable(["net10.0", "net8.0"]))
        {
            (int runCode, string runOutput) = await PackedPackages.RunDotnetAsync(app, "run", "--project", project, "-c", "Release", "-f", framework, "--no-build");
            runCode.Should().Be(0, runOutput);
            runOutput.Should().Contain("CONSUMER OK on .NET " + framework[3..framework.IndexOf('.', StringComparison.Ordinal)], runOutput);
        }
    }

    [Fact]
    public async Task The_native_aot_sample_publishes_without_trim_or_aot_warnings_and_runs()
    {
        // The sample is built with this project (a project reference); publishing only runs the trimmer and ILCompiler.
        string root = PackedPackages.RepositoryRoot;
        string output = Path.Combine(packages.Work, "aot");

        (int code, string log) = await PackedPackages.RunDotnetAsync(
            root, "publish", Path.Combine(root, "samples", "AotSample", "AotSample.csproj"), "-c", PackedPackages.Configuration, "--no-build", "-o", output);

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

    /// <summary>The frameworks whose ASP.NET Core runtime this machine has (net10.0 always: the tests run on it).</summary>
    private static IEnumerable<string> Runnable(string[] frameworks)
    {
        string runtimes = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", "Microsoft.AspNetCore.App");
        string[] installed = Directory.Exists(runtimes) ? Directory.GetDirectories(runtimes).Select(Path.GetFileName).OfType<string>().ToArray() : [];
        return frameworks.Where(framework => installed.Any(version => version.StartsWith(framework[3..] + ".", StringComparison.Ordinal)));
    }

    /// <summary>The dependency groups of a packed package's nuspec: target framework → package id → version.</summary>
    private Dictionary<string, Dictionary<string, string>> Dependencies(string id)
        => Nuspec(id).Descendants().Where(e => e.Name.LocalName == "group" && e.Parent?.Name.LocalName == "dependencies")
            .ToDictionary(
                group => (string)group.Attribute("targetFramework")!,
                group => group.Elements().ToDictionary(d => (string)d.Attribute("id")!, d => (string)d.Attribute("version")!));

    private IEnumerable<string> FrameworkReferences(string id)
        => Nuspec(id).Descendants().Where(e => e.Name.LocalName == "frameworkReference")
            .Select(e => $"{(string)e.Parent!.Attribute("targetFramework")!}: {(string)e.Attribute("name")!}");

    private XDocument Nuspec(string id)
    {
        using ZipArchive package = ZipFile.OpenRead(packages.PackagePath(id));
        ZipArchiveEntry entry = package.Entries.Single(e => e.FullName == id + ".nuspec");
        using Stream stream = entry.Open();
        return XDocument.Load(stream);
    }

    private static Dictionary<string, string> DepsJsonLibraries(string path)
    {
        using JsonDocument deps = JsonDocument.Parse(File.ReadAllText(path));
        return deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name.Split('/'))
            .ToDictionary(parts => parts[0], parts => parts[1]);
    }
}
