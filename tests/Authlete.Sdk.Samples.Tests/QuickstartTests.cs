using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;
using Authlete.Samples.Quickstart;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The README's first command, `dotnet run --project samples/Quickstart`, run in-process.</summary>
public sealed class QuickstartTests
{
    [Fact]
    public async Task Every_flow_of_the_quickstart_ends_as_expected()
    {
        using var output = new StringWriter();

        int exitCode = await ScriptedClient.RunAsync(output);

        string text = output.ToString();
        exitCode.Should().Be(0, text);
        text.Should().Contain("All 7 flows ended as expected.").And.NotContain("✘");
        foreach (string flow in (string[])["CIBA poll", "CIBA ping", "CIBA push", "CIBA poll, denied", "CIBA unknown user", "Device flow", "Device flow, denied"])
        {
            text.Should().Contain($"\n{flow}: ✔ ", text);
        }

        text.Should().Contain("CIBA poll: client POST /backchannel/authentication").And.Contain("→ 200 auth_req_id=");
        text.Should().Contain("CIBA poll, denied: client POST /token (ciba grant) → 400 error=access_denied");
        text.Should().Contain("CIBA push: client received POST /cb → 204 Authorization: Bearer (our client_notification_token)");
        text.Should().Contain("Device flow: user POST /device → 200 page \"approved\"");
    }

    [Fact]
    public async Task The_quickstart_never_prints_a_secret_or_a_whole_token()
    {
        using var output = new StringWriter();

        await ScriptedClient.RunAsync(output);

        string text = output.ToString();
        foreach (DemoClient client in (DemoClient[])[DemoClients.Poll, DemoClients.Ping, DemoClients.Push])
        {
            text.Should().NotContain(client.ClientSecret!);
        }

        Regex.Matches(text, @"(?:access_token|refresh_token|id_token|auth_req_id|device_code|client_notification_token)=([^\s)]*)")
            .Should().NotBeEmpty()
            .And.OnlyContain(m => m.Groups[1].Value.EndsWith('…') && m.Groups[1].Value.Length <= 7, "credentials are abbreviated to six characters");
    }
}
