using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;

namespace Authlete.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>The sample host end to end: a client, a user and their device against a scripted Authlete.</summary>
public sealed class EndToEndTests : IAsyncLifetime, IDisposable
{
    private const string Tokens = """{"access_token":"at-1","token_type":"Bearer","expires_in":3600,"id_token":"idt"}""";
    private const string Pending = """{"error":"authorization_pending"}""";
    private readonly FakeAuthlete _authlete = new();
    private WebApplication? _app;
    private HttpClient? _http;
    private NotificationEndpoint? _client;
    private string _mode = "POLL";
    private volatile string? _decision;

    public async Task InitializeAsync()
    {
        _client = await NotificationEndpoint.StartAsync();
        _authlete
            .On("backchannel/authentication", body => Params(body).Contains("login_hint=alice", StringComparison.Ordinal)
                ? FakeAuthlete.Json("USER_IDENTIFICATION", null, $"\"ticket\":\"t-1\",\"hintType\":\"LOGIN_HINT\",\"hint\":\"alice\",\"deliveryMode\":\"{_mode}\",\"clientId\":7")
                : FakeAuthlete.Json("BAD_REQUEST", """{"error":"invalid_request"}"""))
            .On("backchannel/authentication/issue", FakeAuthlete.Json("OK", """{"auth_req_id":"r-1","expires_in":120,"interval":5}""", "\"authReqId\":\"r-1\",\"expiresIn\":120"))
            .On("backchannel/authentication/complete", body =>
            {
                _decision = body["result"]!.GetValue<string>();
                string content = _mode == "PUSH" ? Tokens[..^1] + ",\"auth_req_id\":\"r-1\"}" : """{"auth_req_id":"r-1"}""";
                return _mode == "POLL"
                    ? FakeAuthlete.Json("NO_ACTION")
                    : FakeAuthlete.Json("NOTIFICATION", content, $"\"deliveryMode\":\"{_mode}\",\"clientNotificationEndpoint\":\"{_client.Url}\",\"clientNotificationToken\":\"cnt\",\"authReqId\":\"r-1\"");
            })
            .On("device/authorization", FakeAuthlete.Json("OK", """{"device_code":"dc","user_code":"WDJB-MJHT","verification_uri":"http://as/device","expires_in":600,"interval":5}"""))
            .On("device/verification", body => FakeAuthlete.Json(body["userCode"]!.GetValue<string>() == "WDJB-MJHT" ? "VALID" : "NOT_EXIST", null, "\"clientName\":\"Living Room TV\""))
            .On("device/complete", body =>
            {
                _decision = body["result"]!.GetValue<string>();
                return FakeAuthlete.Json("SUCCESS");
            })
            .On("auth/token", _ => _decision switch
            {
                null => FakeAuthlete.Json("BAD_REQUEST", Pending),
                "AUTHORIZED" => FakeAuthlete.Json("OK", Tokens),
                _ => FakeAuthlete.Json("BAD_REQUEST", """{"error":"access_denied"}"""),
            });
        _app = SampleHost.Build(_authlete.Handler);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = TestHost.AddressOf(_app) };
    }

    public void Dispose() => _http?.Dispose();

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

    private static string Params(JsonObject body) => body["parameters"]!.GetValue<string>();

    private Task<HttpResponseMessage> Form(string path, string form, string? basic = "client:secret")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded") };
        if (basic is not null)
        {
            request.Headers.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(basic)));
        }

        return _http!.SendAsync(request);
    }

    private async Task<string> UserDecidesOnTheirDeviceAsync(bool approve)
    {
        for (int i = 0; i < 100; i++)
        {
            using HttpResponseMessage pending = await _http!.GetAsync("/my-device/alice");
            if (pending.StatusCode == HttpStatusCode.OK)
            {
                (await pending.Content.ReadAsStringAsync()).Should().Be("t-1");
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
        _mode = mode;
        const string cibaToken = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=r-1";

        using HttpResponseMessage started = await Form("/backchannel/authentication", "scope=openid&login_hint=alice");
        await started.ShouldBeAsync(200, """{"auth_req_id":"r-1","expires_in":120,"interval":5}""");
        if (mode != "PUSH")
        {
            using HttpResponseMessage early = await Form("/token", cibaToken);
            await early.ShouldBeAsync(400, Pending);
        }

        string outcome = await UserDecidesOnTheirDeviceAsync(approve);

        outcome.Should().Be(mode == "POLL" ? "Recorded" : "Notified");
        if (mode == "PUSH")
        {
            _client!.Received.Should().ContainSingle().Which.Body.Should().Contain("\"access_token\":\"at-1\"");
            return;
        }

        if (mode == "PING")
        {
            _client!.Received.Should().ContainSingle().Which.Should().Be(("Bearer cnt", "application/json; charset=utf-8", """{"auth_req_id":"r-1"}"""));
        }

        using HttpResponseMessage final = await Form("/token", cibaToken);
        await final.ShouldBeAsync(approve ? 200 : 400, approve ? Tokens : """{"error":"access_denied"}""");
    }

    [Fact]
    public async Task Ciba_for_an_unknown_user_is_rejected()
    {
        _authlete.On("backchannel/authentication", FakeAuthlete.Json("USER_IDENTIFICATION", null, "\"ticket\":\"t-2\",\"hintType\":\"LOGIN_HINT\",\"hint\":\"mallory\""))
            .On("backchannel/authentication/fail", body => FakeAuthlete.Json("BAD_REQUEST", $$"""{"error":"{{body["reason"]!.GetValue<string>().ToLowerInvariant()}}"}"""));

        using HttpResponseMessage response = await Form("/backchannel/authentication", "scope=openid&login_hint=mallory");

        await response.ShouldBeAsync(400, """{"error":"unknown_user_id"}""");
    }

    [Fact]
    public async Task Device_flow_from_request_to_tokens()
    {
        const string deviceToken = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=dc&client_id=tv";

        using HttpResponseMessage started = await Form("/device_authorization", "client_id=tv&scope=openid", basic: null);
        ((int)started.StatusCode).Should().Be(200);
        string userCode = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["user_code"]!.GetValue<string>();
        using HttpResponseMessage early = await Form("/token", deviceToken, basic: null);
        await early.ShouldBeAsync(400, Pending);

        using HttpResponseMessage wrongCode = await _http!.PostAsync("/device?user_code=NOPE", null);
        (await wrongCode.Content.ReadAsStringAsync()).Should().Contain("Unknown code");
        using HttpResponseMessage page = await _http.PostAsync($"/device?user_code={userCode}", null);
        (await page.Content.ReadAsStringAsync()).Should().Contain("Allow Living Room TV");
        using HttpResponseMessage decided = await _http.PostAsync($"/device/decision?user_code={userCode}&approve=true", null);
        (await decided.Content.ReadAsStringAsync()).Should().Be("Success");

        using HttpResponseMessage final = await Form("/token", deviceToken, basic: null);
        await final.ShouldBeAsync(200, Tokens);
        _authlete.Call("device/complete")["subject"]!.GetValue<string>().Should().Be("alice");
    }
}
