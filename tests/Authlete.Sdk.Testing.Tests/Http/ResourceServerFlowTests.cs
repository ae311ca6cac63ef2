using System.Text.Json.Nodes;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Http;

/// <summary>A whole flow over HTTP with the real <see cref="AuthleteApi"/>: tokens, then what resource servers and the AS do with them.</summary>
public sealed class ResourceServerFlowTests : IDisposable
{
    private readonly TestAuthlete _t = new(AuthleteApiVersion.V2);

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task Device_flow_tokens_introspection_userinfo_revocation_then_inactive()
    {
        AuthleteApi api = _t.Api;
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(api, scope: "openid profile");

        IntrospectionResponse introspected = await api.IntrospectionAsync(new() { Token = tokens.AccessToken, Scopes = ["profile"] });
        introspected.Action.Should().Be(IntrospectionAction.Ok, introspected.ResultMessage);
        introspected.Subject.Should().Be("alice");

        UserInfoResponse userInfo = await api.UserInfoAsync(new() { Token = tokens.AccessToken });
        userInfo.Action.Should().Be(UserInfoAction.Ok, userInfo.ResultMessage);
        userInfo.Claims.Should().Contain(["name", "given_name", "family_name"]);

        UserInfoIssueResponse document = await api.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Claims = """{"name":"Alice Adams"}""" });
        document.Action.Should().Be(UserInfoIssueAction.Json, document.ResultMessage);
        JsonNode.DeepEquals(JsonNode.Parse(document.ResponseContent!), JsonNode.Parse("""{"sub":"alice","name":"Alice Adams"}""")).Should().BeTrue();

        StandardIntrospectionResponse active = await api.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken });
        active.ReadContent()!.Active.Should().BeTrue();

        RevocationResponse revoked = await api.RevocationAsync(new() { Parameters = "token=" + tokens.AccessToken + "&client_id=" + TestAuthlete.TvClientId });
        revoked.Action.Should().Be(RevocationAction.Ok, revoked.ResultMessage);

        IntrospectionResponse after = await api.IntrospectionAsync(new() { Token = tokens.AccessToken });
        after.Action.Should().Be(IntrospectionAction.Unauthorized);
        after.ResponseContent.Should().StartWith("Bearer error=\"invalid_token\"");
        (await api.UserInfoAsync(new() { Token = tokens.AccessToken })).Action.Should().Be(UserInfoAction.Unauthorized);
        (await api.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken })).ResponseContent.Should().Be("""{"active":false}""");
    }
}
