using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;

namespace Authlete.Sdk.PackageTests;

/// <summary>
/// The template package as a user gets it: packed, installed into a template hive of its own (the machine's templates are
/// not touched), instantiated against the freshly packed libraries, built warning-free, and its self-test run: the
/// generated server on the in-memory fake, a device flow and a CIBA poll flow over HTTP, both ending with tokens.
/// </summary>
public sealed class TemplateTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string TemplateId = "Authlete.Sdk.Templates";

    private static string TemplateProject => Path.Combine(PackedPackages.RepositoryRoot, "templates", TemplateId, TemplateId + ".csproj");

    private static string TemplateJson => Path.Combine(PackedPackages.RepositoryRoot, "templates", TemplateId, "content", "AuthleteServer", ".template.config", "template.json");

    [Fact]
    public void The_templates_SdkVersion_defaults_to_the_version_the_repository_ships()
    {
        string versionPrefix = XDocument.Load(Path.Combine(PackedPackages.RepositoryRoot, "Directory.Build.props"))
            .Descendants("VersionPrefix").Single().Value;
        using JsonDocument template = JsonDocument.Parse(File.ReadAllText(TemplateJson));
        JsonElement root = template.RootElement;

        root.GetProperty("shortName").GetString().Should().Be("authlete-server");
        root.GetProperty("sourceName").GetString().Should().Be("AuthleteServer");
        root.GetProperty("symbols").GetProperty("SdkVersion").GetProperty("defaultValue").GetString()
            .Should().Be(versionPrefix, "the template references the packages of the same release by default");
    }

    [Fact]
    public async Task The_packed_template_creates_a_server_that_builds_warning_free_and_passes_its_self_test_over_http()
    {
        string work = Path.Combine(packages.Work, "template");
        string packed = Path.Combine(work, "package");
        string hive = Path.Combine(work, "hive");
        string apps = Path.Combine(work, "apps");
        Directory.CreateDirectory(apps);

        // 1. Pack: a template package holding the template and nothing else.
        (int packCode, string packOutput) = await PackedPackages.RunDotnetAsync(
            PackedPackages.RepositoryRoot, "pack", TemplateProject, "-c", PackedPackages.Configuration, "-o", packed, $"-p:Version={packages.Version}");
        packCode.Should().Be(0, packOutput);
        packOutput.Should().NotContainEquivalentOf("warning", "packing must be warning-free:\n" + packOutput);
        string package = Path.Combine(packed, $"{TemplateId}.{packages.Version}.nupkg");
        AssertTemplatePackage(package);

        // 2. Install into a hive of its own, then instantiate with a dotted name (namespace and project file follow it).
        (int installCode, string installOutput) = await PackedPackages.RunDotnetAsync(work, "new", "install", package, "--debug:custom-hive", hive);
        installCode.Should().Be(0, installOutput);
        installOutput.Should().Contain("authlete-server");

        string app = Path.Combine(apps, "Contoso.Auth");
        (int newCode, string newOutput) = await PackedPackages.RunDotnetAsync(
            apps, "new", "authlete-server", "-n", "Contoso.Auth", "-o", app, "--SdkVersion", packages.Version, "--debug:custom-hive", hive);
        newCode.Should().Be(0, newOutput);
        string project = Path.Combine(app, "Contoso.Auth.csproj");
        File.Exists(project).Should().BeTrue(newOutput);
        string projectXml = await File.ReadAllTextAsync(project);
        projectXml.Should().Contain($"<AuthleteSdkVersion>{packages.Version}</AuthleteSdkVersion>")
            .And.Contain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .And.Contain("<Nullable>enable</Nullable>");
        (await File.ReadAllTextAsync(Path.Combine(app, "Server.cs"))).Should().Contain("namespace Contoso.Auth;");

        // 3. Build from the local feed only (the packed libraries of this run), warnings as errors.
        await File.WriteAllTextAsync(Path.Combine(apps, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local-packages" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        (int buildCode, string buildOutput) = await PackedPackages.RunDotnetAsync(app, "build", project, "-c", "Release");
        buildCode.Should().Be(0, buildOutput);
        buildOutput.Should().Contain(" 0 Warning(s)").And.NotContain(": warning ", "the generated project builds warning-free:\n" + buildOutput);

        // 4. The self-test: the server on 127.0.0.1 and the fake; both flows over HTTP; no secret printed.
        string secret = RandomNumberGenerator.GetHexString(32);
        (int runCode, string runOutput) = await PackedPackages.RunDotnetAsync(
            app, "run", "--project", project, "-c", "Release", "--no-build", "--", "--self-test", $"--LocalAuthlete:CibaClientSecret={secret}");
        runCode.Should().Be(0, runOutput);
        runOutput.Should().Contain("Device flow: ✔ tokens")
            .And.Contain("CIBA poll: ✔ tokens")
            .And.Contain("Self-test passed: both flows ended with tokens.")
            .And.Contain("on the in-memory fake Authlete");
        runOutput.Should().NotContain(secret, "the CIBA client's secret is never printed");
    }

    /// <summary>A template package: package type Template, no dependencies, no assembly, the template's files only.</summary>
    private static void AssertTemplatePackage(string path)
    {
        using ZipArchive zip = ZipFile.OpenRead(path);
        string[] entries = [.. zip.Entries.Select(e => e.FullName)];
        entries.Should().Contain("content/AuthleteServer/.template.config/template.json")
            .And.Contain("content/AuthleteServer/AuthleteServer.csproj")
            .And.Contain("content/AuthleteServer/Program.cs");
        entries.Should().NotContain(e => e.StartsWith("lib/", StringComparison.Ordinal), "a template package carries no assembly")
            .And.NotContain(e => e.Contains("/bin/", StringComparison.Ordinal) || e.Contains("/obj/", StringComparison.Ordinal));

        using Stream stream = zip.Entries.Single(e => e.FullName == TemplateId + ".nuspec").Open();
        XDocument nuspec = XDocument.Load(stream);
        nuspec.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string?)e.Attribute("name"))
            .Should().Equal("Template");
        nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Should().BeEmpty();
    }
}
