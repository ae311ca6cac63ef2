using System.Text;

namespace Authlete.Sdk.Benchmarks;

/// <summary>The answers of the OpenID Provider APIs (discovery, JWK Set, introspection, UserInfo), every typed member set.</summary>
public static partial class Payloads
{
    private const string Issuer = "https://as.example.com";

    /// <summary>A full discovery document of an OP with CIBA, the device flow, PAR, DPoP and Grant Management (typed members only).</summary>
    public static ServiceConfigurationResponse ServiceConfiguration() => new()
    {
        Issuer = Issuer,
        AuthorizationEndpoint = Issuer + "/authorize",
        TokenEndpoint = Issuer + "/token",
        UserinfoEndpoint = Issuer + "/userinfo",
        JwksUri = Issuer + "/jwks",
        RegistrationEndpoint = Issuer + "/register",
        ScopesSupported = ["openid", "profile", "email", "address", "phone", "offline_access", "history.read", "timeline.read"],
        ResponseTypesSupported = ["code", "token", "id_token", "code token", "code id_token", "id_token token", "code id_token token", "none"],
        ResponseModesSupported = ["query", "fragment", "form_post", "query.jwt", "fragment.jwt", "form_post.jwt", "jwt"],
        GrantTypesSupported = ["authorization_code", "implicit", "refresh_token", "client_credentials", "urn:openid:params:grant-type:ciba", "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange", "urn:ietf:params:oauth:grant-type:jwt-bearer"],
        AcrValuesSupported = ["urn:mace:incommon:iap:silver", "urn:mace:incommon:iap:bronze"],
        SubjectTypesSupported = ["public", "pairwise"],
        IdTokenSigningAlgValuesSupported = ["RS256", "PS256", "ES256", "EdDSA"],
        IdTokenEncryptionAlgValuesSupported = ["RSA-OAEP", "RSA-OAEP-256", "ECDH-ES", "ECDH-ES+A128KW"],
        IdTokenEncryptionEncValuesSupported = ["A128CBC-HS256", "A256CBC-HS512", "A128GCM", "A256GCM"],
        UserinfoSigningAlgValuesSupported = ["RS256", "PS256", "ES256", "EdDSA"],
        RequestObjectSigningAlgValuesSupported = ["RS256", "PS256", "ES256", "EdDSA"],
        TokenEndpointAuthMethodsSupported = ["client_secret_basic", "client_secret_post", "client_secret_jwt", "private_key_jwt", "tls_client_auth", "self_signed_tls_client_auth", "none"],
        TokenEndpointAuthSigningAlgValuesSupported = ["RS256", "PS256", "ES256", "HS256"],
        DisplayValuesSupported = ["page", "popup", "touch", "wap"],
        ClaimTypesSupported = ["normal", "aggregated", "distributed"],
        ClaimsSupported = ["sub", "iss", "auth_time", "acr", "name", "given_name", "family_name", "nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at"],
        ServiceDocumentation = "https://as.example.com/docs",
        ClaimsLocalesSupported = ["en", "ja", "de", "fr"],
        UiLocalesSupported = ["en", "ja", "de", "fr"],
        ClaimsParameterSupported = true,
        RequestParameterSupported = true,
        RequestUriParameterSupported = true,
        RequireRequestUriRegistration = true,
        OpPolicyUri = Issuer + "/policy",
        OpTosUri = Issuer + "/tos",
        RevocationEndpoint = Issuer + "/revoke",
        RevocationEndpointAuthMethodsSupported = ["client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"],
        IntrospectionEndpoint = Issuer + "/introspect",
        IntrospectionEndpointAuthMethodsSupported = ["client_secret_basic", "client_secret_post", "private_key_jwt", "tls_client_auth"],
        CodeChallengeMethodsSupported = ["plain", "S256"],
        EndSessionEndpoint = Issuer + "/logout",
        PushedAuthorizationRequestEndpoint = Issuer + "/par",
        RequirePushedAuthorizationRequests = false,
        DeviceAuthorizationEndpoint = Issuer + "/device/authorization",
        BackchannelAuthenticationEndpoint = Issuer + "/backchannel/authentication",
        BackchannelTokenDeliveryModesSupported = ["poll", "ping", "push"],
        BackchannelAuthenticationRequestSigningAlgValuesSupported = ["RS256", "PS256", "ES256"],
        BackchannelUserCodeParameterSupported = true,
        DpopSigningAlgValuesSupported = ["RS256", "PS256", "ES256", "EdDSA"],
        TlsClientCertificateBoundAccessTokens = true,
        AuthorizationResponseIssParameterSupported = true,
        FrontchannelLogoutSupported = true,
        BackchannelLogoutSupported = true,
        AuthorizationDetailsTypesSupported = ["payment_initiation", "account_information"],
        GrantManagementEndpoint = Issuer + "/grants",
        GrantManagementActionsSupported = ["create", "query", "replace", "merge", "revoke"],
        VerifiedClaimsSupported = true,
    };

    /// <summary>A JWK Set of two RSA 2048 signing keys (one with an X.509 chain) and a P-256 key.</summary>
    public static ServiceJwksResponse ServiceJwks() => new()
    {
        Keys =
        [
            new JsonWebKey
            {
                Kty = "RSA", Use = "sig", Alg = "RS256", Kid = "2024-11-signing", N = Base64Url(Bytes(7, 256)), E = "AQAB",
                X5c = [Convert.ToBase64String(Bytes(8, 900))], X5t = Base64Url(Bytes(9, 20)), X5tS256 = Base64Url(Bytes(10, 32)),
            },
            new JsonWebKey { Kty = "RSA", Use = "sig", Alg = "PS256", Kid = "2025-05-signing", N = Base64Url(Bytes(11, 256)), E = "AQAB" },
            new JsonWebKey
            {
                Kty = "EC", Use = "sig", KeyOps = ["verify"], Alg = "ES256", Kid = "2025-05-ec", Crv = "P-256",
                X = Base64Url(Bytes(12, 32)), Y = Base64Url(Bytes(13, 32)), X5u = Issuer + "/certs/2025-05-ec.pem",
            },
        ],
    };

    /// <summary>An access token that is valid, with every member Authlete may add.</summary>
    public static IntrospectionResponse Introspection() => new()
    {
        ResultCode = "A056001",
        ResultMessage = "[A056001] The access token is valid.",
        ClientId = ClientId,
        ClientIdAlias = "my-client",
        ClientIdAliasUsed = false,
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = IntrospectionAction.Ok,
        ResponseContent = "Bearer error=\"invalid_request\"",
        ExpiresAt = Now + 3_600_000,
        Subject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        Scopes = ["openid", "profile", "history.read", "timeline.read"],
        Existent = true,
        Usable = true,
        Sufficient = true,
        Refreshable = true,
        Properties = Properties(),
        CertificateThumbprint = Base64Url(Bytes(14, 32)),
        Resources = ["https://api.example.com/history", "https://api.example.com/timeline"],
        AccessTokenResources = ["https://api.example.com/history"],
        AuthorizationDetails = AuthorizationDetails(),
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        ScopeDetails =
        [
            new Scope { Name = "history.read", DefaultEntry = false, Description = "Read history", Descriptions = Descriptions("Read history"), Attributes = Attributes("history") },
            new Scope { Name = "timeline.read", DefaultEntry = true, Description = "Read timeline", Descriptions = Descriptions("Read timeline"), Attributes = Attributes("timeline") },
        ],
        GrantId = "GRANT-9f2a77c1-5c3e-4b8e-a2f4-0d61c8e1b0aa",
        Grant = new Grant
        {
            Scopes = [new GrantScope { Scope = "history.read", Resource = ["https://api.example.com/history"] }],
            Claims = ["name", "email"],
            AuthorizationDetails = AuthorizationDetails(),
        },
        ForExternalAttachment = false,
        ConsentedClaims = ["name", "email", "email_verified"],
        GrantType = GrantType.AuthorizationCode,
        Acr = "urn:mace:incommon:iap:silver",
        AuthTime = Now / 1000 - 120,
        ForCredentialIssuance = false,
        Cnonce = "tZignsnFbp",
        CnonceExpiresAt = Now + 300_000,
        IssuableCredentials = """[{"format":"vc+sd-jwt","vct":"https://credentials.example.com/identity_credential"}]""",
        DpopNonce = "eyJ7S_zG.eyJH0-Z.HX4w-7v",
        ResponseSigningRequired = false,
    };

    /// <summary>A valid access token at the UserInfo endpoint, with claims, verified claims and transformed claims.</summary>
    public static UserInfoResponse UserInfo() => new()
    {
        ResultCode = "A091001",
        ResultMessage = "[A091001] The access token presented at the userinfo endpoint is valid.",
        ClientId = ClientId,
        ClientIdAlias = "my-client",
        ClientIdAliasUsed = false,
        ClientEntityId = "https://rp.example.com/federation/entity",
        ClientEntityIdUsed = false,
        MetadataDocumentLocation = "https://rp.example.com/.well-known/oauth-client",
        MetadataDocumentUsed = false,
        Action = UserInfoAction.Ok,
        Claims = ["name", "given_name", "family_name", "email", "email_verified", "birthdate", "address", "name#ja"],
        ResponseContent = "Bearer error=\"invalid_token\",error_description=\"The access token has expired.\"",
        Scopes = ["openid", "profile", "email", "address"],
        Subject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21",
        Token = AccessToken,
        Properties = Properties(),
        UserInfoClaims = """{"given_name":{"essential":true},"verified_claims":{"verification":{"trust_framework":null},"claims":{"given_name":null,"family_name":null,"birthdate":null}}}""",
        ServiceAttributes = Attributes("service"),
        ClientAttributes = Attributes("client"),
        ConsentedClaims = ["name", "email", "email_verified", "birthdate"],
        RequestedClaimsForTx = ["birthdate"],
        RequestedVerifiedClaimsForTx = [["birthdate"], ["given_name", "family_name"]],
        TransformedClaims = """{"::18_or_over":{"claims":["birthdate"],"fn":["years_ago","lte",18]}}""",
        DpopNonce = "eyJ7S_zG.eyJH0-Z.HX4w-7v",
    };

    private static byte[] Bytes(int seed, int length)
    {
        byte[] bytes = new byte[length];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(seed * 31 + i * 7);
        }

        return bytes;
    }
}
