using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Newtonsoft.Json.Serialization;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Full Authlete answers and one full request: every member set, with values of realistic size (JWTs of ~1 KB,
/// tokens of 43 characters, a push-mode notification body, attributes and authorization details).
/// The JSON is what the SDK writes; the POCOs are read from that same JSON.
/// </summary>
public static partial class Payloads
{
    private const long ClientId = 26862190133482;
    private const long Now = 1764057600000; // 2025-11-25T08:00:00Z in milliseconds

    public static readonly string AccessToken = Token(1);
    public static readonly string RefreshToken = Token(2);
    public static readonly string IdToken = Jwt(3, 620);
    public static readonly string JwtAccessToken = Jwt(4, 540);

    /// <summary>camelCase and nulls omitted, as Authlete and the SDK write it.</summary>
    public static readonly JsonSerializerOptions StjReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The same for Newtonsoft.Json.</summary>
    public static readonly Newtonsoft.Json.JsonSerializerSettings NewtonsoftSettings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore,
    };

    public static BackchannelAuthenticationCompleteResponse CibaCompleteResponse() => new()
    {
        ResultCode = "A196001",
        ResultMessage = "[A196001] The client notification was generated successfully (mode = push, result = AUTHORIZED).",
        ClientId = ClientId,
        ClientIdAlias = "my-ciba-client",
        ClientIdAliasUsed = true,
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = BackchannelAuthenticationCompleteAction.Notification,
        ResponseContent = new JsonObject
        {
            ["auth_req_id"] = "_mzc-ZQdAhSPuMxTlO-MC_oqaOqYCrdNQ39PVxisaiE",
            ["access_token"] = AccessToken,
            ["token_type"] = "Bearer",
            ["refresh_token"] = RefreshToken,
            ["expires_in"] = 3600,
            ["id_token"] = IdToken,
        }.ToJsonString(),
        ClientName = "My CIBA Client",
        DeliveryMode = DeliveryMode.Push,
        ClientNotificationEndpoint = "https://rp.example.com/ciba/notification",
        ClientNotificationToken = "8d67dc78-7faa-4d41-aabd-67707b374255",
        AuthReqId = "_mzc-ZQdAhSPuMxTlO-MC_oqaOqYCrdNQ39PVxisaiE",
        AccessToken = AccessToken,
        RefreshToken = RefreshToken,
        IdToken = IdToken,
        AccessTokenDuration = 3600,
        RefreshTokenDuration = 86400,
        IdTokenDuration = 3600,
        JwtAccessToken = JwtAccessToken,
        Resources = ["https://api.example.com/payments", "https://api.example.com/accounts"],
        AuthorizationDetails = AuthorizationDetails(),
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        GrantId = "GRANT-9f2a77c1-5c3e-4b8e-a2f4-0d61c8e1b0aa",
    };

    public static DeviceAuthorizationResponse DeviceAuthorizationResponse() => new()
    {
        ResultCode = "A220001",
        ResultMessage = "[A220001] The device authorization request was processed successfully.",
        ClientId = ClientId,
        ClientIdAlias = "my-device-client",
        ClientIdAliasUsed = false,
        ClientEntityId = "https://tv.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://tv.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = DeviceAuthorizationAction.Ok,
        ResponseContent = new JsonObject
        {
            ["device_code"] = "p0qzXeRav8u6lJY9omjzR47KK58VwYN7j8xGUD7sq5I",
            ["user_code"] = "XWWK-PBWV",
            ["verification_uri"] = "https://as.example.com/device",
            ["verification_uri_complete"] = "https://as.example.com/device?user_code=XWWK-PBWV",
            ["expires_in"] = 600,
            ["interval"] = 5,
        }.ToJsonString(),
        ClientName = "Living-room TV",
        ClientAuthMethod = ClientAuthMethod.None,
        Scopes =
        [
            new Scope { Name = "openid", DefaultEntry = true, Description = "OpenID Connect", Descriptions = Descriptions("OpenID Connect"), Attributes = Attributes("openid") },
            new Scope { Name = "profile", DefaultEntry = false, Description = "Your name and picture", Descriptions = Descriptions("Your name and picture"), Attributes = Attributes("profile") },
            new Scope { Name = "video.watch", DefaultEntry = false, Description = "Watch videos", Descriptions = Descriptions("Watch videos"), Attributes = Attributes("video") },
        ],
        ClaimNames = ["name", "family_name", "given_name", "picture", "locale", "updated_at"],
        Acrs = ["urn:mace:incommon:iap:silver", "urn:mace:incommon:iap:bronze"],
        DeviceCode = "p0qzXeRav8u6lJY9omjzR47KK58VwYN7j8xGUD7sq5I",
        UserCode = "XWWK-PBWV",
        VerificationUri = "https://as.example.com/device",
        VerificationUriComplete = "https://as.example.com/device?user_code=XWWK-PBWV",
        ExpiresIn = 600,
        Interval = 5,
        Warnings = ["The 'acr_values' request parameter contains an unsupported ACR: urn:example:gold."],
        Resources = ["https://api.example.com/videos"],
        AuthorizationDetails = AuthorizationDetails(),
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        DynamicScopes = [new DynamicScope { Name = "channel", Value = "channel:42" }, new DynamicScope { Name = "channel", Value = "channel:7" }],
        GmAction = GmAction.Merge,
        GrantId = "GRANT-9f2a77c1-5c3e-4b8e-a2f4-0d61c8e1b0aa",
        Grant = new Grant
        {
            Scopes = [new GrantScope { Scope = "openid profile", Resource = ["https://api.example.com/videos"] }],
            Claims = ["name", "picture"],
            AuthorizationDetails = AuthorizationDetails(),
        },
        GrantSubject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        AttestationChallenge = "AYjcyMzY3ZDhiNmJkNTZiMWU2YTZhYzg5ZTdkNjY3NTk",
    };

    public static TokenResponse TokenResponse() => new()
    {
        ResultCode = "A050001",
        ResultMessage = "[A050001] The token request (grant_type=authorization_code) was processed successfully.",
        ClientId = ClientId,
        ClientIdAlias = "my-client",
        ClientIdAliasUsed = false,
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = TokenAction.Ok,
        ResponseContent = new JsonObject
        {
            ["access_token"] = AccessToken,
            ["refresh_token"] = RefreshToken,
            ["scope"] = "openid profile history.read timeline.read",
            ["id_token"] = IdToken,
            ["token_type"] = "DPoP",
            ["expires_in"] = 3600,
        }.ToJsonString(),
        Username = "john.smith@example.com",
        Password = "correct horse battery staple",
        Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q",
        AccessToken = AccessToken,
        AccessTokenExpiresAt = Now + 3_600_000,
        AccessTokenDuration = 3600,
        RefreshToken = RefreshToken,
        RefreshTokenExpiresAt = Now + 86_400_000,
        RefreshTokenDuration = 86400,
        IdToken = IdToken,
        GrantType = GrantType.AuthorizationCode,
        Subject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        Scopes = ["openid", "profile", "history.read", "timeline.read"],
        Properties = Properties(),
        JwtAccessToken = JwtAccessToken,
        Resources = ["https://api.example.com/history", "https://api.example.com/timeline"],
        AccessTokenResources = ["https://api.example.com/history"],
        AuthorizationDetails = AuthorizationDetails(),
        AdditionalClaims = """{"nickname":"johnny","locale":"en-GB"}""",
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        ClientAuthMethod = ClientAuthMethod.PrivateKeyJwt,
        GrantId = "GRANT-9f2a77c1-5c3e-4b8e-a2f4-0d61c8e1b0aa",
        Audiences = ["https://api.example.com", "https://backend.example.com"],
        RequestedTokenType = TokenType.AccessToken,
        SubjectToken = JwtAccessToken,
        SubjectTokenType = TokenType.Jwt,
        SubjectTokenInfo = TokenInfo("1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21"),
        ActorToken = AccessToken,
        ActorTokenType = TokenType.AccessToken,
        ActorTokenInfo = TokenInfo("service-account-7"),
        Assertion = Jwt(5, 300),
        PreviousRefreshTokenUsed = false,
        CnonceDuration = 300,
        DpopNonce = "eyJ7S_zG.eyJH0-Z.HX4w-7v",
        Cnonce = "tZignsnFbp",
        CnonceExpiresAt = Now + 300_000,
        RequestedIdTokenClaims = ["email", "email_verified", "name"],
        RefreshTokenScopes = ["openid", "profile", "history.read"],
        SessionId = "6c1f5a8e-2b2d-4e07-9f41-0d9d2f7b3c55",
        DeviceSecret = Token(6),
        DeviceSecretHash = "Q1w2E3r4T5y6U7i8O9p0A1s2D3f4G5h6J7k8L9z0X1c",
        AttestationChallenge = "AYjcyMzY3ZDhiNmJkNTZiMWU2YTZhYzg5ZTdkNjY3NTk",
    };

    public static BackchannelAuthenticationCompleteRequest CibaCompleteRequest() => new()
    {
        Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q",
        Result = BackchannelAuthenticationCompleteResult.Authorized,
        Subject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        Sub = "pairwise-5d1c9b2e7f",
        AuthTime = Now / 1000,
        Acr = "urn:mace:incommon:iap:silver",
        Claims = """{"name":"John Smith","given_name":"John","family_name":"Smith","email":"john.smith@example.com","email_verified":true}""",
        Properties = Properties(),
        Scopes = ["openid", "profile", "payments"],
        IdtHeaderParams = """{"kid":"2024-11-signing","typ":"JWT"}""",
        ErrorDescription = "The end-user denied the request on the authentication device.",
        ErrorUri = "https://as.example.com/errors/ciba-denied",
        ConsentedClaims = ["name", "given_name", "family_name", "email", "email_verified"],
        JwtAtClaims = """{"acct":"1234-5678","tier":"gold"}""",
        AccessToken = AccessToken,
        AccessTokenDuration = 3600,
        RefreshTokenDuration = 86400,
        IdTokenAudType = "array",
    };

    /// <summary>
    /// The body an Authlete server would send for <paramref name="value"/>: the SDK's JSON, re-written with minimal
    /// escaping as Authlete's Java server writes it (<c>\"</c> inside strings rather than <c>\u0022</c>).
    /// </summary>
    public static byte[] Utf8<T>(T value) where T : AuthleteModel
        => JsonSerializer.SerializeToUtf8Bytes(
            JsonNode.Parse(AuthleteJsonSerializer.SerializeToUtf8Bytes(value)),
            RelaxedEscaping);

    private static readonly JsonSerializerOptions RelaxedEscaping =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = JsonNodeContext.Default };

    /// <summary>Throws unless both JSON texts hold the same tree (member order aside).</summary>
    public static void AssertSameJson(string what, string expected, string actual)
    {
        if (!JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)))
        {
            throw new InvalidOperationException($"{what}: the JSON differs.\nexpected: {expected}\nactual:   {actual}");
        }
    }

    private static AuthzDetails AuthorizationDetails() => new()
    {
        Elements =
        [
            new AuthzDetailsElement
            {
                Type = "payment_initiation",
                Locations = ["https://api.example.com/payments"],
                Actions = ["initiate", "status", "cancel"],
                DataTypes = ["payment"],
                Identifier = "pmt-2025-11-25-0001",
                Privileges = ["execute"],
                OtherFields = """{"instructedAmount":{"currency":"EUR","amount":"123.50"},"creditorName":"Merchant A","creditorAccount":{"iban":"DE02100100109307118603"},"remittanceInformationUnstructured":"Ref Number Merchant"}""",
            },
            new AuthzDetailsElement
            {
                Type = "account_information",
                Locations = ["https://api.example.com/accounts"],
                Actions = ["list_accounts", "read_balances", "read_transactions"],
                DataTypes = ["account", "balance", "transaction"],
                Identifier = "acc-DE02100100109307118603",
                Privileges = ["read"],
                OtherFields = """{"validUntil":"2026-02-25"}""",
            },
        ],
    };

    private static List<Pair> Attributes(string owner) =>
    [
        new Pair { Key = owner + ".tier", Value = "gold" },
        new Pair { Key = owner + ".region", Value = "eu-central-1" },
    ];

    private static List<TaggedValue> Descriptions(string english) =>
    [
        new TaggedValue { Tag = "en", Value = english },
        new TaggedValue { Tag = "ja", Value = english + " (ja)" },
    ];

    private static List<Property> Properties() =>
    [
        new Property { Key = "account_id", Value = "1234-5678", Hidden = false },
        new Property { Key = "risk_score", Value = "0.07", Hidden = true },
    ];

    private static TokenInfo TokenInfo(string subject) => new()
    {
        ClientId = ClientId,
        ClientIdAlias = "my-client",
        ClientIdAliasUsed = true,
        Subject = subject,
        Scopes = [new Scope { Name = "history.read", DefaultEntry = false, Description = "Read history", Descriptions = Descriptions("Read history"), Attributes = Attributes("history") }],
        ExpiresAt = Now + 3_600_000,
        Properties = Properties(),
        Resources = ["https://api.example.com/history"],
        AuthorizationDetails = AuthorizationDetails(),
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = true,
    };

    /// <summary>A 43-character base64url token, as Authlete issues.</summary>
    private static string Token(int seed) => Base64Url(SHA256.HashData(BitConverter.GetBytes(seed)));

    /// <summary>A JWT-shaped string: header, a claims part of about <paramref name="claimsChars"/> characters, an RS256-sized signature.</summary>
    private static string Jwt(int seed, int claimsChars)
    {
        string header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"RS256","kid":"2024-11-signing","typ":"JWT"}"""));
        var claims = new StringBuilder("{\"iss\":\"https://as.example.com\",\"sub\":\"1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21\",\"aud\":\"my-client\"");
        claims.Append(",\"iat\":1764057600,\"exp\":1764061200,\"x\":\"");
        while (claims.Length < claimsChars * 3 / 4)
        {
            claims.Append(Token(seed + claims.Length));
        }

        claims.Append("\"}");
        byte[] signature = new byte[256];
        for (int i = 0; i < signature.Length; i++)
        {
            signature[i] = (byte)(seed * 31 + i * 7);
        }

        return header + "." + Base64Url(Encoding.UTF8.GetBytes(claims.ToString())) + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Source-generated metadata for writing a <see cref="JsonNode"/>.</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class JsonNodeContext : JsonSerializerContext
{
}
