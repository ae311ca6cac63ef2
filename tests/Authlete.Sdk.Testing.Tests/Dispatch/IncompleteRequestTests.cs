using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Dispatch;

/// <summary>
/// Over HTTP a request that misses a required member reaches the fake (the real client never sends one); each API answers
/// it with its own error action and a result message that names the missing member, as Authlete does.
/// </summary>
public sealed class IncompleteRequestTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    public static TheoryData<string, string, string, string, string?> Incomplete => new()
    {
        { "backchannel/authentication", "A910101", "INTERNAL_SERVER_ERROR", "BackchannelAuthenticationRequest.Parameters (wire name 'parameters')", "server_error" },
        { "backchannel/authentication/issue", "A911101", "INTERNAL_SERVER_ERROR", "BackchannelAuthenticationIssueRequest.Ticket (wire name 'ticket')", "server_error" },
        { "backchannel/authentication/fail", "A912101", "INTERNAL_SERVER_ERROR", "BackchannelAuthenticationFailRequest.Ticket (wire name 'ticket')", "server_error" },
        { "backchannel/authentication/complete", "A913101", "SERVER_ERROR", "BackchannelAuthenticationCompleteRequest.Ticket (wire name 'ticket')", null },
        { "device/authorization", "A920101", "INTERNAL_SERVER_ERROR", "DeviceAuthorizationRequest.Parameters (wire name 'parameters')", "server_error" },
        { "device/verification", "A921101", "INTERNAL_SERVER_ERROR", "DeviceVerificationRequest.UserCode (wire name 'userCode')", null },
        { "device/complete", "A922101", "INVALID_REQUEST", "DeviceCompleteRequest.UserCode (wire name 'userCode')", null },
        { "auth/token", "A930101", "INTERNAL_SERVER_ERROR", "TokenRequest.Parameters (wire name 'parameters')", "server_error" },
        { "auth/token/issue", "A931101", "INTERNAL_SERVER_ERROR", "TokenIssueRequest.Ticket (wire name 'ticket')", "server_error" },
        { "auth/token/fail", "A932101", "INTERNAL_SERVER_ERROR", "TokenFailRequest.Ticket (wire name 'ticket')", "server_error" },
        { "auth/introspection", "A940101", "BAD_REQUEST", "IntrospectionRequest.Token (wire name 'token')", "invalid_request" },
        { "auth/introspection/standard", "A941101", "INTERNAL_SERVER_ERROR", "StandardIntrospectionRequest.Parameters (wire name 'parameters')", "server_error" },
        { "auth/userinfo", "A950101", "BAD_REQUEST", "UserInfoRequest.Token (wire name 'token')", "invalid_request" },
        { "auth/userinfo/issue", "A951101", "BAD_REQUEST", "UserInfoIssueRequest.Token (wire name 'token')", "invalid_request" },
        { "auth/revocation", "A960101", "INTERNAL_SERVER_ERROR", "RevocationRequest.Parameters (wire name 'parameters')", "server_error" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public async Task An_incomplete_request_gets_the_apis_error_naming_the_missing_member_and_an_error_for_the_client(
        string path, string resultCode, string action, string member, string? error)
    {
        using var http = new HttpClient(_t.Fake.CreateHandler());
        using var raw = new HttpRequestMessage(HttpMethod.Post, new Uri(FakeAuthlete.DefaultBaseAddress, $"/api/{_t.Fake.Settings.ServiceId}/{path}"))
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        raw.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _t.Fake.Settings.ServiceAccessToken);

        using HttpResponseMessage answer = await http.SendAsync(raw);
        using JsonDocument body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync());

        JsonElement root = body.RootElement;
        root.GetProperty("action").GetString().Should().Be(action);
        root.GetProperty("resultCode").GetString().Should().Be(resultCode);
        root.GetProperty("resultMessage").GetString().Should().StartWith($"[{resultCode}] {member} is required but was not set.");
        string? content = root.TryGetProperty("responseContent", out JsonElement value) ? value.GetString() : null;
        if (error is null)
        {
            content.Should().BeNull();
        }
        else if (content!.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            content.Should().StartWith($"Bearer error=\"{error}\"");
        }
        else
        {
            using JsonDocument oauthError = JsonDocument.Parse(content);
            oauthError.RootElement.GetProperty("error").GetString().Should().Be(error);
        }
    }
}
