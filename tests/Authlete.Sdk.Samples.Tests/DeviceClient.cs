using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>The device flow client (the TV) of the tests: asks for codes, then polls the token endpoint.</summary>
internal sealed class DeviceClient(Uri server) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = server, Timeout = TimeSpan.FromSeconds(10) };

    public string DeviceCode { get; private set; } = "";

    public string UserCode { get; private set; } = "";

    public Uri VerificationUri { get; private set; } = null!;

    public int Interval { get; private set; }

    public async Task StartAsync(string clientId = "demo-tv")
    {
        using HttpResponseMessage response = await _http.PostAsync("/device_authorization",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = clientId, ["scope"] = "openid profile" }));
        JsonObject json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        ((int)response.StatusCode).Should().Be(200, json.ToJsonString());
        DeviceCode = (string)json["device_code"]!;
        UserCode = (string)json["user_code"]!;
        VerificationUri = new Uri((string)json["verification_uri"]!);
        Interval = (int)json["interval"]!;
    }

    public async Task<(int Status, JsonObject Body)> TokenAsync(string clientId = "demo-tv")
    {
        using HttpResponseMessage response = await _http.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = DeviceCode,
            ["client_id"] = clientId,
        }));
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    /// <summary>Polls at the server's interval until the answer is no longer authorization_pending or slow_down.</summary>
    public async Task<(int Status, JsonObject Body)> PollForTokensAsync(CancellationToken cancellationToken)
    {
        int interval = Interval;
        while (true)
        {
            (int status, JsonObject body) = await TokenAsync();
            switch ((string?)body["error"])
            {
                case "authorization_pending":
                    break;
                case "slow_down":
                    interval += 5;
                    break;
                default:
                    return (status, body);
            }

            await Task.Delay(TimeSpan.FromSeconds(interval), cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();

    public static string? SubjectOf(string jwt)
    {
        string payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return (string?)JsonNode.Parse(Convert.FromBase64String(payload))?["sub"];
    }

    public static DemoClient Tv => DemoClients.Tv;
}
