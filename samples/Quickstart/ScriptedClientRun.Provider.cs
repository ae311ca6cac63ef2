using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Authlete.Samples.AuthorizationServer;

namespace Authlete.Samples.Quickstart;

/// <summary>The steps around the flows: discovery first, then what a client and a resource server do with the tokens.</summary>
internal sealed partial class ScriptedClientRun
{
    private ProviderMetadata? _metadata;
    private Answer? _tokens;

    /// <summary>The issuer: the only thing the client knows about the server before discovery.</summary>
    public string Issuer { get; } = server.GetLeftPart(UriPartial.Authority);

    private ProviderMetadata Metadata => _metadata ?? throw new FlowFailedException("no discovery document: the client does not know the server's endpoints");

    /// <summary>The tokens of the approved CIBA poll flow (alice), or the refreshed ones once refreshed.</summary>
    private Answer Tokens => _tokens ?? throw new FlowFailedException("no tokens: the CIBA poll flow did not issue any");

    private void Note(string text) => output.WriteLine($"{Flow}: {text}");

    // ---- Discovery (OpenID Connect Discovery 1.0) ----------------------------------------------------------------

    public async Task<string> DiscoveryAsync()
    {
        // §4: the document is at the issuer + /.well-known/openid-configuration.
        Answer answer = await SendAsync("client", HttpMethod.Get, Issuer + "/.well-known/openid-configuration", null, null, _client);
        Expect(answer.Status == 200 && answer.Json is not null, $"expected 200 with the document, got {answer.Status}");
        var metadata = new ProviderMetadata(answer.Require("issuer"), answer.Json!);
        Expect(metadata.Issuer == Issuer, $"the document's issuer {metadata.Issuer} must be the one it was fetched for, {Issuer} (§4.3)");
        foreach (string name in ProviderMetadata.EndpointNames)
        {
            Note($"  {name}: {metadata.Endpoint(name).AbsoluteUri}");
        }

        IReadOnlyList<string> grants = metadata.Values("grant_types_supported");
        IReadOnlyList<string> modes = metadata.Values("backchannel_token_delivery_modes_supported");
        IReadOnlyList<string> algorithms = metadata.Values("id_token_signing_alg_values_supported");
        Note($"  grant_types_supported: {string.Join(' ', grants)}");
        Note($"  backchannel_token_delivery_modes_supported: {string.Join(' ', modes)}");
        Note($"  id_token_signing_alg_values_supported: {string.Join(' ', algorithms)}");
        foreach (string grant in (string[])["urn:openid:params:grant-type:ciba", "urn:ietf:params:oauth:grant-type:device_code", "refresh_token"])
        {
            Expect(grants.Contains(grant), $"the server should support the {grant} grant");
        }

        Expect(modes.Contains("poll") && modes.Contains("ping") && modes.Contains("push"), "the server should support the poll, ping and push delivery modes");
        Expect(algorithms.Contains("ES256"), "the server should sign ID tokens with ES256");
        _metadata = metadata;
        return $"the issuer's discovery document lists the {ProviderMetadata.EndpointNames.Length} endpoints the client uses from here on";
    }

    // ---- The ID token's signature (OpenID Connect Core §3.1.3.7) -------------------------------------------------

    public async Task<string> IdTokenSignatureAsync()
    {
        string idToken = Tokens.Require("id_token");
        Answer jwks = await SendAsync("client", HttpMethod.Get, Metadata.JwksUri.AbsoluteUri, null, null, _client);
        Expect(jwks.Status == 200 && jwks.Json?["keys"] is JsonArray, $"expected 200 with a JWK Set, got {jwks.Status}");
        IReadOnlyList<string> algorithms = Metadata.Values("id_token_signing_alg_values_supported");

        (JsonObject header, JsonObject claims) = IdTokenSignature.Verify(idToken, jwks.Json!, algorithms);
        Note($"client verifies the id_token: alg={header["alg"]} kid={header["kid"]}: signature valid with the key of the JWK Set");
        Expect((string?)claims["iss"] == Metadata.Issuer, $"iss should be {Metadata.Issuer}");
        Expect(Audiences(claims).Contains(DemoClients.Poll.ClientId), $"aud should contain {DemoClients.Poll.ClientId}");
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Expect(claims["exp"] is JsonValue exp && exp.GetValue<long>() > now, "exp should be in the future");
        Expect((string?)claims["sub"] == "alice", "sub should be alice");
        Note($"client checks its claims: iss={claims["iss"]} aud={string.Join(',', Audiences(claims))} sub={claims["sub"]} exp in {claims["exp"]!.GetValue<long>() - now} s");

        // Proof the check can fail: the same signature over a changed payload is refused.
        string forged = IdTokenSignature.Tamper(idToken, "sub", "mallory");
        bool forgeryRefused = false;
        try
        {
            IdTokenSignature.Verify(forged, jwks.Json!, algorithms);
        }
        catch (FlowFailedException)
        {
            forgeryRefused = true;
        }

        Note($"client verifies a forged id_token (sub changed to mallory): {(forgeryRefused ? "refused, the signature does not match" : "ACCEPTED")}");
        Expect(forgeryRefused, "a forged ID token must not verify");
        return "the ID token is signed by the server's ES256 key (jwks_uri) and names alice for this client";
    }

    private static List<string> Audiences(JsonObject claims) => claims["aud"] switch
    {
        JsonArray array => array.Select(a => (string?)a).OfType<string>().ToList(),
        JsonValue value when value.TryGetValue(out string? one) => [one],
        _ => [],
    };

    // ---- Refresh (RFC 6749 §6) -----------------------------------------------------------------------------------

    public async Task<string> RefreshAsync()
    {
        DemoClient client = DemoClients.Poll;
        string refreshToken = Tokens.Require("refresh_token");
        string accessToken = Tokens.Require("access_token");
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken };
        Answer refreshed = await TokenAsync(client, form, "refresh_token");
        RequireTokens(refreshed, "alice");
        Expect(refreshed.Require("access_token") != accessToken, "the refresh should issue a new access token");
        _tokens = refreshed;

        if (refreshed.Require("refresh_token") == refreshToken)
        {
            Note("client compares the refresh tokens: the same refresh token came back: the server keeps refresh tokens (no rotation)");
            return "the client exchanged its refresh token for a new access token and ID token; the refresh token was kept";
        }

        // Rotation: the refresh token just used no longer works (RFC 9700 §4.14.2).
        Note("client compares the refresh tokens: a new refresh token came back: the server rotates refresh tokens");
        Answer replayed = await TokenAsync(client, form, "refresh_token", ", replaying the old refresh token");
        replayed.RequireError("invalid_grant");
        return "the client exchanged its refresh token for new tokens; the refresh token was rotated and the old one is refused";
    }

    // ---- UserInfo (OpenID Connect Core §5.3) ---------------------------------------------------------------------

    public async Task<string> UserInfoAsync()
    {
        Answer claims = await UserInfoRequestAsync(Tokens.Require("access_token"));
        Expect(claims.Status == 200, $"expected 200 with claims, got {claims.Status} {claims.WwwAuthenticate}");
        Expect((string?)claims.Json?["sub"] == "alice", "sub should be alice");
        Expect((string?)claims.Json?["name"] == DemoUsers.All["alice"], $"name should be {DemoUsers.All["alice"]} (profile scope)");
        return "the client read alice's claims with its access token (GET, Bearer)";
    }

    private Task<Answer> UserInfoRequestAsync(string accessToken)
        => SendAsync("client", new HttpRequestMessage(HttpMethod.Get, Metadata.UserInfoEndpoint)
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", accessToken) },
        }, $"(Authorization: Bearer {Abbreviate(accessToken)})", _client);

    // ---- Introspection (RFC 7662), as the demo resource server ---------------------------------------------------

    public async Task<string> IntrospectionAsync()
    {
        Answer answer = await IntrospectAsync(Tokens.Require("access_token"));
        Expect(answer.Status == 200 && answer.Json?["active"] is JsonValue active && active.GetValue<bool>(), $"expected active=true, got {answer.Status} {answer.Body}");
        Expect((string?)answer.Json?["sub"] == "alice", "sub should be alice");
        Expect((string?)answer.Json?["client_id"] == DemoClients.Poll.ClientId, $"client_id should be {DemoClients.Poll.ClientId}");
        return $"the resource server {DemoResourceServer.ClientId} learned the token is active, alice's, issued to {DemoClients.Poll.ClientId}";
    }

    private Task<Answer> IntrospectAsync(string token)
        => PostFormAsync("resource server", Metadata.IntrospectionEndpoint, new() { ["token"] = token },
            (DemoResourceServer.ClientId, DemoResourceServer.ClientSecret), $"({DemoResourceServer.ClientId}, token={Abbreviate(token)})");

    // ---- Revocation (RFC 7009) -----------------------------------------------------------------------------------

    public async Task<string> RevocationAsync()
    {
        string accessToken = Tokens.Require("access_token");
        Answer revoked = await PostFormAsync("client", Metadata.RevocationEndpoint,
            new() { ["token"] = accessToken, ["token_type_hint"] = "access_token" }, DemoClients.Poll,
            $"({DemoClients.Poll.ClientId}, token={Abbreviate(accessToken)}, token_type_hint=access_token)");
        Expect(revoked.Status == 200, $"expected 200 (RFC 7009 §2.2), got {revoked.Status}");

        Answer userInfo = await UserInfoRequestAsync(accessToken);
        Expect(userInfo.Status == 401 && userInfo.WwwAuthenticate.Contains("error=\"invalid_token\"", StringComparison.Ordinal),
            $"the revoked token should get 401 invalid_token at the UserInfo endpoint, got {userInfo.Status} {userInfo.WwwAuthenticate}");
        Answer introspection = await IntrospectAsync(accessToken);
        Expect(introspection.Status == 200 && introspection.Json?["active"] is JsonValue active && !active.GetValue<bool>(),
            $"the revoked token should introspect as active=false, got {introspection.Status} {introspection.Body}");
        return "the client revoked its access token; the UserInfo endpoint now answers 401 invalid_token and introspection active=false";
    }
}
