using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Samples.Quickstart;

/// <summary>
/// A scripted OAuth client (and user, and resource server), not SDK code: it walks the whole sample authorization
/// server over plain HTTP, printing each step: discovery (every endpoint is taken from the discovery document, only the
/// issuer is known beforehand), CIBA poll, ping and push, a CIBA denial, an unknown user, the device flow approved and
/// denied, the ID token's ES256 signature checked against the JWK Set, a refresh with rotation, UserInfo, introspection
/// as the demo resource server, and revocation with proof that the revoked token no longer works. The SDK code it
/// exercises is the sample server's (<c>samples/AuthorizationServer</c>).
/// </summary>
public static partial class ScriptedClient
{
    /// <summary>Runs every step against a sample server started in this process on the embedded fake Authlete.</summary>
    /// <param name="output">Where the steps are printed.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>0 when every step ended as expected, else 1.</returns>
    public static async Task<int> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(45));

        // The client's notification endpoint first: the demo ping and push clients are registered with its address.
        await using NotificationEndpoint notifications = await NotificationEndpoint.StartAsync();
        await using SampleServer server = await SampleAuthorizationServer.StartAsync(new SampleServerOptions
        {
            UseEmbeddedFake = true,
            ClientNotificationEndpoint = notifications.Url,
            Settings = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },   // keep the output to the protocol
        }, deadline.Token);

        using var run = new ScriptedClientRun(server.BaseAddress, notifications, output, deadline.Token);
        output.WriteLine($"Sample authorization server: {server.BaseAddress} (Authlete: the embedded fake, in memory)");
        output.WriteLine($"Client notification endpoint (ping, push): {notifications.Url} (plain http: local demo only)");
        output.WriteLine("Actors: client = the CIBA client, device = the TV (device flow), user = alice's or bob's phone or browser, resource server = demo-api.");
        output.WriteLine($"The client knows only the issuer, {run.Issuer}; it takes every endpoint from the discovery document.");
        if (new Authlete.Sdk.AuthleteOptions().ApplyEnvironmentVariables())
        {
            output.WriteLine("AUTHLETE_* variables are set but not used here: the quickstart always runs on the embedded fake.");
        }

        (string Name, Func<Task<string>> Flow)[] steps =
        [
            ("Discovery", run.DiscoveryAsync),
            ("CIBA poll", () => run.CibaPollAsync("alice", approve: true)),
            ("CIBA ping", () => run.CibaPingAsync("alice")),
            ("CIBA push", () => run.CibaPushAsync("bob")),
            ("CIBA poll, denied", () => run.CibaPollAsync("alice", approve: false)),
            ("CIBA unknown user", () => run.CibaUnknownUserAsync("mallory")),
            ("Device flow", () => run.DeviceFlowAsync(approve: true)),
            ("Device flow, denied", () => run.DeviceFlowAsync(approve: false)),
            ("ID token", run.IdTokenSignatureAsync),
            ("Refresh", run.RefreshAsync),
            ("UserInfo", run.UserInfoAsync),
            ("Introspection", run.IntrospectionAsync),
            ("Revocation", run.RevocationAsync),
        ];

        int failed = 0;
        foreach ((string name, Func<Task<string>> step) in steps)
        {
            output.WriteLine();
            run.Flow = name;
            try
            {
                output.WriteLine($"{name}: ✔ {await step()}");
            }
            catch (Exception ex) when (ex is FlowFailedException or HttpRequestException or OperationCanceledException or TimeoutException
                or System.Text.Json.JsonException or FormatException or InvalidOperationException or System.Security.Cryptography.CryptographicException)
            {
                failed++;
                output.WriteLine($"{name}: ✘ FAILED: {ex.Message}");
            }
        }

        output.WriteLine();
        output.WriteLine(failed == 0
            ? $"All {steps.Length} steps ended as expected."
            : $"{failed} of {steps.Length} steps did not end as expected.");
        return failed == 0 ? 0 : 1;
    }
}

/// <summary>A step did not end as expected.</summary>
public sealed class FlowFailedException(string message) : Exception(message);
