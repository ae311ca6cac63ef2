using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Sdk.Samples.Tests.ScaleOut;

/// <summary>
/// Two sample-server instances, one real Redis, one Authlete (the fake over Kestrel): a flow may move from instance to
/// instance, and survives the instance it started on stopping.
/// </summary>
public sealed partial class ScaleOutTests
{
    private static readonly DemoClient Poll = DemoClients.Poll;

    [Fact]
    public async Task A_CIBA_request_received_by_A_is_approved_through_B_and_redeemed_through_A()
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(2);
        Uri a = cluster[0].BaseAddress, b = cluster[1].BaseAddress;

        string authReqId = await StartCibaAsync(a, "alice", "Order 7");
        JsonObject pending = await WaitForPendingAsync(b, "alice");
        pending["bindingMessage"]!.GetValue<string>().Should().Be("Order 7");
        pending.ContainsKey("ticket").Should().BeFalse("the phone never sees Authlete's ticket");
        (await ListPendingAsync(a, "alice")).Should().HaveCount(1, "both instances read the same store");

        (await DecideAsync(b, "alice", pending["id"]!.GetValue<string>(), "approve")).Should().Be(HttpStatusCode.OK);
        (await ListPendingAsync(a, "alice")).Should().BeEmpty("taken through B, gone for A too");

        (int status, JsonObject tokens) = await RedeemCibaAsync(a, authReqId);
        status.Should().Be(200, tokens.ToJsonString());
        DeviceClient.SubjectOf(tokens["id_token"]!.GetValue<string>()).Should().Be("alice");
    }

    [Fact]
    public async Task A_device_flow_started_on_A_is_verified_on_B()
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(2);
        Uri a = cluster[0].BaseAddress, b = cluster[1].BaseAddress;
        using var tv = new DeviceClient(a);
        await tv.StartAsync();

        // The consent page comes from B, the decision goes to A: the antiforgery token B issued must be valid on A,
        // which only a shared data protection key ring makes true.
        using var browser = new Browser();
        string consent = await browser.GetStringAsync(new Uri(b, $"/device?user_code={tv.UserCode}"));
        consent.Should().Contain("data-page=\"consent\"");
        string done = await browser.DecideAsync(a, consent, "approve");
        done.Should().Contain("data-page=\"approved\"");

        (int status, JsonObject tokens) = await PollDeviceTokensAsync(b, tv);
        status.Should().Be(200, tokens.ToJsonString());
        DeviceClient.SubjectOf(tokens["id_token"]!.GetValue<string>()).Should().Be(DemoUsers.SignedInUser);
    }

    [Fact]
    public async Task When_the_instance_a_flow_started_on_stops_the_flow_completes_on_the_other()
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(2);
        Uri a = cluster[0].BaseAddress, b = cluster[1].BaseAddress;

        // CIBA: received by A, which stops at once (graceful: its background start of the authentication is drained).
        string authReqId = await StartCibaAsync(a, "bob", null);
        using var tv = new DeviceClient(a);
        await tv.StartAsync();
        await cluster.StopAsync(cluster[0]);
        Func<Task> toA = () => ListPendingAsync(a, "bob");
        await toA.Should().ThrowAsync<HttpRequestException>("instance A is gone");

        JsonObject pending = (await ListPendingAsync(b, "bob")).Should().ContainSingle(
            "A finished starting the authentication before it stopped").Subject!.AsObject();
        (await DecideAsync(b, "bob", pending["id"]!.GetValue<string>(), "approve")).Should().Be(HttpStatusCode.OK);
        (int status, JsonObject tokens) = await RedeemCibaAsync(b, authReqId);
        status.Should().Be(200, tokens.ToJsonString());
        DeviceClient.SubjectOf(tokens["id_token"]!.GetValue<string>()).Should().Be("bob");

        // Device flow: started on A before it stopped, verified and redeemed on B.
        using var browser = new Browser();
        string consent = await browser.GetStringAsync(new Uri(b, $"/device?user_code={tv.UserCode}"));
        (await browser.DecideAsync(b, consent, "approve")).Should().Contain("data-page=\"approved\"");
        (int deviceStatus, JsonObject deviceTokens) = await PollDeviceTokensAsync(b, tv);
        deviceStatus.Should().Be(200, deviceTokens.ToJsonString());
    }

    [Fact]
    public async Task A_request_taken_through_one_instance_cannot_be_decided_again_through_the_other()
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(2);
        Uri a = cluster[0].BaseAddress, b = cluster[1].BaseAddress;
        await StartCibaAsync(a, "alice", null);
        string id = (await WaitForPendingAsync(b, "alice"))["id"]!.GetValue<string>();

        (await DecideAsync(a, "alice", id, "deny")).Should().Be(HttpStatusCode.OK);
        (await DecideAsync(b, "alice", id, "approve")).Should().Be(HttpStatusCode.NotFound);
        (await DecideAsync(a, "bob", id, "approve")).Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_health_endpoint_reports_the_shared_store()
    {
        await using ScaleOutCluster cluster = await ScaleOutCluster.StartAsync(1);
        using var http = new HttpClient { BaseAddress = cluster[0].BaseAddress };

        using (HttpResponseMessage healthy = await http.GetAsync(SharedState.HealthPath))
        {
            healthy.StatusCode.Should().Be(HttpStatusCode.OK);
            (await healthy.Content.ReadAsStringAsync()).Should().Be("Healthy");
        }

        await cluster.Redis.DisposeAsync();
        (await cluster.Redis.PingAsync()).Should().BeFalse("the fixture stopped its redis-server by process id");
        using HttpResponseMessage unhealthy = await http.GetAsync(SharedState.HealthPath);
        unhealthy.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
    }

    internal static async Task<string> StartCibaAsync(Uri server, string user, string? bindingMessage)
    {
        using var http = new HttpClient { BaseAddress = server };
        var form = new Dictionary<string, string> { ["scope"] = "openid", ["login_hint"] = user };
        if (bindingMessage is not null)
        {
            form["binding_message"] = bindingMessage;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/backchannel/authentication") { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = Basic(Poll);
        using HttpResponseMessage response = await http.SendAsync(request);
        JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToJsonString());
        return body["auth_req_id"]!.GetValue<string>();
    }

    internal static async Task<JsonArray> ListPendingAsync(Uri server, string user)
    {
        using var http = new HttpClient { BaseAddress = server };
        return JsonNode.Parse(await http.GetStringAsync($"/authentication-device/{user}/requests"))!.AsArray();
    }

    /// <summary>The user's phone: its first pending request, once the background start has listed it.</summary>
    internal static async Task<JsonObject> WaitForPendingAsync(Uri server, string user)
    {
        for (int i = 0; i < 250; i++)
        {
            JsonArray pending = await ListPendingAsync(server, user);
            if (pending.Count > 0)
            {
                return pending[0]!.AsObject();
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No pending CIBA request for {user} at {server}.");
    }

    internal static async Task<HttpStatusCode> DecideAsync(Uri server, string user, string id, string decision)
    {
        using var http = new HttpClient { BaseAddress = server };
        using HttpResponseMessage response = await http.PostAsync($"/authentication-device/{user}/requests/{id}/{decision}", null);
        return response.StatusCode;
    }

    internal static async Task<(int Status, JsonObject Body)> RedeemCibaAsync(Uri server, string authReqId)
    {
        using var http = new HttpClient { BaseAddress = server };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:openid:params:grant-type:ciba",
                ["auth_req_id"] = authReqId,
            }),
        };
        request.Headers.Authorization = Basic(Poll);
        using HttpResponseMessage response = await http.SendAsync(request);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static AuthenticationHeaderValue Basic(DemoClient client)
        => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client.ClientId}:{client.ClientSecret}")));

    /// <summary>The TV's polling, through another instance than the one that gave it its codes.</summary>
    private static async Task<(int Status, JsonObject Body)> PollDeviceTokensAsync(Uri server, DeviceClient tv)
    {
        using var http = new HttpClient { BaseAddress = server };
        for (int i = 0; i < 30; i++)
        {
            using HttpResponseMessage response = await http.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
                ["device_code"] = tv.DeviceCode,
                ["client_id"] = DemoClients.Tv.ClientId,
            }));
            JsonObject body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
            if ((string?)body["error"] is not ("authorization_pending" or "slow_down"))
            {
                return ((int)response.StatusCode, body);
            }

            await Task.Delay(TimeSpan.FromSeconds(tv.Interval));
        }

        throw new TimeoutException("The device flow was not decided.");
    }

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The user's browser: keeps its cookies (the antiforgery cookie) across instances on 127.0.0.1.</summary>
    private sealed class Browser : IDisposable
    {
        private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer() });

        public Task<string> GetStringAsync(Uri uri) => _http.GetStringAsync(uri);

        public async Task<string> DecideAsync(Uri server, string consentPage, string decision)
        {
            Match token = AntiforgeryField().Match(consentPage);
            token.Success.Should().BeTrue("the consent page carries an antiforgery token");
            string userCode = Regex.Match(consentPage, "name=\"user_code\" value=\"([^\"]+)\"").Groups[1].Value;
            using HttpResponseMessage response = await _http.PostAsync(new Uri(server, DeviceVerificationPage.Path), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                [WebUtility.HtmlDecode(token.Groups["name"].Value)] = WebUtility.HtmlDecode(token.Groups["value"].Value),
                ["user_code"] = userCode,
                ["decision"] = decision,
            }));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            return await response.Content.ReadAsStringAsync();
        }

        public void Dispose() => _http.Dispose();
    }
}
