using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>The sample's few HTML pages, written by hand to keep the sample free of view engines.</summary>
internal static class Html
{
    public static string EnterCode(string? error) => Layout("enter-code", "Connect a device", $"""
        <p>Enter the code shown on your device.</p>
        {(error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""")}
        <form method="get" action="{DeviceVerificationPage.Path}">
          <input name="user_code" aria-label="Code" placeholder="ABCD-EFGH" autocomplete="off" autofocus required>
          <button type="submit">Next</button>
        </form>
        """);

    public static string Consent(string userCode, string clientName, IReadOnlyList<string> scopes, string userName, AntiforgeryTokenSet tokens)
        => Layout("consent", $"Allow {E(clientName)}?", $"""
        <p>Signed in as <strong>{E(userName)}</strong> (demo: this sample has no sign-in).</p>
        <p><strong id="client">{E(clientName)}</strong> asks to access your account with code <code>{E(userCode)}</code>:</p>
        <ul id="scopes">{string.Concat(scopes.Select(s => $"<li>{E(s)}</li>"))}</ul>
        <form method="post" action="{DeviceVerificationPage.Path}">
          <input type="hidden" name="{E(tokens.FormFieldName)}" value="{E(tokens.RequestToken ?? "")}">
          <input type="hidden" name="user_code" value="{E(userCode)}">
          <button type="submit" name="decision" value="approve">Approve</button>
          <button type="submit" name="decision" value="deny">Deny</button>
        </form>
        """);

    public static string Approved() => Layout("approved", "Device connected", "<p>You may return to your device.</p>");

    public static string Denied() => Layout("denied", "Request denied", "<p>The device was not given access. You may close this page.</p>");

    public static string Expired() => Layout("expired", "Code expired", $"""<p>This code has expired. Start again on your device, then <a href="{DeviceVerificationPage.Path}">enter the new code</a>.</p>""");

    public static string Error() => Layout("error", "Something went wrong", "<p>Please start again on your device.</p>");

    public static string HomePage(bool demo) => Layout("home", "Sample authorization server", $"""
        <p>CIBA and device flow on Authlete.Sdk.AspNetCore, on {(demo ? "the embedded fake Authlete (demo mode)" : "your Authlete service")}.</p>
        <ul>
          <li><code>POST /backchannel/authentication</code>: CIBA (poll, ping, push)</li>
          <li><code>POST /device_authorization</code>: device flow</li>
          <li><code>POST /token</code>: tokens for both, and refresh</li>
          <li><a href="/.well-known/openid-configuration">/.well-known/openid-configuration</a> and <a href="/jwks">/jwks</a>: discovery and keys</li>
          <li><code>GET|POST /userinfo</code>, <code>POST /introspection</code>, <code>POST /revocation</code></li>
          <li><code>GET /api/me</code>: a demo API protected by this server's access tokens (scope <code>profile</code>)</li>
          <li><a href="{DeviceVerificationPage.Path}">{DeviceVerificationPage.Path}</a>: the device verification page</li>
          <li><code>GET /authentication-device/&lbrace;subject&rbrace;/requests</code>, <code>POST …/&lbrace;id&rbrace;/approve|deny</code>: the CIBA user's authentication device</li>
        </ul>
        {(demo ? DemoClientTable() + $"<p>Demo users: {E(string.Join(", ", DemoUsers.All.Keys))}.</p>" : "")}
        """);

    /// <summary>The demo clients: how each authenticates, and what it may do.</summary>
    private static string DemoClientTable()
    {
        var rows = new System.Text.StringBuilder();
        foreach (DemoClient client in (DemoClient[])[DemoClients.Poll, DemoClients.Ping, DemoClients.Push, DemoClients.Tv])
        {
            string authentication = client.ClientSecret is null
                ? "none (public client: <code>client_id</code> in the form)"
                : "client_secret_basic (its demo secret is in <code>DemoClients.cs</code>)";
            string grant = client.DeliveryMode is { } mode ? $"CIBA, {E(mode.Value.ToLowerInvariant())} mode" : "device flow";
            rows.Append(System.Globalization.CultureInfo.InvariantCulture, $"<tr><td><code>{E(client.ClientId)}</code></td><td>{E(client.Name)}</td><td>{authentication}</td><td>{grant}</td></tr>");
        }

        return $"<table data-table=\"demo-clients\"><tr><th>client_id</th><th>Name</th><th>Authentication</th><th>Grant</th></tr>{rows}</table>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Layout(string page, string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{title}}</title>
          <style>body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 3rem auto; padding: 0 1rem } .error { color: #b00020 }</style>
        </head>
        <body>
        <main data-page="{{page}}">
        <h1>{{title}}</h1>
        {{body}}
        </main>
        </body>
        </html>
        """;
}
