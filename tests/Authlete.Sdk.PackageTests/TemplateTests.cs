using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace Authlete.Sdk.PackageTests;

/// <summary>
/// The template package as a user gets it: packed, installed into a template hive of its own (the machine's templates are
/// not touched), instantiated against the freshly packed libraries, built warning-free, and its self-test run: the
/// generated server on the in-memory fake, a device flow and a CIBA poll flow over HTTP, both ending with tokens; then
/// the same server on a configured Authlete service.
/// </summary>
public sealed class TemplateTests(PackedPackages packages) : IClassFixture<PackedPackages>
{
    private const string TemplateId = "Authlete.Sdk.Templates";

    private const string AppName = "Contoso.Auth";

    // The generated project, shared by the tests of one fixture (xunit runs a class's tests one after another).
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Version, string App)? s_generated;

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
        string app = await GeneratedAppAsync();

        // The server on 127.0.0.1 and the fake; both flows over HTTP; no secret printed.
        string secret = RandomNumberGenerator.GetHexString(32);
        (int runCode, string runOutput) = await PackedPackages.RunDotnetAsync(
            app, "run", "--project", Path.Combine(app, AppName + ".csproj"), "-c", "Release", "--no-build", "--", "--self-test",
            $"--LocalAuthlete:CibaClientSecret={secret}");
        runCode.Should().Be(0, runOutput);
        runOutput.Should().Contain("Device flow: ✔ tokens")
            .And.Contain("CIBA poll: ✔ tokens")
            .And.Contain("Self-test passed: both flows ended with tokens.")
            .And.Contain("on the in-memory fake Authlete");
        runOutput.Should().NotContain(secret, "the CIBA client's secret is never printed");
    }

    [Fact]
    public async Task The_generated_server_calls_the_configured_Authlete_service_and_its_pages_need_a_signed_in_user_there()
    {
        string app = await GeneratedAppAsync();
        string serviceAccessToken = RandomNumberGenerator.GetHexString(32);
        int authletePort = FreePort();   // nothing listens there: the service is unreachable, which the server must say
        int port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = app,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string argument in (string[])[Path.Combine(app, "bin", "Release", "net10.0", AppName + ".dll"), "--urls", baseAddress.ToString()])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Authlete__ServiceId"] = "715948317";
        start.Environment["Authlete__ServiceAccessToken"] = serviceAccessToken;
        start.Environment["Authlete__BaseAddress"] = $"https://127.0.0.1:{authletePort}";
        var output = new StringBuilder();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using Process process = new() { StartInfo = start };
        DataReceivedEventHandler collect = (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Now listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            Task exited = process.WaitForExitAsync();
            Task first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(1)));
            first.Should().BeSameAs(listening.Task, "the server starts on the configured service:\n" + Output(output));

            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) };
            (await http.GetStringAsync(new Uri("/", UriKind.Relative))).Should().Contain("your Authlete service");

            // No sign-in is configured: on a real service nobody may act as a user.
            (await http.GetAsync(new Uri("/device", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
            (await http.GetAsync(new Uri("/ciba", UriKind.Relative))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);

            // The protocol endpoints go to the configured service; unreachable, it is an OAuth server_error, not a fake's answer.
            using HttpResponseMessage device = await http.PostAsync(new Uri("/device_authorization", UriKind.Relative),
                new FormUrlEncodedContent([new("client_id", "local-device"), new("scope", "openid")]));
            string body = await device.Content.ReadAsStringAsync();
            ((int)device.StatusCode).Should().BeGreaterThanOrEqualTo(500, body);
            body.Should().Contain("server_error");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        string log = Output(output);
        log.Should().Contain($"BaseAddress = https://127.0.0.1:{authletePort}/", "the log names the service it uses")
            .And.NotContain("in-memory fake")
            .And.NotContain(serviceAccessToken, "the service access token is never logged");
    }

    /// <summary>
    /// The template packed, installed into a hive of its own and instantiated (with a dotted name) against the packed
    /// libraries, then built warning-free from the local feed; once per fixture. Returns the project's folder.
    /// </summary>
    private async Task<string> GeneratedAppAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (s_generated is { } done && done.Version == packages.Version)
            {
                return done.App;
            }

            string app = await CreateAppAsync();
            s_generated = (packages.Version, app);
            return app;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<string> CreateAppAsync()
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

        string app = Path.Combine(apps, AppName);
        (int newCode, string newOutput) = await PackedPackages.RunDotnetAsync(
            apps, "new", "authlete-server", "-n", AppName, "-o", app, "--SdkVersion", packages.Version, "--no-update-check", "--debug:custom-hive", hive);
        newCode.Should().Be(0, newOutput);
        string project = Path.Combine(app, AppName + ".csproj");
        File.Exists(project).Should().BeTrue(newOutput);
        string projectXml = await File.ReadAllTextAsync(project);
        projectXml.Should().Contain($"<AuthleteSdkVersion>{packages.Version}</AuthleteSdkVersion>")
            .And.Contain("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>")
            .And.Contain("<Nullable>enable</Nullable>");
        (await File.ReadAllTextAsync(Path.Combine(app, "Server.cs"))).Should().Contain($"namespace {AppName};");

        // 3. Build from the local feed (the packed libraries of this run), warnings as errors.
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
        return app;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Output(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
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
