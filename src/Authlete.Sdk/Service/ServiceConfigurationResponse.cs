using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The answer of Authlete's <c>/service/configuration</c> API: the service's OpenID Provider metadata (OpenID Connect
/// Discovery 1.0 §3, RFC 8414 §2, and the CIBA, device flow, DPoP and mTLS extensions). Unlike the other APIs the body is
/// the document itself, snake_case, with no result code; Authlete adds members as the specifications grow.
/// </summary>
/// <remarks>
/// Serve <see cref="ResponseContent"/> unchanged (every member, those this SDK does not type included) at
/// <c>/.well-known/openid-configuration</c>. The typed members are views for the host's own use; every other member is
/// kept in <see cref="AuthleteModel.ExtensionData"/>.
/// </remarks>
public sealed class ServiceConfigurationResponse : AuthleteResponse, IAuthleteDocumentResponse
{
    /// <summary>The document exactly as Authlete sent it, to serve unchanged; not a wire member (the whole body is).</summary>
    [JsonIgnore]
    public string? ResponseContent { get; set; }

    /// <summary>The issuer identifier (OpenID Connect Discovery 1.0 §3) (wire name <c>issuer</c>)</summary>
    [JsonPropertyName("issuer")]
    public string? Issuer { get; set; }

    /// <summary>The authorization endpoint (wire name <c>authorization_endpoint</c>)</summary>
    [JsonPropertyName("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; set; }

    /// <summary>The token endpoint (wire name <c>token_endpoint</c>)</summary>
    [JsonPropertyName("token_endpoint")]
    public string? TokenEndpoint { get; set; }

    /// <summary>The UserInfo endpoint (wire name <c>userinfo_endpoint</c>)</summary>
    [JsonPropertyName("userinfo_endpoint")]
    public string? UserinfoEndpoint { get; set; }

    /// <summary>Where the JWK Set is served (wire name <c>jwks_uri</c>)</summary>
    [JsonPropertyName("jwks_uri")]
    public string? JwksUri { get; set; }

    /// <summary>The dynamic client registration endpoint (wire name <c>registration_endpoint</c>)</summary>
    [JsonPropertyName("registration_endpoint")]
    public string? RegistrationEndpoint { get; set; }

    /// <summary>The supported scopes (wire name <c>scopes_supported</c>)</summary>
    [JsonPropertyName("scopes_supported")]
    public IReadOnlyList<string>? ScopesSupported { get; set; }

    /// <summary>The supported response types (wire name <c>response_types_supported</c>)</summary>
    [JsonPropertyName("response_types_supported")]
    public IReadOnlyList<string>? ResponseTypesSupported { get; set; }

    /// <summary>The supported response modes (wire name <c>response_modes_supported</c>)</summary>
    [JsonPropertyName("response_modes_supported")]
    public IReadOnlyList<string>? ResponseModesSupported { get; set; }

    /// <summary>The supported grant types (wire name <c>grant_types_supported</c>)</summary>
    [JsonPropertyName("grant_types_supported")]
    public IReadOnlyList<string>? GrantTypesSupported { get; set; }

    /// <summary>The supported ACR values (wire name <c>acr_values_supported</c>)</summary>
    [JsonPropertyName("acr_values_supported")]
    public IReadOnlyList<string>? AcrValuesSupported { get; set; }

    /// <summary>The supported subject identifier types (wire name <c>subject_types_supported</c>)</summary>
    [JsonPropertyName("subject_types_supported")]
    public IReadOnlyList<string>? SubjectTypesSupported { get; set; }

    /// <summary>The ID token signing algorithms (wire name <c>id_token_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("id_token_signing_alg_values_supported")]
    public IReadOnlyList<string>? IdTokenSigningAlgValuesSupported { get; set; }

    /// <summary>The ID token key management algorithms (wire name <c>id_token_encryption_alg_values_supported</c>)</summary>
    [JsonPropertyName("id_token_encryption_alg_values_supported")]
    public IReadOnlyList<string>? IdTokenEncryptionAlgValuesSupported { get; set; }

    /// <summary>The ID token content encryption algorithms (wire name <c>id_token_encryption_enc_values_supported</c>)</summary>
    [JsonPropertyName("id_token_encryption_enc_values_supported")]
    public IReadOnlyList<string>? IdTokenEncryptionEncValuesSupported { get; set; }

    /// <summary>The UserInfo signing algorithms (wire name <c>userinfo_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("userinfo_signing_alg_values_supported")]
    public IReadOnlyList<string>? UserinfoSigningAlgValuesSupported { get; set; }

    /// <summary>The request object signing algorithms (wire name <c>request_object_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("request_object_signing_alg_values_supported")]
    public IReadOnlyList<string>? RequestObjectSigningAlgValuesSupported { get; set; }

    /// <summary>The client authentication methods of the token endpoint (wire name <c>token_endpoint_auth_methods_supported</c>)</summary>
    [JsonPropertyName("token_endpoint_auth_methods_supported")]
    public IReadOnlyList<string>? TokenEndpointAuthMethodsSupported { get; set; }

    /// <summary>The signing algorithms of JWT client authentication at the token endpoint (wire name <c>token_endpoint_auth_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("token_endpoint_auth_signing_alg_values_supported")]
    public IReadOnlyList<string>? TokenEndpointAuthSigningAlgValuesSupported { get; set; }

    /// <summary>The supported display values (wire name <c>display_values_supported</c>)</summary>
    [JsonPropertyName("display_values_supported")]
    public IReadOnlyList<string>? DisplayValuesSupported { get; set; }

    /// <summary>The supported claim types (wire name <c>claim_types_supported</c>)</summary>
    [JsonPropertyName("claim_types_supported")]
    public IReadOnlyList<string>? ClaimTypesSupported { get; set; }

    /// <summary>The claims the provider may supply (wire name <c>claims_supported</c>)</summary>
    [JsonPropertyName("claims_supported")]
    public IReadOnlyList<string>? ClaimsSupported { get; set; }

    /// <summary>Documentation for developers (wire name <c>service_documentation</c>)</summary>
    [JsonPropertyName("service_documentation")]
    public string? ServiceDocumentation { get; set; }

    /// <summary>The languages of the claims (wire name <c>claims_locales_supported</c>)</summary>
    [JsonPropertyName("claims_locales_supported")]
    public IReadOnlyList<string>? ClaimsLocalesSupported { get; set; }

    /// <summary>The languages of the user interface (wire name <c>ui_locales_supported</c>)</summary>
    [JsonPropertyName("ui_locales_supported")]
    public IReadOnlyList<string>? UiLocalesSupported { get; set; }

    /// <summary>Whether the claims request parameter is supported (wire name <c>claims_parameter_supported</c>)</summary>
    [JsonPropertyName("claims_parameter_supported")]
    public bool? ClaimsParameterSupported { get; set; }

    /// <summary>Whether the request parameter is supported (wire name <c>request_parameter_supported</c>)</summary>
    [JsonPropertyName("request_parameter_supported")]
    public bool? RequestParameterSupported { get; set; }

    /// <summary>Whether the request_uri parameter is supported (wire name <c>request_uri_parameter_supported</c>)</summary>
    [JsonPropertyName("request_uri_parameter_supported")]
    public bool? RequestUriParameterSupported { get; set; }

    /// <summary>Whether request_uri values must be registered (wire name <c>require_request_uri_registration</c>)</summary>
    [JsonPropertyName("require_request_uri_registration")]
    public bool? RequireRequestUriRegistration { get; set; }

    /// <summary>The provider's policy (wire name <c>op_policy_uri</c>)</summary>
    [JsonPropertyName("op_policy_uri")]
    public string? OpPolicyUri { get; set; }

    /// <summary>The provider's terms of service (wire name <c>op_tos_uri</c>)</summary>
    [JsonPropertyName("op_tos_uri")]
    public string? OpTosUri { get; set; }

    /// <summary>The token revocation endpoint (RFC 7009) (wire name <c>revocation_endpoint</c>)</summary>
    [JsonPropertyName("revocation_endpoint")]
    public string? RevocationEndpoint { get; set; }

    /// <summary>The client authentication methods of the revocation endpoint (wire name <c>revocation_endpoint_auth_methods_supported</c>)</summary>
    [JsonPropertyName("revocation_endpoint_auth_methods_supported")]
    public IReadOnlyList<string>? RevocationEndpointAuthMethodsSupported { get; set; }

    /// <summary>The token introspection endpoint (RFC 7662) (wire name <c>introspection_endpoint</c>)</summary>
    [JsonPropertyName("introspection_endpoint")]
    public string? IntrospectionEndpoint { get; set; }

    /// <summary>The client authentication methods of the introspection endpoint (wire name <c>introspection_endpoint_auth_methods_supported</c>)</summary>
    [JsonPropertyName("introspection_endpoint_auth_methods_supported")]
    public IReadOnlyList<string>? IntrospectionEndpointAuthMethodsSupported { get; set; }

    /// <summary>The supported PKCE code challenge methods (wire name <c>code_challenge_methods_supported</c>)</summary>
    [JsonPropertyName("code_challenge_methods_supported")]
    public IReadOnlyList<string>? CodeChallengeMethodsSupported { get; set; }

    /// <summary>The RP-initiated logout endpoint (wire name <c>end_session_endpoint</c>)</summary>
    [JsonPropertyName("end_session_endpoint")]
    public string? EndSessionEndpoint { get; set; }

    /// <summary>The pushed authorization request endpoint (RFC 9126) (wire name <c>pushed_authorization_request_endpoint</c>)</summary>
    [JsonPropertyName("pushed_authorization_request_endpoint")]
    public string? PushedAuthorizationRequestEndpoint { get; set; }

    /// <summary>Whether pushed authorization requests are required (wire name <c>require_pushed_authorization_requests</c>)</summary>
    [JsonPropertyName("require_pushed_authorization_requests")]
    public bool? RequirePushedAuthorizationRequests { get; set; }

    /// <summary>The device authorization endpoint (RFC 8628 §4) (wire name <c>device_authorization_endpoint</c>)</summary>
    [JsonPropertyName("device_authorization_endpoint")]
    public string? DeviceAuthorizationEndpoint { get; set; }

    /// <summary>The CIBA backchannel authentication endpoint (CIBA Core §4) (wire name <c>backchannel_authentication_endpoint</c>)</summary>
    [JsonPropertyName("backchannel_authentication_endpoint")]
    public string? BackchannelAuthenticationEndpoint { get; set; }

    /// <summary>The supported CIBA token delivery modes: poll, ping, push (wire name <c>backchannel_token_delivery_modes_supported</c>)</summary>
    [JsonPropertyName("backchannel_token_delivery_modes_supported")]
    public IReadOnlyList<string>? BackchannelTokenDeliveryModesSupported { get; set; }

    /// <summary>The signing algorithms of signed CIBA requests (wire name <c>backchannel_authentication_request_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("backchannel_authentication_request_signing_alg_values_supported")]
    public IReadOnlyList<string>? BackchannelAuthenticationRequestSigningAlgValuesSupported { get; set; }

    /// <summary>Whether the CIBA user_code parameter is supported (wire name <c>backchannel_user_code_parameter_supported</c>)</summary>
    [JsonPropertyName("backchannel_user_code_parameter_supported")]
    public bool? BackchannelUserCodeParameterSupported { get; set; }

    /// <summary>The DPoP proof signing algorithms (RFC 9449) (wire name <c>dpop_signing_alg_values_supported</c>)</summary>
    [JsonPropertyName("dpop_signing_alg_values_supported")]
    public IReadOnlyList<string>? DpopSigningAlgValuesSupported { get; set; }

    /// <summary>Whether certificate-bound access tokens are issued (RFC 8705) (wire name <c>tls_client_certificate_bound_access_tokens</c>)</summary>
    [JsonPropertyName("tls_client_certificate_bound_access_tokens")]
    public bool? TlsClientCertificateBoundAccessTokens { get; set; }

    /// <summary>Whether the iss authorization response parameter is sent (RFC 9207) (wire name <c>authorization_response_iss_parameter_supported</c>)</summary>
    [JsonPropertyName("authorization_response_iss_parameter_supported")]
    public bool? AuthorizationResponseIssParameterSupported { get; set; }

    /// <summary>Whether front-channel logout is supported (wire name <c>frontchannel_logout_supported</c>)</summary>
    [JsonPropertyName("frontchannel_logout_supported")]
    public bool? FrontchannelLogoutSupported { get; set; }

    /// <summary>Whether back-channel logout is supported (wire name <c>backchannel_logout_supported</c>)</summary>
    [JsonPropertyName("backchannel_logout_supported")]
    public bool? BackchannelLogoutSupported { get; set; }

    /// <summary>The supported authorization_details types (RFC 9396) (wire name <c>authorization_details_types_supported</c>)</summary>
    [JsonPropertyName("authorization_details_types_supported")]
    public IReadOnlyList<string>? AuthorizationDetailsTypesSupported { get; set; }

    /// <summary>The Grant Management endpoint (wire name <c>grant_management_endpoint</c>)</summary>
    [JsonPropertyName("grant_management_endpoint")]
    public string? GrantManagementEndpoint { get; set; }

    /// <summary>The supported Grant Management actions (wire name <c>grant_management_actions_supported</c>)</summary>
    [JsonPropertyName("grant_management_actions_supported")]
    public IReadOnlyList<string>? GrantManagementActionsSupported { get; set; }

    /// <summary>Whether OpenID Connect for Identity Assurance verified claims are supported (wire name <c>verified_claims_supported</c>)</summary>
    [JsonPropertyName("verified_claims_supported")]
    public bool? VerifiedClaimsSupported { get; set; }
}
