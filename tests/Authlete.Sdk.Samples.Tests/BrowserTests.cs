using Authlete.Samples.AuthorizationServer;
using Microsoft.Playwright;

namespace Authlete.Sdk.Samples.Tests;

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
