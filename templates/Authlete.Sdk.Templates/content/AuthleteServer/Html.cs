using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using static System.Net.WebUtility;

namespace AuthleteServer;

/// <summary>The pages' HTML. Every value from a request or from Authlete is encoded. Each <c>&lt;main data-page&gt;</c> names its page.</summary>
public static class Html
{
    /// <summary>The home page: the endpoints.</summary>
    /// <param name="onFake">Whether Authlete is the in-memory fake.</param>
    /// <returns>The page.</returns>
    public static string Home(bool onFake) => Layout("home", $"""
        <h1>Authorization server</h1>
        <p>Authlete: {(onFake ? "the in-memory fake (Authlete.Sdk.Testing). Configure the <code>Authlete</code> section to use your service." : "your Authlete service.")}</p>
        <ul>
          <li><a href="/.well-known/openid-configuration">/.well-known/openid-configuration</a></li>
          <li>POST /backchannel/authentication, POST /device_authorization, POST /token</li>
          <li><a href="/device">/device</a>: enter a device's user code</li>
          <li><a href="/ciba">/ciba</a>: your pending CIBA requests</li>
        </ul>
        """);

    /// <summary>The form to enter a user code.</summary>
    /// <param name="error">What was wrong with the last code, or null.</param>
    /// <returns>The page.</returns>
    public static string EnterCode(string? error) => Layout("enter-code", $"""
        <h1>Connect a device</h1>
        {(error is null ? "" : $"<p role=\"alert\">{HtmlEncode(error)}</p>")}
        <form method="get" action="/device">
          <label>Code shown on your device <input name="user_code" autocomplete="off" autofocus></label>
          <button>Continue</button>
        </form>
        """);

    /// <summary>The consent form of the device flow.</summary>
    /// <param name="userCode">The user code.</param>
    /// <param name="clientName">The client asking.</param>
    /// <param name="scopes">The scopes asked for.</param>
    /// <param name="tokens">The antiforgery tokens.</param>
    /// <returns>The page.</returns>
    public static string DeviceConsent(string userCode, string clientName, IReadOnlyList<string> scopes, AntiforgeryTokenSet tokens) => Layout("consent", $"""
        <h1>{HtmlEncode(clientName)} asks for access</h1>
        <p>Scopes: {HtmlEncode(string.Join(" ", scopes))}</p>
        <form method="post" action="/device">
          {Antiforgery(tokens)}
          <input type="hidden" name="user_code" value="{HtmlEncode(userCode)}">
          <button name="decision" value="approve">Approve</button>
          <button name="decision" value="deny">Deny</button>
        </form>
        """);

    /// <summary>The user's pending CIBA requests, each with its approve and deny buttons.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="tokens">The antiforgery tokens.</param>
    /// <returns>The page.</returns>
    public static string CibaRequests(IReadOnlyList<PendingCibaRequest> requests, AntiforgeryTokenSet tokens)
    {
        var items = new StringBuilder();
        foreach (PendingCibaRequest request in requests)
        {
            items.Append($"""
                <li data-request="{HtmlEncode(request.Id)}">
                  {HtmlEncode(request.ClientName)} asks for {HtmlEncode(string.Join(" ", request.Scopes))}{(request.BindingMessage is { } message ? $": “{HtmlEncode(message)}”" : "")}
                  <form method="post" action="/ciba">
                    {Antiforgery(tokens)}
                    <input type="hidden" name="id" value="{HtmlEncode(request.Id)}">
                    <button name="decision" value="approve">Approve</button>
                    <button name="decision" value="deny">Deny</button>
                  </form>
                </li>
                """).AppendLine();
        }

        return Layout("ciba-requests", $"""
            <h1>Requests waiting for you</h1>
            {(requests.Count == 0 ? "<p>None.</p>" : $"<ul>\n{items}</ul>")}
            """);
    }

    /// <summary>A page with one message.</summary>
    /// <param name="page">The page's name (<c>data-page</c>).</param>
    /// <param name="message">The message.</param>
    /// <returns>The page.</returns>
    public static string Message(string page, string message) => Layout(page, $"<p>{HtmlEncode(message)}</p>");

    private static string Antiforgery(AntiforgeryTokenSet tokens)
        => $"<input type=\"hidden\" name=\"{HtmlEncode(tokens.FormFieldName)}\" value=\"{HtmlEncode(tokens.RequestToken)}\">";

    private static string Layout(string page, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Authorization server</title></head>
        <body><main data-page="{page}">
        {body}
        </main></body>
        </html>
        """;
}
