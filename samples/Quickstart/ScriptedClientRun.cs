using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Samples.Quickstart;

/// <summary>The client and the user, over HTTP.</summary>
internal sealed partial class ScriptedClientRun(Uri server, NotificationEndpoint notifications, TextWriter output, CancellationToken ct) : IDisposable
{
    private const string CibaGrant = "urn:openid:params:grant-type:ciba";
    private const string DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";
    private readonly HttpClient _client = new() { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
    private readonly HttpClient _browser = new(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };
    private int _order;

    public string Flow { get; set; } = "";

    public void Dispose()
    {
        _client.Dispose();
        _browser.Dispose();
    }

    // ---- CIBA ----------------------------------------------------------------------------------------------------

    public async Task<string> CibaPollAsync(string user, bool approve)
    {
        DemoClient client = DemoClients.Poll;
        string bindingMessage = $"Order {++_order}";
        Answer started = await BackchannelAuthenticationAsync(client, user, bindingMessage);
        string authReqId = started.Require("auth_req_id");
        if (approve)
        {
            // Too early: the user has not decided yet.
            (await TokenAsync(client, new() { ["grant_type"] = CibaGrant, ["auth_req_id"] = authReqId }, "ciba")).RequireError("authorization_pending");
        }

        await UserDecidesOnTheirDeviceAsync(user, client, bindingMessage, approve, expected: "Recorded");
        Answer final = await PollForTokensAsync(client, new() { ["grant_type"] = CibaGrant, ["auth_req_id"] = authReqId }, "ciba",
            started.Int("interval") ?? 5, waitFirst: approve);
        if (!approve)
        {
            final.RequireError("access_denied");
            return $"{user} denied on the authentication device; the client got access_denied";
        }

        RequireTokens(final, user);
        _tokens ??= final;   // kept for the steps after the flows: ID token, refresh, UserInfo, introspection, revocation
        return $"{user} approved on the authentication device; the client polled the token endpoint and got tokens";
    }

    public async Task<string> CibaPingAsync(string user)
    {
        DemoClient client = DemoClients.Ping;
        string bindingMessage = $"Order {++_order}";
        string notificationToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        Answer started = await BackchannelAuthenticationAsync(client, user, bindingMessage, notificationToken);
        string authReqId = started.Require("auth_req_id");

        await UserDecidesOnTheirDeviceAsync(user, client, bindingMessage, approve: true, expected: "Notified");
        ReceivedNotification ping = await ReceiveNotificationAsync(authReqId, notificationToken);
        Expect(ping.Body.Count == 1, "a ping notification carries only auth_req_id");

        Answer final = await TokenAsync(client, new() { ["grant_type"] = CibaGrant, ["auth_req_id"] = authReqId }, "ciba");
        RequireTokens(final, user);
        return $"{user} approved; the server pinged the client, which fetched its tokens";
    }

    public async Task<string> CibaPushAsync(string user)
    {
        DemoClient client = DemoClients.Push;
        string bindingMessage = $"Order {++_order}";
        string notificationToken = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        Answer started = await BackchannelAuthenticationAsync(client, user, bindingMessage, notificationToken);
        string authReqId = started.Require("auth_req_id");

        await UserDecidesOnTheirDeviceAsync(user, client, bindingMessage, approve: true, expected: "Notified");
        ReceivedNotification push = await ReceiveNotificationAsync(authReqId, notificationToken);
        RequireTokens(new Answer(200, push.Body, ""), user);
        return $"{user} approved; the server pushed the tokens to the client";
    }

    public async Task<string> CibaUnknownUserAsync(string user)
    {
        Answer answer = await BackchannelAuthenticationAsync(DemoClients.Poll, user, $"Order {++_order}");
        Expect(answer.Status == 400, $"expected 400, got {answer.Status}");
        answer.RequireError("unknown_user_id");
        return $"the server does not know {user}: 400 unknown_user_id, no request reached any device";
    }

    private Task<Answer> BackchannelAuthenticationAsync(DemoClient client, string user, string bindingMessage, string? notificationToken = null)
    {
        var form = new Dictionary<string, string> { ["scope"] = "openid profile", ["login_hint"] = user, ["binding_message"] = bindingMessage };
        if (notificationToken is not null)
        {
            form["client_notification_token"] = notificationToken;
        }

        return PostFormAsync("client", Metadata.BackchannelAuthenticationEndpoint, form, client,
            $"({client.ClientId}, login_hint={user}, binding_message=\"{bindingMessage}\"{(notificationToken is null ? "" : ", client_notification_token=" + Abbreviate(notificationToken))})");
    }

    /// <summary>The user's phone: fetch the pending request (it arrives in the background), check it, decide.</summary>
    private async Task UserDecidesOnTheirDeviceAsync(string user, DemoClient client, string bindingMessage, bool approve, string expected)
    {
        string path = $"/authentication-device/{user}/requests";
        JsonArray pending = [];
        for (int attempt = 0; attempt < 100 && pending.Count == 0; attempt++)
        {
            await Task.Delay(attempt == 0 ? 0 : 50, ct);
            using HttpResponseMessage response = await _browser.GetAsync(path, ct);
            pending = JsonNode.Parse(await response.Content.ReadAsStringAsync(ct)) as JsonArray ?? [];
        }

        JsonObject request = pending.OfType<JsonObject>().FirstOrDefault(r => (string?)r["bindingMessage"] == bindingMessage)
            ?? throw new FlowFailedException($"{user}'s authentication device never showed the request \"{bindingMessage}\"");
        string scopes = string.Join(' ', request["scopes"]!.AsArray().Select(s => (string?)s));
        Print("user", $"GET {path}", 200, $"{pending.Count} pending: {request["clientName"]} asks for \"{scopes}\", \"{bindingMessage}\"");
        Expect((string?)request["clientName"] == client.Name, $"the device should name the client {client.Name}");

        string decision = approve ? "approve" : "deny";
        Answer decided = await SendAsync("user", HttpMethod.Post, $"{path}/{request["id"]}/{decision}", null, null, _browser);
        Expect((string?)decided.Json?["result"] == expected, $"expected result={expected}");
    }

    private async Task<ReceivedNotification> ReceiveNotificationAsync(string authReqId, string notificationToken)
    {
        ReceivedNotification notification = await notifications.WaitAsync(authReqId, TimeSpan.FromSeconds(10));
        bool bearerOk = notification.Authorization == $"Bearer {notificationToken}";
        Print("client", $"received POST {notifications.Url.AbsolutePath}", 204,
            $"Authorization: Bearer {(bearerOk ? "(our client_notification_token)" : "(WRONG TOKEN)")} {Summarize(notification.Body)}");
        Expect(bearerOk, "the notification must carry our client_notification_token");
        return notification;
    }

    // ---- Device flow ---------------------------------------------------------------------------------------------

    public async Task<string> DeviceFlowAsync(bool approve)
    {
        DemoClient tv = DemoClients.Tv;
        Answer started = await PostFormAsync("device", Metadata.DeviceAuthorizationEndpoint,
            new() { ["client_id"] = tv.ClientId, ["scope"] = "openid profile" }, (DemoClient?)null, $"(client_id={tv.ClientId}, scope=\"openid profile\")");
        string userCode = started.Require("user_code");
        var tokenForm = new Dictionary<string, string> { ["grant_type"] = DeviceCodeGrant, ["device_code"] = started.Require("device_code"), ["client_id"] = tv.ClientId };
        if (approve)
        {
            (await TokenAsync(null, tokenForm, "device_code")).RequireError("authorization_pending");
        }

        // The user, in a browser, types the code at verification_uri: the form sends GET /device?user_code=....
        string verificationPath = new Uri(started.Require("verification_uri")).AbsolutePath;
        Page consent = await BrowseAsync(HttpMethod.Get, $"{verificationPath}?user_code={Uri.EscapeDataString(userCode)}", null,
            page => $"\"{page.Match(ClientName())}\" asks for \"{string.Join(' ', page.Matches(ScopeItem()))}\"");
        Expect(consent.Name == "consent" && consent.Match(ClientName()) == tv.Name, $"expected the consent page naming {tv.Name}");

        string decision = approve ? "approve" : "deny";
        Page done = await BrowseAsync(HttpMethod.Post, verificationPath, new()
        {
            [consent.Match(AntiforgeryField(), 1)] = consent.Match(AntiforgeryField(), 2),   // the form's antiforgery token
            ["user_code"] = userCode,
            ["decision"] = decision,
        }, _ => $"decision={decision}");
        Expect(done.Name == (approve ? "approved" : "denied"), $"expected the {(approve ? "approved" : "denied")} page");

        Answer final = await PollForTokensAsync(null, tokenForm, "device_code", started.Int("interval") ?? 5, waitFirst: approve);
        if (!approve)
        {
            final.RequireError("access_denied");
            return "alice denied on the verification page; the device got access_denied";
        }

        RequireTokens(final, "alice");
        return "alice approved on the verification page; the device polled the token endpoint and got tokens";
    }

    private async Task<Page> BrowseAsync(HttpMethod method, string path, Dictionary<string, string>? form, Func<Page, string> describe)
    {
        using var request = new HttpRequestMessage(method, path) { Content = form is null ? null : new FormUrlEncodedContent(form) };
        using HttpResponseMessage response = await _browser.SendAsync(request, ct);
        var page = new Page(await response.Content.ReadAsStringAsync(ct));
        Print("user", $"{method} {path}", (int)response.StatusCode, $"page \"{page.Name}\": {describe(page)}");
        return page;
    }

    // ---- Token endpoint ------------------------------------------------------------------------------------------

    private Task<Answer> TokenAsync(DemoClient? client, Dictionary<string, string> form, string grant, string? note = null)
        => PostFormAsync(client is null ? "device" : "client", Metadata.TokenEndpoint, form, client, $"({grant} grant{note})");

    /// <summary>Polls the token endpoint at the server's interval while the answer is authorization_pending (or slow_down).</summary>
    private async Task<Answer> PollForTokensAsync(DemoClient? client, Dictionary<string, string> form, string grant, int interval, bool waitFirst)
    {
        for (int attempt = 0; attempt < 10; attempt++)
        {
            if (waitFirst || attempt > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(interval), ct);
            }

            Answer answer = await TokenAsync(client, form, grant, waitFirst || attempt > 0 ? $", {interval} s later" : null);
            string? error = answer.Error;
            if (error == "slow_down")
            {
                interval += 5;   // RFC 8628 §3.5
            }
            else if (error != "authorization_pending")
            {
                return answer;
            }
        }

        throw new FlowFailedException("still pending after 10 polls");
    }

    private static void RequireTokens(Answer answer, string subject)
    {
        Expect(answer.Status == 200, $"expected 200 with tokens, got {answer.Status} {answer.Error}");
        answer.Require("access_token");
        Expect(SubjectOf(answer.Require("id_token")) == subject, $"the ID token should be {subject}'s");
    }

    // ---- HTTP and printing ---------------------------------------------------------------------------------------

    private Task<Answer> PostFormAsync(string actor, Uri endpoint, Dictionary<string, string> form, DemoClient? client, string shown)
        => PostFormAsync(actor, endpoint, form, client is null ? null : (client.ClientId, client.ClientSecret), shown);

    private Task<Answer> PostFormAsync(string actor, Uri endpoint, Dictionary<string, string> form, (string Id, string? Secret)? caller, string shown)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(form) };
        if (caller is (string id, string secret))
        {
            // client_secret_basic (RFC 6749 §2.3.1): form-encoded ID and secret, then Base64.
            string credentials = $"{Uri.EscapeDataString(id)}:{Uri.EscapeDataString(secret)}";
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        return SendAsync(actor, request, shown, _client);
    }

    private async Task<Answer> SendAsync(string actor, HttpMethod method, string path, string? shown, HttpContent? content, HttpClient http)
        => await SendAsync(actor, new HttpRequestMessage(method, path) { Content = content }, shown, http);

    private async Task<Answer> SendAsync(string actor, HttpRequestMessage request, string? shown, HttpClient http)
    {
        using (request)
        {
            string target = $"{request.Method} {Show(request.RequestUri!)}";
            using HttpResponseMessage response = await http.SendAsync(request, ct);
            string body = await response.Content.ReadAsStringAsync(ct);
            JsonObject? json = body.StartsWith('{') ? JsonNode.Parse(body) as JsonObject : null;
            var answer = new Answer((int)response.StatusCode, json, body) { WwwAuthenticate = response.Headers.WwwAuthenticate.ToString() };
            string result = Summarize(json);
            if (answer.WwwAuthenticate.Length > 0)
            {
                result = $"WWW-Authenticate: {answer.WwwAuthenticate} {result}";
            }

            Print(actor, $"{target}{(shown is null ? "" : " " + shown)}", answer.Status, result);
            return answer;
        }
    }

    /// <summary>A URI of the sample server as its path (the issuer is printed once, at discovery), any other in full.</summary>
    private string Show(Uri uri)
        => !uri.IsAbsoluteUri ? uri.OriginalString
            : Uri.Compare(uri, server, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0 ? uri.PathAndQuery
            : uri.AbsoluteUri;

    private void Print(string actor, string request, int status, string result)
        => output.WriteLine($"{Flow}: {actor} {request} → {status} {result}".TrimEnd());

    /// <summary>The fields worth showing, in a stable order; credentials abbreviated, never printed whole.</summary>
    private static string Summarize(JsonObject? json)
    {
        if (json is null)
        {
            return "";
        }

        string[] order = ["error", "result", "active", "sub", "name", "email", "client_id", "scope", "auth_req_id", "device_code", "user_code", "verification_uri", "access_token", "refresh_token", "id_token", "token_type", "expires_in", "interval", "issuer"];
        string[] secret = ["auth_req_id", "device_code", "access_token", "refresh_token", "id_token"];
        return string.Join(' ', order.Where(json.ContainsKey).Select(name =>
        {
            string value = json[name]!.ToString();
            return name == "id_token" ? $"id_token={Abbreviate(value)} (sub={SubjectOf(value)})"
                : secret.Contains(name) ? $"{name}={Abbreviate(value)}"
                : $"{name}={value}";
        }));
    }

    private static string Abbreviate(string secret) => secret.Length <= 8 ? "…" : secret[..6] + "…";

    /// <summary>The <c>sub</c> claim of a JWT (signature not checked: the client got it straight from the token endpoint over TLS, OIDC Core §3.1.3.7).</summary>
    private static string? SubjectOf(string jwt)
    {
        string[] parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        string payload = parts[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return (string?)JsonNode.Parse(Convert.FromBase64String(payload))?["sub"];
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new FlowFailedException(message);
        }
    }

    [GeneratedRegex("""<strong id="client">([^<]*)</strong>""")]
    private static partial Regex ClientName();

    [GeneratedRegex("""<li>([^<]*)</li>""")]
    private static partial Regex ScopeItem();

    [GeneratedRegex("""<input type="hidden" name="(__[^"]+)" value="([^"]*)">""")]
    private static partial Regex AntiforgeryField();

    /// <summary>An answer of the server: status and JSON body.</summary>
    private sealed record Answer(int Status, JsonObject? Json, string Body)
    {
        /// <summary>The <c>WWW-Authenticate</c> header; empty when absent.</summary>
        public string WwwAuthenticate { get; init; } = "";

        public string? Error => (string?)Json?["error"];

        public int? Int(string name) => Json?[name] is JsonValue value && value.TryGetValue(out int number) ? number : null;

        public string Require(string name)
            => (Json?[name] as JsonValue)?.ToString() is { Length: > 0 } value ? value : throw new FlowFailedException($"expected {name} in {Status} {Body}");

        public void RequireError(string error)
        {
            if (Error != error)
            {
                throw new FlowFailedException($"expected error={error}, got {Status} {Body}");
            }
        }
    }

    /// <summary>An HTML page of the server, named by its <c>data-page</c>.</summary>
    private sealed partial record Page(string Html)
    {
        public string Name => Match(PageName());

        public string Match(Regex regex, int group = 1) => WebUtility.HtmlDecode(regex.Match(Html).Groups[group].Value);

        public IEnumerable<string> Matches(Regex regex) => regex.Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

        [GeneratedRegex("data-page=\"([^\"]+)\"")]
        private static partial Regex PageName();
    }
}
