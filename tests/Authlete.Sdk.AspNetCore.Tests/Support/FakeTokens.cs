using System.Text.Json.Nodes;

namespace Authlete.Sdk.AspNetCore.Tests.Support;

/// <summary>Access and refresh tokens the fake issued through the device flow, for the resource-side endpoints.</summary>
public static class FakeTokens
{
    public const string PublicClient = "tv";
    public const string ConfidentialClient = "rs";
    public const string Secret = "rs-secret";

    /// <summary>Registers the public client <c>tv</c> (device flow) and the confidential client <c>rs</c> (secret <c>rs-secret</c>).</summary>
    public static FakeAuthlete WithClients(FakeAuthlete? authlete = null)
    {
        authlete ??= new FakeAuthlete();
        authlete.AddClient(new FakeClient { ClientId = 2001, ClientIdAlias = PublicClient, ClientAuthMethod = ClientAuthMethod.None });
        authlete.AddClient(new FakeClient { ClientId = 2002, ClientIdAlias = ConfidentialClient, ClientSecret = Secret, ClientAuthMethod = ClientAuthMethod.ClientSecretBasic });
        return authlete;
    }

    /// <summary>Runs the device flow for <paramref name="subject"/> against the fake itself and returns the tokens.</summary>
    public static async Task<(string AccessToken, string? RefreshToken)> IssueAsync(FakeAuthlete authlete, string scope, string subject = "alice", string client = PublicClient)
    {
        DeviceAuthorizationResponse device = await authlete.DeviceAuthorizationAsync(new() { Parameters = $"client_id={client}&scope={Uri.EscapeDataString(scope)}" });
        device.Action.Should().Be(DeviceAuthorizationAction.Ok);
        (await authlete.DeviceCompleteAsync(new() { UserCode = device.UserCode, Result = DeviceCompleteResult.Authorized, Subject = subject }))
            .Action.Should().Be(DeviceCompleteAction.Success);
        TokenResponse token = await authlete.TokenAsync(new()
        {
            Parameters = $"grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id={client}&device_code={Uri.EscapeDataString(device.DeviceCode!)}",
        });
        token.Action.Should().Be(TokenAction.Ok);
        JsonNode body = JsonNode.Parse(token.ResponseContent!)!;
        return (body["access_token"]!.GetValue<string>(), body["refresh_token"]?.GetValue<string>());
    }
}
