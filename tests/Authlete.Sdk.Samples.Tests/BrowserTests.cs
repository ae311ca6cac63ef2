using Authlete.Samples.AuthorizationServer;
using Microsoft.Playwright;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>One headless Chromium and one sample server (embedded fake) for the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The system Chromium (Debian's package, installed by .ci/setup); CHROMIUM_PATH overrides it.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public SampleServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            // Fail, never skip: a missing browser must not turn the browser tests green.
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath} and it is missing. Install it with " +
                "'apt-get install chromium' (bash .ci/setup does), or set CHROMIUM_PATH to a Chromium or Chrome executable.");
        }

        Server = await SampleAuthorizationServer.StartAsync(new() { Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" } });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

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
}

/// <summary>The device verification page in a real (headless) browser, while the device polls the token endpoint.</summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_person_enters_the_code_and_approves_and_the_polling_device_gets_tokens()
    {
        using var device = new DeviceClient(fixture.Server.BaseAddress);
        await device.StartAsync();
        using var cts = new CancellationTokenSource(Timeout);
        Task<(int Status, System.Text.Json.Nodes.JsonObject Body)> polling = device.PollForTokensAsync(cts.Token);   // the TV polls meanwhile
        IPage page = await NewPageAsync();

        await page.GotoAsync(device.VerificationUri.ToString());
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-page", "enter-code");
        await page.GetByLabel("Code").FillAsync(device.UserCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-page", "consent");
        await Assertions.Expect(page.Locator("#client")).ToHaveTextAsync(DemoClients.Tv.Name);
        await Assertions.Expect(page.Locator("#scopes li")).ToHaveTextAsync(["openid", "profile"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-page", "approved");

        (int status, var tokens) = await polling;
        status.Should().Be(200, tokens.ToJsonString());
        tokens["access_token"]!.GetValue<string>().Should().NotBeEmpty();
        DeviceClient.SubjectOf(tokens["id_token"]!.GetValue<string>()).Should().Be(DemoUsers.SignedInUser);
    }

    [Fact]
    public async Task A_person_denies_and_the_polling_device_gets_access_denied()
    {
        using var device = new DeviceClient(fixture.Server.BaseAddress);
        await device.StartAsync();
        using var cts = new CancellationTokenSource(Timeout);
        Task<(int Status, System.Text.Json.Nodes.JsonObject Body)> polling = device.PollForTokensAsync(cts.Token);
        IPage page = await NewPageAsync();

        await page.GotoAsync(device.VerificationUri.ToString());
        await page.GetByLabel("Code").FillAsync($"  {device.UserCode.ToLowerInvariant()} ");   // typed sloppily: still accepted
        await page.GetByLabel("Code").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#client")).ToHaveTextAsync(DemoClients.Tv.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Deny" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToHaveAttributeAsync("data-page", "denied");

        (int status, var answer) = await polling;
        status.Should().Be(400);
        answer["error"]!.GetValue<string>().Should().Be("access_denied");
    }

    [Fact]
    public async Task A_mistyped_code_is_shown_as_invalid()
    {
        IPage page = await NewPageAsync();

        await page.GotoAsync(new Uri(fixture.Server.BaseAddress, "device").ToString());
        await page.GetByLabel("Code").FillAsync("BCDF-GHJK");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code is not valid");
    }

    private async Task<IPage> NewPageAsync()
    {
        IBrowserContext context = await fixture.Browser.NewContextAsync();   // closed with the browser
        IPage page = await context.NewPageAsync();
        page.SetDefaultTimeout(10_000);
        return page;
    }
}
