using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;
using Authlete.Samples.Quickstart;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The README's first command, `dotnet run --project samples/Quickstart`, run in-process.</summary>
public sealed class QuickstartTests
{
    [Fact]
    public async Task Every_step_of_the_quickstart_ends_as_expected()
    {
        using var output = new StringWriter();

        int exitCode = await ScriptedClient.RunAsync(output);

        string text = output.ToString();
        exitCode.Should().Be(0, text);
        text.Should().Contain("All 13 steps ended as expected.").And.NotContain("✘");
        string[] steps =
        [
            "Discovery", "CIBA poll", "CIBA ping", "CIBA push", "CIBA poll, denied", "CIBA unknown user", "Device flow", "Device flow, denied",
            "ID token", "Refresh", "UserInfo", "Introspection", "Revocation",
        ];
        foreach (string step in steps)
        {
            text.Should().Contain($"\n{step}: ✔ ", text);
        }

        // In this order: discovery first, the tokens' life after the flows.
        steps.Select(step => text.IndexOf($"\n{step}: ✔ ", StringComparison.Ordinal)).Should().BeInAscendingOrder();

        // Discovery: only the issuer is known; every endpoint comes from the document.
        text.Should().Contain("Discovery: client GET /.well-known/openid-configuration → 200 issuer=http://127.0.0.1:");
        foreach (string endpoint in (string[])["backchannel_authentication_endpoint", "device_authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint", "introspection_endpoint", "revocation_endpoint"])
        {
            text.Should().MatchRegex($@"\nDiscovery:   {endpoint}: http://127\.0\.0\.1:\d+/");
        }

        text.Should().Contain("CIBA poll: client POST /backchannel/authentication").And.Contain("→ 200 auth_req_id=");
        text.Should().Contain("CIBA poll, denied: client POST /token (ciba grant) → 400 error=access_denied");
        text.Should().Contain("CIBA push: client received POST /cb → 204 Authorization: Bearer (our client_notification_token)");
        text.Should().Contain("Device flow: user POST /device → 200 page \"approved\"");

        // The ID token: ES256 signature checked with the JWK Set's key, claims checked, a forgery refused.
        text.Should().Contain("ID token: client GET /jwks → 200");
        text.Should().MatchRegex(@"\nID token: client verifies the id_token: alg=ES256 kid=\S+: signature valid");
        text.Should().Contain("ID token: client checks its claims: iss=http://127.0.0.1:").And.Contain(" aud=demo-ciba-poll sub=alice ");
        text.Should().Contain("ID token: client verifies a forged id_token (sub changed to mallory): refused");

        // Refresh with rotation: the old refresh token is refused.
        text.Should().Contain("Refresh: client POST /token (refresh_token grant) → 200 ");
        text.Should().Contain("Refresh: client compares the refresh tokens: a new refresh token came back: the server rotates refresh tokens");
        text.Should().Contain("Refresh: client POST /token (refresh_token grant, replaying the old refresh token) → 400 error=invalid_grant");

        text.Should().Contain("UserInfo: client GET /userinfo (Authorization: Bearer ").And.Contain("→ 200 sub=alice name=Alice Smith");
        text.Should().Contain("Introspection: resource server POST /introspection (demo-api, token=").And.Contain("→ 200 active=true sub=alice client_id=demo-ciba-poll");

        // Revocation (RFC 7009), then the token no longer works.
        text.Should().Contain("Revocation: client POST /revocation (demo-ciba-poll, token=").And.Contain("token_type_hint=access_token) → 200");
        text.Should().MatchRegex(@"\nRevocation: client GET /userinfo \(Authorization: Bearer [^)]*\) → 401 WWW-Authenticate: Bearer error=""invalid_token""");
        text.Should().MatchRegex(@"\nRevocation: resource server POST /introspection \(demo-api, token=[^)]*\) → 200 active=false");
    }

    [Fact]
    public async Task A_step_that_does_not_end_as_expected_makes_the_exit_code_non_zero()
    {
        // The run is stopped once discovery has succeeded: every later step fails, and the run must say so.
        using var stop = new CancellationTokenSource();
        using var output = new StopAfter("Discovery: ✔", stop);

        int exitCode = await ScriptedClient.RunAsync(output, stop.Token);

        string text = output.ToString();
        exitCode.Should().Be(1, text);
        text.Should().Contain("\nDiscovery: ✔ ").And.Contain("\nCIBA poll: ✘ FAILED: ").And.Contain("\nRevocation: ✘ FAILED: ")
            .And.Contain("12 of 13 steps did not end as expected.");
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

        text.Should().NotContain(DemoResourceServer.ClientSecret);

        Regex.Matches(text, @"(?:\b(?:access_token|refresh_token|id_token|auth_req_id|device_code|client_notification_token|token)=|Authorization: Bearer (?!\())([^\s),]*)")
            .Should().NotBeEmpty()
            .And.OnlyContain(m => m.Groups[1].Value.EndsWith('…') && m.Groups[1].Value.Length <= 7, "credentials are abbreviated to six characters");
    }

    /// <summary>Captures the output and cancels <paramref name="stop"/> once a line containing <paramref name="marker"/> is written.</summary>
    private sealed class StopAfter(string marker, CancellationTokenSource stop) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.Contains(marker, StringComparison.Ordinal) == true)
            {
                stop.Cancel();
            }
        }
    }
}
