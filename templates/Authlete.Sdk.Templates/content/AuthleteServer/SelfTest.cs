using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Authlete.Sdk.Testing;

namespace AuthleteServer;

/// <summary>
/// <c>dotnet run -- --self-test</c>: the server on 127.0.0.1 with the in-memory fake, and over HTTP a device flow and a
/// CIBA poll flow against it, as a client and the user would play them. Exit code 0 only if both end with tokens.
/// Tokens and secrets are never printed.
/// </summary>
public static partial class SelfTest
{
    /// <summary>Starts the server, plays both flows, stops it.</summary>
    /// <param name="app">The server, built with <c>selfTest: true</c>.</param>
    /// <returns>The process exit code: 0 when both flows ended with tokens.</returns>
    public static async Task<int> RunAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await app.StartAsync(timeout.Token);
        try
        {
            Uri baseAddress = Server.BaseAddressOf(app);
            FakeAuthlete fake = app.Services.GetRequiredService<FakeAuthlete>();
            string cibaSecret = fake.Clients.Single(c => c.ClientIdAlias == LocalAuthlete.CibaClientId).ClientSecret!;
            using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
            using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
            Console.WriteLine($"Self-test: server at {baseAddress} on the in-memory fake Authlete");

            // The client knows the issuer only; the endpoints come from the discovery document.
            JsonElement discovery = await JsonAsync(await http.GetAsync(new Uri(".well-known/openid-configuration", UriKind.Relative), timeout.Token), timeout.Token);
            var endpoints = new Endpoints(
                new Uri(discovery.GetProperty("device_authorization_endpoint").GetString()!),
                new Uri(discovery.GetProperty("backchannel_authentication_endpoint").GetString()!),
                new Uri(discovery.GetProperty("token_endpoint").GetString()!));
            Console.WriteLine($"Discovery: ✔ issuer {discovery.GetProperty("issuer").GetString()}");

            bool device = await DeviceFlowAsync(http, endpoints, timeout.Token);
            bool ciba = await CibaPollFlowAsync(http, endpoints, cibaSecret, timeout.Token);
            Console.WriteLine(device && ciba ? "Self-test passed: both flows ended with tokens." : "Self-test FAILED.");
            return device && ciba ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException or OperationCanceledException)
        {
            Console.WriteLine($"Self-test FAILED: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }
    }

    private static async Task<bool> DeviceFlowAsync(HttpClient http, Endpoints endpoints, CancellationToken ct)
    {
        // The device asks for codes (RFC 8628 §3.1) and shows the user code.
        using HttpResponseMessage authorization = await http.PostAsync(endpoints.DeviceAuthorization,
            Form(("client_id", LocalAuthlete.DeviceClientId), ("scope", "openid")), ct);
        JsonElement codes = await JsonAsync(authorization, ct);
        string deviceCode = codes.GetProperty("device_code").GetString()!;
        string userCode = codes.GetProperty("user_code").GetString()!;
        Console.WriteLine($"Device flow: device POST /device_authorization → {(int)authorization.StatusCode}");
        Func<HttpRequestMessage> devicePoll = () => new HttpRequestMessage(HttpMethod.Post, endpoints.Token)
        {
            Content = Form(("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", deviceCode), ("client_id", LocalAuthlete.DeviceClientId)),
        };
        if (!await ExpectPendingAsync(http, "Device flow", codes, devicePoll, ct))
        {
            return false;
        }

        // The user opens the verification page, enters the code and approves.
        string consent = await PageAsync(await http.GetAsync(new Uri($"device?user_code={Uri.EscapeDataString(userCode)}", UriKind.Relative), ct), "consent", ct);
        List<KeyValuePair<string, string>> fields = HiddenInputs(consent);
        fields.Add(new("decision", "approve"));
        await PageAsync(await http.PostAsync(new Uri("device", UriKind.Relative), new FormUrlEncodedContent(fields), ct), "approved", ct);
        Console.WriteLine("Device flow: user GET /device, POST /device (approve) → approved");

        // The device polls the token endpoint (RFC 8628 §3.4).
        JsonElement? tokens = await PollAsync(http, endpoints.Token, "Device flow", codes, devicePoll, ct);
        return tokens is not null;
    }

    private static async Task<bool> CibaPollFlowAsync(HttpClient http, Endpoints endpoints, string clientSecret, CancellationToken ct)
    {
        AuthenticationHeaderValue basic = Basic(LocalAuthlete.CibaClientId, clientSecret);

        // The client asks for alice (CIBA Core §7.1).
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoints.BackchannelAuthentication)
        {
            Content = Form(("scope", "openid"), ("login_hint", "alice"), ("binding_message", "Self-test")),
        };
        request.Headers.Authorization = basic;
        using HttpResponseMessage started = await http.SendAsync(request, ct);
        JsonElement ack = await JsonAsync(started, ct);
        string authReqId = ack.GetProperty("auth_req_id").GetString()!;
        Console.WriteLine($"CIBA poll: client POST /backchannel/authentication (login_hint=alice) → {(int)started.StatusCode}");
        Func<HttpRequestMessage> cibaPoll = () =>
        {
            var poll = new HttpRequestMessage(HttpMethod.Post, endpoints.Token)
            {
                Content = Form(("grant_type", "urn:openid:params:grant-type:ciba"), ("auth_req_id", authReqId)),
            };
            poll.Headers.Authorization = basic;
            return poll;
        };
        if (!await ExpectPendingAsync(http, "CIBA poll", ack, cibaPoll, ct))
        {
            return false;
        }

        // alice sees the request on her approval page and approves it. The server starts the user's authentication after
        // answering the client, so the page may need a moment (a refresh) to list it.
        Match item = Match.Empty;
        for (int attempt = 1; attempt <= 50 && !item.Success; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), ct);
            }

            string list = await PageAsync(await http.GetAsync(new Uri("ciba", UriKind.Relative), ct), "ciba-requests", ct);
            item = RequestItem().Match(list);
        }

        if (!item.Success)
        {
            Console.WriteLine("CIBA poll: ✘ the request is not on alice's /ciba page");
            return false;
        }

        List<KeyValuePair<string, string>> fields = HiddenInputs(item.Value);
        fields.Add(new("decision", "approve"));
        await PageAsync(await http.PostAsync(new Uri("ciba", UriKind.Relative), new FormUrlEncodedContent(fields), ct), "approved", ct);
        Console.WriteLine("CIBA poll: user GET /ciba, POST /ciba (approve) → approved");

        // The client polls the token endpoint (CIBA Core §10.1).
        JsonElement? tokens = await PollAsync(http, endpoints.Token, "CIBA poll", ack, cibaPoll, ct);
        return tokens is not null;
    }

    /// <summary>One poll before the user decided: it must be <c>authorization_pending</c> (no tokens without the user).</summary>
    private static async Task<bool> ExpectPendingAsync(HttpClient http, string flow, JsonElement started, Func<HttpRequestMessage> poll, CancellationToken ct)
    {
        await Task.Delay(TimeSpan.FromSeconds(Interval(started)), ct);
        using HttpRequestMessage request = poll();
        using HttpResponseMessage response = await http.SendAsync(request, ct);
        using JsonDocument json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        string? error = json.RootElement.TryGetProperty("error", out JsonElement e) ? e.GetString() : null;
        Console.WriteLine($"{flow}: client POST {request.RequestUri?.AbsolutePath} (before the user decided) → {(int)response.StatusCode} error={error}");
        if (response.StatusCode == HttpStatusCode.BadRequest && error == "authorization_pending")
        {
            return true;
        }

        Console.WriteLine($"{flow}: ✘ expected authorization_pending");
        return false;
    }

    private static int Interval(JsonElement started)
        => started.TryGetProperty("interval", out JsonElement value) && value.TryGetInt32(out int seconds) ? seconds : 5;

    /// <summary>Polls at the server's interval until tokens come, or an error other than <c>authorization_pending</c>/<c>slow_down</c>.</summary>
    private static async Task<JsonElement?> PollAsync(HttpClient http, Uri tokenEndpoint, string flow, JsonElement started,
        Func<HttpRequestMessage> poll, CancellationToken ct)
    {
        int interval = Interval(started);
        for (int attempt = 1; attempt <= 10; attempt++)
        {
            await Task.Delay(TimeSpan.FromSeconds(interval), ct);
            using HttpRequestMessage request = poll();
            using HttpResponseMessage response = await http.SendAsync(request, ct);
            string body = await response.Content.ReadAsStringAsync(ct);
            using JsonDocument json = JsonDocument.Parse(body);
            if (response.StatusCode == HttpStatusCode.OK && json.RootElement.TryGetProperty("access_token", out _))
            {
                string received = string.Join(", ", ((string[])["access_token", "refresh_token", "id_token"]).Where(n => json.RootElement.TryGetProperty(n, out _)));
                Console.WriteLine($"{flow}: client POST {tokenEndpoint.AbsolutePath} → 200 ({received})");
                Console.WriteLine($"{flow}: ✔ tokens");
                return json.RootElement.Clone();
            }

            string? error = json.RootElement.TryGetProperty("error", out JsonElement e) ? e.GetString() : null;
            Console.WriteLine($"{flow}: client POST {tokenEndpoint.AbsolutePath} → {(int)response.StatusCode} error={error}");
            if (error == "slow_down")
            {
                interval += 5;   // RFC 8628 §3.5, CIBA Core §11
            }
            else if (error != "authorization_pending")
            {
                Console.WriteLine($"{flow}: ✘ no tokens");
                return null;
            }
        }

        Console.WriteLine($"{flow}: ✘ still pending after 10 polls");
        return null;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using (response)
        {
            string body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}: {body}");
            }

            using JsonDocument json = JsonDocument.Parse(body);
            return json.RootElement.Clone();
        }
    }

    /// <summary>The page's HTML, when it answered 200 with the expected <c>data-page</c>.</summary>
    private static async Task<string> PageAsync(HttpResponseMessage response, string page, CancellationToken ct)
    {
        using (response)
        {
            string html = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains($"data-page=\"{page}\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}, not the {page} page");
            }

            return html;
        }
    }

    private static List<KeyValuePair<string, string>> HiddenInputs(string html)
        => [.. HiddenInput().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value)))];

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields)
        => new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    // RFC 6749 §2.3.1: the client ID and secret are form-encoded before Base64.
    private static AuthenticationHeaderValue Basic(string clientId, string secret)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<li data-request=\"[^\"]+\">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex RequestItem();

    private sealed record Endpoints(Uri DeviceAuthorization, Uri BackchannelAuthentication, Uri Token);
}
