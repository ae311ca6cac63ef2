using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Authlete.Samples.AuthorizationServer;
using Duende.IdentityModel.Client;   // the HttpClient extension methods; its types are written IM.X (Authlete.Sdk has types of the same names)
using IM = Duende.IdentityModel.Client;

namespace Authlete.Sdk.Samples.Tests;

/// <summary>
/// A third-party OAuth 2.0 / OpenID Connect client library (Duende.IdentityModel) drives the sample server (embedded fake)
/// using only what discovery tells it: if the server strays from the specifications, the library's own checks fail.
/// </summary>
public sealed partial class ThirdPartyClientTests
{
    private static readonly Dictionary<string, string?> Quiet = new() { ["Logging:LogLevel:Default"] = "Warning" };

    /// <summary>How long any polling (token endpoint, authentication device) may take before the test fails.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task It_discovers_the_server_by_its_issuer_with_the_default_discovery_policy()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        string issuer = Issuer(server);

        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);

        disco.Issuer.Should().Be(issuer);
        disco.TokenEndpoint.Should().Be(issuer + "/token");
        disco.DeviceAuthorizationEndpoint.Should().Be(issuer + "/device_authorization");
        disco.BackchannelAuthenticationEndpoint.Should().Be(issuer + "/backchannel/authentication");
        disco.UserInfoEndpoint.Should().Be(issuer + "/userinfo");
        disco.IntrospectionEndpoint.Should().Be(issuer + "/introspection");
        disco.RevocationEndpoint.Should().Be(issuer + "/revocation");
        disco.JwksUri.Should().Be(issuer + "/jwks");
        disco.GrantTypesSupported.Should().Contain(["urn:ietf:params:oauth:grant-type:device_code", "urn:openid:params:grant-type:ciba", "refresh_token"]);
        disco.BackchannelTokenDeliveryModesSupported.Should().Contain(["poll", "ping"]);
        disco.TryGetStringArray("id_token_signing_alg_values_supported").Should().Equal("ES256");
        disco.KeySet!.Keys.Should().ContainSingle().Which.Should().Match<Duende.IdentityModel.Jwk.JsonWebKey>(k => k.Kty == "EC" && k.Crv == "P-256");
    }

    [Fact]
    public async Task The_device_flow_gives_tokens_once_the_user_approves_on_the_verification_page()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);

        IM.TokenResponse tokens = await DeviceFlowAsync(http, disco, "openid profile email");   // asserts authorization_pending first

        tokens.TokenType.Should().Be("Bearer");
        tokens.AccessToken.Should().NotBeNullOrEmpty();
        tokens.RefreshToken.Should().NotBeNullOrEmpty();
        VerifyIdToken(tokens.IdentityToken!, disco, DemoClients.Tv.ClientId, DemoUsers.SignedInUser);
    }

    [Fact]
    public async Task A_CIBA_poll_client_gets_tokens_once_the_user_approves_on_their_authentication_device()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);

        IM.TokenResponse tokens = await CibaAsync(http, server, disco, DemoClients.Poll, "bob", poll: true);

        tokens.AccessToken.Should().NotBeNullOrEmpty();
        VerifyIdToken(tokens.IdentityToken!, disco, DemoClients.Poll.ClientId, "bob");

        IM.TokenResponse refreshed = await http.RequestRefreshTokenAsync(new IM.RefreshTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = DemoClients.Poll.ClientId,
            ClientSecret = DemoClients.Poll.ClientSecret,   // client_secret_basic, IdentityModel's default
            RefreshToken = tokens.RefreshToken!,
        });
        refreshed.IsError.Should().BeFalse(refreshed.Raw);
        refreshed.AccessToken.Should().NotBe(tokens.AccessToken);
        VerifyIdToken(refreshed.IdentityToken!, disco, DemoClients.Poll.ClientId, "bob");
    }

    [Fact]
    public async Task A_CIBA_ping_client_fetches_its_tokens_after_the_user_approves()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);

        // The approval answers 200 only once the ping reached the client notification endpoint (the sample's receiver).
        IM.TokenResponse tokens = await CibaAsync(http, server, disco, DemoClients.Ping, DemoUsers.SignedInUser, poll: false);

        VerifyIdToken(tokens.IdentityToken!, disco, DemoClients.Ping.ClientId, DemoUsers.SignedInUser);
    }

    [Fact]
    public async Task A_tampered_ID_token_fails_the_signature_check()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);
        IM.TokenResponse tokens = await DeviceFlowAsync(http, disco, "openid");
        string[] parts = tokens.IdentityToken!.Split('.');
        JsonObject payload = JsonNode.Parse(Base64UrlDecode(parts[1]))!.AsObject();
        payload["sub"] = "bob";
        string forged = $"{parts[0]}.{Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString()))}.{parts[2]}";

        Action verify = () => VerifyIdToken(forged, disco, DemoClients.Tv.ClientId, "bob");

        verify.Should().Throw<Exception>().WithMessage("*signature*");
    }

    [Fact]
    public async Task Refreshed_tokens_give_the_users_claims_are_active_and_once_revoked_are_refused()
    {
        await using SampleServer server = await StartAsync();
        using var http = new HttpClient();
        IM.DiscoveryDocumentResponse disco = await DiscoverAsync(http, server);
        IM.TokenResponse first = await DeviceFlowAsync(http, disco, "openid profile email");

        // Refresh (demo-tv is a public client: client_id in the body, no secret).
        IM.TokenResponse tokens = await http.RequestRefreshTokenAsync(new IM.RefreshTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            RefreshToken = first.RefreshToken!,
        });
        tokens.IsError.Should().BeFalse(tokens.Raw);
        tokens.AccessToken.Should().NotBe(first.AccessToken);
        tokens.Scope.Should().Be("openid profile email");
        VerifyIdToken(tokens.IdentityToken!, disco, DemoClients.Tv.ClientId, DemoUsers.SignedInUser);

        // UserInfo with the new access token.
        IM.UserInfoResponse userInfo = await http.GetUserInfoAsync(new IM.UserInfoRequest { Address = disco.UserInfoEndpoint, Token = tokens.AccessToken });
        userInfo.IsError.Should().BeFalse(userInfo.Raw);
        Claim(userInfo.Claims, "sub").Should().Be(DemoUsers.SignedInUser);
        Claim(userInfo.Claims, "name").Should().Be(DemoUsers.All[DemoUsers.SignedInUser]);
        Claim(userInfo.Claims, "email").Should().Be("alice@example.com");

        // Introspection as the demo resource server.
        IM.TokenIntrospectionRequest Introspection() => new()
        {
            Address = disco.IntrospectionEndpoint,
            ClientId = DemoResourceServer.ClientId,
            ClientSecret = DemoResourceServer.ClientSecret,
            Token = tokens.AccessToken,
        };
        IM.TokenIntrospectionResponse active = await http.IntrospectTokenAsync(Introspection());
        active.IsError.Should().BeFalse(active.Raw);
        active.IsActive.Should().BeTrue(active.Raw);
        Claim(active.Claims, "sub").Should().Be(DemoUsers.SignedInUser);
        Claim(active.Claims, "client_id").Should().Be(DemoClients.Tv.ClientId);

        // Revocation by the client the token was issued to; then the resource server sees it inactive and UserInfo refuses it.
        IM.TokenRevocationResponse revoked = await http.RevokeTokenAsync(new IM.TokenRevocationRequest
        {
            Address = disco.RevocationEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            Token = tokens.AccessToken,
            TokenTypeHint = "access_token",
        });
        revoked.IsError.Should().BeFalse(revoked.Raw);

        IM.TokenIntrospectionResponse inactive = await http.IntrospectTokenAsync(Introspection());
        inactive.IsError.Should().BeFalse(inactive.Raw);
        inactive.IsActive.Should().BeFalse(inactive.Raw);
        IM.UserInfoResponse refused = await http.GetUserInfoAsync(new IM.UserInfoRequest { Address = disco.UserInfoEndpoint, Token = tokens.AccessToken });
        refused.IsError.Should().BeTrue();
        refused.HttpStatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static Task<SampleServer> StartAsync() => SampleAuthorizationServer.StartAsync(new() { Settings = Quiet });

    private static string Issuer(SampleServer server) => server.BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>
    /// Discovery by the issuer URL alone, with IdentityModel's default <see cref="IM.DiscoveryPolicy"/>: the issuer must
    /// equal the authority, every endpoint must be on it, and the JWK Set is fetched. The server here is plain http on
    /// 127.0.0.1; the default policy already allows http on loopback (AllowHttpOnLoopback), so not even
    /// RequireHttps = false is needed. No other leniency.
    /// </summary>
    private static async Task<IM.DiscoveryDocumentResponse> DiscoverAsync(HttpClient http, SampleServer server)
    {
        IM.DiscoveryDocumentResponse disco = await http.GetDiscoveryDocumentAsync(Issuer(server));
        disco.IsError.Should().BeFalse($"{disco.ErrorType}: {disco.Error}");
        return disco;
    }

    /// <summary>
    /// The TV asks for codes and polls with IdentityModel; meanwhile the user (alice, the page's signed-in user) enters
    /// the code on the verification page and approves. A poll before the approval must be answered authorization_pending.
    /// </summary>
    private static async Task<IM.TokenResponse> DeviceFlowAsync(HttpClient http, IM.DiscoveryDocumentResponse disco, string scope)
    {
        IM.DeviceAuthorizationResponse device = await http.RequestDeviceAuthorizationAsync(new IM.DeviceAuthorizationRequest
        {
            Address = disco.DeviceAuthorizationEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,   // a public client: client_id in the body
            Scope = scope,
        });
        device.IsError.Should().BeFalse(device.Raw);
        device.DeviceCode.Should().NotBeNullOrEmpty();
        device.Interval.Should().BePositive();

        Task<IM.TokenResponse> Poll() => http.RequestDeviceTokenAsync(new IM.DeviceTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = DemoClients.Tv.ClientId,
            ClientCredentialStyle = IM.ClientCredentialStyle.PostBody,
            DeviceCode = device.DeviceCode!,
        });

        // Before the user acts: authorization_pending.
        IM.TokenResponse early = await Poll();
        early.IsError.Should().BeTrue();
        early.Error.Should().Be("authorization_pending");
        early.HttpStatusCode.Should().Be(HttpStatusCode.BadRequest);

        await ApproveOnVerificationPageAsync(new Uri(device.VerificationUri!), device.UserCode!);

        IM.TokenResponse tokens = await PollAsync(Poll, device.Interval);
        tokens.IsError.Should().BeFalse(tokens.Raw);
        return tokens;
    }

    /// <summary>The user at a browser: enters the code, gets the consent page (with its antiforgery token and cookie), approves.</summary>
    private static async Task ApproveOnVerificationPageAsync(Uri verificationUri, string userCode)
    {
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { Timeout = TimeSpan.FromSeconds(10) };
        string consent = await browser.GetStringAsync(new Uri(verificationUri, $"?user_code={Uri.EscapeDataString(userCode)}"));
        consent.Should().Contain("data-page=\"consent\"").And.Contain(WebUtility.HtmlEncode(DemoClients.Tv.Name));
        Dictionary<string, string> form = HiddenInput().Matches(consent)
            .ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        form["decision"] = "approve";

        using HttpResponseMessage decided = await browser.PostAsync(verificationUri, new FormUrlEncodedContent(form));

        string html = await decided.Content.ReadAsStringAsync();
        decided.StatusCode.Should().Be(HttpStatusCode.OK, html);
        html.Should().Contain("data-page=\"approved\"");
    }

    /// <summary>
    /// A CIBA client starts a request for <paramref name="subject"/> with IdentityModel; the user approves on their
    /// authentication device (the sample's API); the client then gets the tokens (poll: polling from the start,
    /// answered authorization_pending first; ping: after the notification).
    /// </summary>
    private static async Task<IM.TokenResponse> CibaAsync(HttpClient http, SampleServer server, IM.DiscoveryDocumentResponse disco, DemoClient client, string subject, bool poll)
    {
        IM.BackchannelAuthenticationResponse started = await http.RequestBackchannelAuthenticationAsync(new IM.BackchannelAuthenticationRequest
        {
            Address = disco.BackchannelAuthenticationEndpoint,
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            Scope = "openid profile",
            LoginHint = subject,
            BindingMessage = "W4SCT",
            ClientNotificationToken = poll ? null : "cnt-" + Guid.NewGuid().ToString("N"),
        });
        started.IsError.Should().BeFalse(started.Raw);
        started.AuthenticationRequestId.Should().NotBeNullOrEmpty();

        Task<IM.TokenResponse> Token() => http.RequestBackchannelAuthenticationTokenAsync(new IM.BackchannelAuthenticationTokenRequest
        {
            Address = disco.TokenEndpoint,
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            AuthenticationRequestId = started.AuthenticationRequestId!,
        });

        if (poll)
        {
            IM.TokenResponse early = await Token();
            early.Error.Should().Be("authorization_pending", early.Raw);
        }

        // The user's authentication device: wait for the request to show up, check it, approve it.
        using var device = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        JsonArray pending = [];
        using (var cts = new CancellationTokenSource(Deadline))
        {
            while (pending.Count == 0)
            {
                pending = JsonNode.Parse(await device.GetStringAsync($"/authentication-device/{subject}/requests", cts.Token))!.AsArray();
                if (pending.Count == 0)
                {
                    await Task.Delay(50, cts.Token);
                }
            }
        }

        JsonNode request = pending.Should().ContainSingle().Subject!;
        request["clientName"]!.GetValue<string>().Should().Be(client.Name);
        request["bindingMessage"]!.GetValue<string>().Should().Be("W4SCT");
        using HttpResponseMessage approved = await device.PostAsync($"/authentication-device/{subject}/requests/{request["id"]}/approve", null);
        approved.StatusCode.Should().Be(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        IM.TokenResponse tokens = await PollAsync(Token, started.Interval ?? 5);
        tokens.IsError.Should().BeFalse(tokens.Raw);
        return tokens;
    }

    /// <summary>Polls at the server's interval (slow_down adds 5 s, RFC 8628 §3.5) until the answer is not pending, within the deadline.</summary>
    private static async Task<IM.TokenResponse> PollAsync(Func<Task<IM.TokenResponse>> token, int interval)
    {
        using var cts = new CancellationTokenSource(Deadline);
        while (true)
        {
            IM.TokenResponse response = await token();
            switch (response.Error)
            {
                case "authorization_pending":
                    break;
                case "slow_down":
                    interval += 5;
                    break;
                default:
                    return response;
            }

            await Task.Delay(TimeSpan.FromSeconds(interval), cts.Token);
        }
    }

    /// <summary>
    /// Verifies an ID token as a relying party would: ES256 signature with the key of the discovered JWK Set (by kid),
    /// then iss, aud, sub, exp. ECDsa checks the JWS signature (R || S, RFC 7518 §3.4) from the JWK's x and y directly.
    /// </summary>
    private static void VerifyIdToken(string idToken, IM.DiscoveryDocumentResponse disco, string clientId, string subject)
    {
        string[] parts = idToken.Split('.');
        parts.Should().HaveCount(3, "an ID token is a JWS in compact serialization");
        JsonNode header = JsonNode.Parse(Base64UrlDecode(parts[0]))!;
        header["alg"]!.GetValue<string>().Should().Be("ES256");
        string? kid = header["kid"]?.GetValue<string>();
        Duende.IdentityModel.Jwk.JsonWebKey jwk = disco.KeySet!.Keys.Should().ContainSingle(k => kid == null || k.Kid == kid).Subject;
        jwk.Kty.Should().Be("EC");
        jwk.Crv.Should().Be("P-256");

        using ECDsa key = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = Base64UrlDecode(jwk.X), Y = Base64UrlDecode(jwk.Y) },
        });
        bool valid = key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64UrlDecode(parts[2]), HashAlgorithmName.SHA256);
        if (!valid)
        {
            throw new CryptographicException("The ID token's signature does not verify with the discovered key.");
        }

        JsonNode claims = JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        claims["iss"]!.GetValue<string>().Should().Be(disco.Issuer);
        JsonNode aud = claims["aud"]!;
        (aud is JsonArray array ? array.Select(a => a!.GetValue<string>()).ToArray() : [aud.GetValue<string>()]).Should().Equal(clientId);
        claims["sub"]!.GetValue<string>().Should().Be(subject);
        DateTimeOffset.FromUnixTimeSeconds(claims["exp"]!.GetValue<long>()).Should().BeAfter(DateTimeOffset.UtcNow);
    }

    private static string? Claim(IEnumerable<Claim> claims, string type) => claims.FirstOrDefault(c => c.Type == type)?.Value;

    private static byte[] Base64UrlDecode(string? value) => Convert.FromBase64String(
        (value ?? "").Replace('-', '+').Replace('_', '/').PadRight((value ?? "").Length + ((4 - ((value ?? "").Length % 4)) % 4), '='));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
