using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Common;

/// <summary>Both complete APIs take the end-user's decision the same way, and every answer naming a client names it alike.</summary>
public sealed class CompleteDecisionTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    /// <summary>The same decision, as each complete request takes it through the shared base type.</summary>
    private static T Decide<T>(T request)
        where T : AuthleteCompleteRequest
    {
        request.Subject = "alice";
        request.Sub = "pairwise-alice";
        request.AuthTime = 1_768_460_000;
        request.Acr = "urn:acr:2";
        request.Claims = """{"name":"Alice","sub":"ignored"}""";
        request.Scopes = ["openid"];
        request.Properties = [new Property { Key = "tier", Value = "gold" }];
        request.AccessTokenDuration = 120;
        request.IdTokenAudType = "array";
        return request;
    }

    [Fact]
    public async Task The_ciba_and_device_decisions_give_the_same_tokens()
    {
        (string ticket, BackchannelAuthenticationIssueResponse issued) = await _t.StartCibaAsync();
        (await _t.Api.BackchannelAuthenticationCompleteAsync(Decide(new BackchannelAuthenticationCompleteRequest
        {
            Ticket = ticket, Result = BackchannelAuthenticationCompleteResult.Authorized,
        }))).Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);

        DeviceAuthorizationResponse device = await _t.Api.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid%20profile" });
        (await _t.Api.DeviceCompleteAsync(Decide(new DeviceCompleteRequest
        {
            UserCode = device.UserCode, Result = DeviceCompleteResult.Authorized,
        }))).Action.Should().Be(DeviceCompleteAction.Success);

        TokenResponse ciba = await _t.Api.TokenAsync(CibaToken(issued.AuthReqId!));
        TokenResponse deviceTokens = await _t.Api.TokenAsync(DeviceToken(device.DeviceCode!));

        foreach (TokenResponse tokens in new[] { ciba, deviceTokens })
        {
            tokens.Action.Should().Be(TokenAction.Ok, tokens.ResultMessage);
            tokens.Scopes.Should().Equal("openid");
            tokens.Subject.Should().Be("alice");
            tokens.AccessTokenDuration.Should().Be(120);
            tokens.Properties!.Should().ContainSingle(p => p.Key == "tier" && p.Value == "gold");
            JsonElement payload = Jwt.Payload(tokens.IdToken!);
            payload.GetProperty("sub").GetString().Should().Be("pairwise-alice");
            payload.GetProperty("auth_time").GetInt64().Should().Be(1_768_460_000);
            payload.GetProperty("acr").GetString().Should().Be("urn:acr:2");
            payload.GetProperty("name").GetString().Should().Be("Alice");
            payload.GetProperty("aud").ValueKind.Should().Be(JsonValueKind.Array);
        }
    }

    [Fact]
    public async Task Answers_that_name_the_client_carry_its_name_on_success_and_refusal()
    {
        (await _t.Api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "profile"), ("login_hint", "a"))))
            .Should().Match<BackchannelAuthenticationResponse>(r => r.Action == BackchannelAuthenticationAction.BadRequest && r.ClientName == "Poll app");

        (string ticket, _) = await _t.StartCibaAsync();
        (await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized)).ClientName.Should().Be("Poll app");

        _t.Fake.AddClient(new FakeClient { ClientId = 3001, ClientAuthMethod = ClientAuthMethod.None, ClientName = "Kiosk", DeviceFlowEnabled = false });
        (await _t.Api.DeviceAuthorizationAsync(new() { Parameters = "client_id=3001" }))
            .Should().Match<DeviceAuthorizationResponse>(r => r.Action == DeviceAuthorizationAction.BadRequest && r.ClientName == "Kiosk");
    }
}
