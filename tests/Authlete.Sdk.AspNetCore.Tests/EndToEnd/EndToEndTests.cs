using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Authlete.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>The sample host end to end: a client, a user and their device against the fake Authlete of Authlete.Sdk.Testing.</summary>
public sealed class EndToEndTests : IAsyncLifetime, IDisposable
{
    private const string Pending = "authorization_pending";
    private const string CibaGrant = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba";
    private readonly FakeAuthlete _authlete = new(new FakeServiceSettings
    {
        ServiceId = "1234",                     // as SampleHost configures its Authlete client
        ServiceAccessToken = "service-token",
        BackchannelAuthReqIdDuration = TimeSpan.FromSeconds(120),
        BackchannelPollingInterval = TimeSpan.FromSeconds(5),
    });

    private readonly AuthleteCalls _calls = new();
    private WebApplication? _app;
    private HttpClient? _http;
    private NotificationEndpoint? _client;
    private FakeClient? _bankApp;

    public async Task InitializeAsync()
    {
        _client = await NotificationEndpoint.StartAsync();
        _bankApp = _authlete.AddClient(new FakeClient
        {
            ClientId = 7, ClientIdAlias = "client", ClientSecret = "secret",
            DeliveryMode = DeliveryMode.Poll, ClientNotificationEndpoint = _client.Url,
        });
        _authlete.AddClient(new FakeClient { ClientId = 8, ClientIdAlias = "tv", ClientName = "Living Room TV", ClientAuthMethod = ClientAuthMethod.None });
        _app = SampleHost.Build(_calls.RecordInFrontOf(_authlete.CreateHandler()));
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = TestHost.AddressOf(_app) };
    }

    public void Dispose()
    {
        _http?.Dispose();
        _authlete.Dispose();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    private Task<HttpResponseMessage> Form(string path, string form, string? basic = "client:secret")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
        if (basic is not null)
        {
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        return _http!.SendAsync(request);
    }

    private static async Task<JsonObject> JsonOfAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>The answer is Authlete's own response content, passed through with the status it prescribes.</summary>
    private async Task<JsonObject> ShouldBeAuthletesAnswerAsync(HttpResponseMessage response, AuthleteApiDescription api, int status)
    {
        await response.ShouldBeAsync(status, _calls.ResponseContent(api));
        return await JsonOfAsync(response);
    }

    private async Task<string> UserDecidesOnTheirDeviceAsync(bool approve, string ticket)
    {
        for (int i = 0; i < 100; i++)
        {
            using HttpResponseMessage pending = await _http!.GetAsync("/my-device/alice");
            if (pending.StatusCode == HttpStatusCode.OK)
            {
                (await pending.Content.ReadAsStringAsync()).Should().Be(ticket);
                using HttpResponseMessage decided = await _http.PostAsync($"/my-device/alice/decision?approve={approve}", null);
                return await decided.Content.ReadAsStringAsync();
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The authentication device never got the request.");
    }

    [Theory]
    [InlineData("POLL", true)]
    [InlineData("POLL", false)]
    [InlineData("PING", true)]
    [InlineData("PUSH", true)]
    public async Task Ciba_from_request_to_tokens(string mode, bool approve)
    {
        _bankApp!.DeliveryMode = mode;

        using HttpResponseMessage started = await Form("/backchannel/authentication", "scope=openid&login_hint=alice&client_notification_token=cnt");
        JsonObject issued = await ShouldBeAuthletesAnswerAsync(started, AuthleteApis.BackchannelAuthenticationIssue, 200);
        FakeCibaRequest request = _authlete.PendingCibaRequests.Should().ContainSingle().Subject;
        request.Hint.Should().Be("alice");
        string authReqId = issued["auth_req_id"]!.GetValue<string>();
        authReqId.Should().Be(request.AuthReqId);
        issued["expires_in"]!.GetValue<int>().Should().Be(120);
        if (mode == "PUSH")
        {
            issued.Should().NotContainKey("interval", "a push client does not poll");
        }
        else
        {
            issued["interval"]!.GetValue<int>().Should().Be(5);
            using HttpResponseMessage early = await Form("/token", $"{CibaGrant}&auth_req_id={authReqId}");
            (await ShouldBeAuthletesAnswerAsync(early, AuthleteApis.Token, 400))["error"]!.GetValue<string>().Should().Be(Pending);
        }

        string outcome = await UserDecidesOnTheirDeviceAsync(approve, request.Ticket);

        outcome.Should().Be(mode == "POLL" ? "Recorded" : "Notified");
        _authlete.PendingCibaRequests.Should().BeEmpty("the decision is recorded");
        if (mode == "POLL")
        {
            _authlete.Notifications.Should().BeEmpty();
            _client!.Received.Should().BeEmpty();
        }
        else
        {
            FakeCibaNotification asked = _authlete.Notifications.Should().ContainSingle().Subject;
            asked.AuthReqId.Should().Be(authReqId);
            _client!.Received.Should().ContainSingle().Which.Should().Be(("Bearer cnt", "application/json; charset=utf-8", asked.Content!));
        }

        if (mode == "PUSH")
        {
            JsonNode pushed = JsonNode.Parse(_client.Received.Single().Body)!;
            pushed["auth_req_id"]!.GetValue<string>().Should().Be(authReqId);
            pushed["access_token"]!.GetValue<string>().Should().NotBeEmpty();
            return;
        }

        if (mode == "PING")
        {
            _client.Received.Single().Body.Should().Be($$"""{"auth_req_id":"{{authReqId}}"}""");
        }

        using HttpResponseMessage final = await Form("/token", $"{CibaGrant}&auth_req_id={authReqId}");
        JsonObject answer = await ShouldBeAuthletesAnswerAsync(final, AuthleteApis.Token, approve ? 200 : 400);
        if (approve)
        {
            answer["access_token"]!.GetValue<string>().Should().NotBeEmpty();
            answer["token_type"]!.GetValue<string>().Should().Be("Bearer");
            answer["id_token"]!.GetValue<string>().Should().NotBeEmpty();
            _calls.All[^1].Response!["subject"]!.GetValue<string>().Should().Be("alice");
        }
        else
        {
            answer["error"]!.GetValue<string>().Should().Be("access_denied");
        }
    }

    [Fact]
    public async Task Ciba_for_an_unknown_user_is_rejected()
    {
        using HttpResponseMessage response = await Form("/backchannel/authentication", "scope=openid&login_hint=mallory");

        JsonObject answer = await ShouldBeAuthletesAnswerAsync(response, AuthleteApis.BackchannelAuthenticationFail, 400);
        answer["error"]!.GetValue<string>().Should().Be("unknown_user_id");
        _calls.Request(AuthleteApis.BackchannelAuthenticationFail)["reason"]!.GetValue<string>().Should().Be("UNKNOWN_USER_ID");
        _authlete.PendingCibaRequests.Should().BeEmpty();
    }

    [Fact]
    public async Task Device_flow_from_request_to_tokens()
    {
        using HttpResponseMessage started = await Form("/device_authorization", "client_id=tv&scope=openid", basic: null);
        JsonObject device = await ShouldBeAuthletesAnswerAsync(started, AuthleteApis.DeviceAuthorization, 200);
        string userCode = device["user_code"]!.GetValue<string>();
        string deviceToken = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=tv&device_code="
            + Uri.EscapeDataString(device["device_code"]!.GetValue<string>());
        using HttpResponseMessage early = await Form("/token", deviceToken, basic: null);
        (await ShouldBeAuthletesAnswerAsync(early, AuthleteApis.Token, 400))["error"]!.GetValue<string>().Should().Be(Pending);

        using HttpResponseMessage wrongCode = await _http!.PostAsync("/device?user_code=NOPE", null);
        (await wrongCode.Content.ReadAsStringAsync()).Should().Contain("Unknown code");
        using HttpResponseMessage page = await _http.PostAsync($"/device?user_code={userCode}", null);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Allow Living Room TV");
        using HttpResponseMessage decided = await _http.PostAsync($"/device/decision?user_code={userCode}&approve=true", null);
        (await decided.Content.ReadAsStringAsync()).Should().Be("Success");

        using HttpResponseMessage final = await Form("/token", deviceToken, basic: null);
        JsonObject tokens = await ShouldBeAuthletesAnswerAsync(final, AuthleteApis.Token, 200);
        tokens["access_token"]!.GetValue<string>().Should().NotBeEmpty();
        tokens["id_token"]!.GetValue<string>().Should().NotBeEmpty();
        _calls.Request(AuthleteApis.DeviceComplete)["subject"]!.GetValue<string>().Should().Be("alice");
        _calls.All[^1].Response!["subject"]!.GetValue<string>().Should().Be("alice");
    }
}
