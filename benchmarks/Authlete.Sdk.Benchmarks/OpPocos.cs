// Plain classes with the same members as the SDK types of the OpenID Provider APIs (extensible enums as strings,
// lists as List<T>, wire names of the discovery document and JWK Set as attributes), generated once from the SDK source;
// the benchmarks check at start-up that both forms read and write the same JSON.

namespace Authlete.Sdk.Benchmarks.Pocos;

public sealed class ServiceConfigurationResponse
{
    [System.Text.Json.Serialization.JsonPropertyName("issuer")]
    [Newtonsoft.Json.JsonProperty("issuer")]
    public string? Issuer { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("authorization_endpoint")]
    [Newtonsoft.Json.JsonProperty("authorization_endpoint")]
    public string? AuthorizationEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("token_endpoint")]
    [Newtonsoft.Json.JsonProperty("token_endpoint")]
    public string? TokenEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("userinfo_endpoint")]
    [Newtonsoft.Json.JsonProperty("userinfo_endpoint")]
    public string? UserinfoEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("jwks_uri")]
    [Newtonsoft.Json.JsonProperty("jwks_uri")]
    public string? JwksUri { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("registration_endpoint")]
    [Newtonsoft.Json.JsonProperty("registration_endpoint")]
    public string? RegistrationEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("scopes_supported")]
    [Newtonsoft.Json.JsonProperty("scopes_supported")]
    public List<string>? ScopesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("response_types_supported")]
    [Newtonsoft.Json.JsonProperty("response_types_supported")]
    public List<string>? ResponseTypesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("response_modes_supported")]
    [Newtonsoft.Json.JsonProperty("response_modes_supported")]
    public List<string>? ResponseModesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("grant_types_supported")]
    [Newtonsoft.Json.JsonProperty("grant_types_supported")]
    public List<string>? GrantTypesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("acr_values_supported")]
    [Newtonsoft.Json.JsonProperty("acr_values_supported")]
    public List<string>? AcrValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("subject_types_supported")]
    [Newtonsoft.Json.JsonProperty("subject_types_supported")]
    public List<string>? SubjectTypesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("id_token_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("id_token_signing_alg_values_supported")]
    public List<string>? IdTokenSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("id_token_encryption_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("id_token_encryption_alg_values_supported")]
    public List<string>? IdTokenEncryptionAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("id_token_encryption_enc_values_supported")]
    [Newtonsoft.Json.JsonProperty("id_token_encryption_enc_values_supported")]
    public List<string>? IdTokenEncryptionEncValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("userinfo_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("userinfo_signing_alg_values_supported")]
    public List<string>? UserinfoSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("request_object_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("request_object_signing_alg_values_supported")]
    public List<string>? RequestObjectSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("token_endpoint_auth_methods_supported")]
    [Newtonsoft.Json.JsonProperty("token_endpoint_auth_methods_supported")]
    public List<string>? TokenEndpointAuthMethodsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("token_endpoint_auth_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("token_endpoint_auth_signing_alg_values_supported")]
    public List<string>? TokenEndpointAuthSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("display_values_supported")]
    [Newtonsoft.Json.JsonProperty("display_values_supported")]
    public List<string>? DisplayValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("claim_types_supported")]
    [Newtonsoft.Json.JsonProperty("claim_types_supported")]
    public List<string>? ClaimTypesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("claims_supported")]
    [Newtonsoft.Json.JsonProperty("claims_supported")]
    public List<string>? ClaimsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("service_documentation")]
    [Newtonsoft.Json.JsonProperty("service_documentation")]
    public string? ServiceDocumentation { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("claims_locales_supported")]
    [Newtonsoft.Json.JsonProperty("claims_locales_supported")]
    public List<string>? ClaimsLocalesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("ui_locales_supported")]
    [Newtonsoft.Json.JsonProperty("ui_locales_supported")]
    public List<string>? UiLocalesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("claims_parameter_supported")]
    [Newtonsoft.Json.JsonProperty("claims_parameter_supported")]
    public bool? ClaimsParameterSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("request_parameter_supported")]
    [Newtonsoft.Json.JsonProperty("request_parameter_supported")]
    public bool? RequestParameterSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("request_uri_parameter_supported")]
    [Newtonsoft.Json.JsonProperty("request_uri_parameter_supported")]
    public bool? RequestUriParameterSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("require_request_uri_registration")]
    [Newtonsoft.Json.JsonProperty("require_request_uri_registration")]
    public bool? RequireRequestUriRegistration { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("op_policy_uri")]
    [Newtonsoft.Json.JsonProperty("op_policy_uri")]
    public string? OpPolicyUri { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("op_tos_uri")]
    [Newtonsoft.Json.JsonProperty("op_tos_uri")]
    public string? OpTosUri { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("revocation_endpoint")]
    [Newtonsoft.Json.JsonProperty("revocation_endpoint")]
    public string? RevocationEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("revocation_endpoint_auth_methods_supported")]
    [Newtonsoft.Json.JsonProperty("revocation_endpoint_auth_methods_supported")]
    public List<string>? RevocationEndpointAuthMethodsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("introspection_endpoint")]
    [Newtonsoft.Json.JsonProperty("introspection_endpoint")]
    public string? IntrospectionEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("introspection_endpoint_auth_methods_supported")]
    [Newtonsoft.Json.JsonProperty("introspection_endpoint_auth_methods_supported")]
    public List<string>? IntrospectionEndpointAuthMethodsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("code_challenge_methods_supported")]
    [Newtonsoft.Json.JsonProperty("code_challenge_methods_supported")]
    public List<string>? CodeChallengeMethodsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("end_session_endpoint")]
    [Newtonsoft.Json.JsonProperty("end_session_endpoint")]
    public string? EndSessionEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("pushed_authorization_request_endpoint")]
    [Newtonsoft.Json.JsonProperty("pushed_authorization_request_endpoint")]
    public string? PushedAuthorizationRequestEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("require_pushed_authorization_requests")]
    [Newtonsoft.Json.JsonProperty("require_pushed_authorization_requests")]
    public bool? RequirePushedAuthorizationRequests { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("device_authorization_endpoint")]
    [Newtonsoft.Json.JsonProperty("device_authorization_endpoint")]
    public string? DeviceAuthorizationEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("backchannel_authentication_endpoint")]
    [Newtonsoft.Json.JsonProperty("backchannel_authentication_endpoint")]
    public string? BackchannelAuthenticationEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("backchannel_token_delivery_modes_supported")]
    [Newtonsoft.Json.JsonProperty("backchannel_token_delivery_modes_supported")]
    public List<string>? BackchannelTokenDeliveryModesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("backchannel_authentication_request_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("backchannel_authentication_request_signing_alg_values_supported")]
    public List<string>? BackchannelAuthenticationRequestSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("backchannel_user_code_parameter_supported")]
    [Newtonsoft.Json.JsonProperty("backchannel_user_code_parameter_supported")]
    public bool? BackchannelUserCodeParameterSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("dpop_signing_alg_values_supported")]
    [Newtonsoft.Json.JsonProperty("dpop_signing_alg_values_supported")]
    public List<string>? DpopSigningAlgValuesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("tls_client_certificate_bound_access_tokens")]
    [Newtonsoft.Json.JsonProperty("tls_client_certificate_bound_access_tokens")]
    public bool? TlsClientCertificateBoundAccessTokens { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("authorization_response_iss_parameter_supported")]
    [Newtonsoft.Json.JsonProperty("authorization_response_iss_parameter_supported")]
    public bool? AuthorizationResponseIssParameterSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("frontchannel_logout_supported")]
    [Newtonsoft.Json.JsonProperty("frontchannel_logout_supported")]
    public bool? FrontchannelLogoutSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("backchannel_logout_supported")]
    [Newtonsoft.Json.JsonProperty("backchannel_logout_supported")]
    public bool? BackchannelLogoutSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("authorization_details_types_supported")]
    [Newtonsoft.Json.JsonProperty("authorization_details_types_supported")]
    public List<string>? AuthorizationDetailsTypesSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("grant_management_endpoint")]
    [Newtonsoft.Json.JsonProperty("grant_management_endpoint")]
    public string? GrantManagementEndpoint { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("grant_management_actions_supported")]
    [Newtonsoft.Json.JsonProperty("grant_management_actions_supported")]
    public List<string>? GrantManagementActionsSupported { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("verified_claims_supported")]
    [Newtonsoft.Json.JsonProperty("verified_claims_supported")]
    public bool? VerifiedClaimsSupported { get; set; }
}

public sealed class ServiceJwksResponse
{
    [System.Text.Json.Serialization.JsonPropertyName("keys")]
    [Newtonsoft.Json.JsonProperty("keys")]
    public List<JsonWebKey>? Keys { get; set; }
}

public sealed class JsonWebKey
{
    [System.Text.Json.Serialization.JsonPropertyName("kty")]
    [Newtonsoft.Json.JsonProperty("kty")]
    public string? Kty { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("use")]
    [Newtonsoft.Json.JsonProperty("use")]
    public string? Use { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("key_ops")]
    [Newtonsoft.Json.JsonProperty("key_ops")]
    public List<string>? KeyOps { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("alg")]
    [Newtonsoft.Json.JsonProperty("alg")]
    public string? Alg { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("kid")]
    [Newtonsoft.Json.JsonProperty("kid")]
    public string? Kid { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("x5u")]
    [Newtonsoft.Json.JsonProperty("x5u")]
    public string? X5u { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("x5c")]
    [Newtonsoft.Json.JsonProperty("x5c")]
    public List<string>? X5c { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("x5t")]
    [Newtonsoft.Json.JsonProperty("x5t")]
    public string? X5t { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("x5t#S256")]
    [Newtonsoft.Json.JsonProperty("x5t#S256")]
    public string? X5tS256 { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("crv")]
    [Newtonsoft.Json.JsonProperty("crv")]
    public string? Crv { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("x")]
    [Newtonsoft.Json.JsonProperty("x")]
    public string? X { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("y")]
    [Newtonsoft.Json.JsonProperty("y")]
    public string? Y { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("n")]
    [Newtonsoft.Json.JsonProperty("n")]
    public string? N { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("e")]
    [Newtonsoft.Json.JsonProperty("e")]
    public string? E { get; set; }
}

public sealed class IntrospectionResponse
{
    public string? ResultCode { get; set; }

    public string? ResultMessage { get; set; }

    public long ClientId { get; set; }

    public string? ClientIdAlias { get; set; }

    public bool ClientIdAliasUsed { get; set; }

    public string? ClientEntityId { get; set; }

    public bool ClientEntityIdUsed { get; set; }

    public string? MetadataDocumentLocation { get; set; }

    public bool MetadataDocumentUsed { get; set; }

    public string? Action { get; set; }

    public string? ResponseContent { get; set; }

    public long ExpiresAt { get; set; }

    public string? Subject { get; set; }

    public List<string>? Scopes { get; set; }

    public bool Existent { get; set; }

    public bool Usable { get; set; }

    public bool Sufficient { get; set; }

    public bool Refreshable { get; set; }

    public List<Property>? Properties { get; set; }

    public string? CertificateThumbprint { get; set; }

    public List<string>? Resources { get; set; }

    public List<string>? AccessTokenResources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public List<Scope>? ScopeDetails { get; set; }

    public string? GrantId { get; set; }

    public Grant? Grant { get; set; }

    public bool ForExternalAttachment { get; set; }

    public List<string>? ConsentedClaims { get; set; }

    public string? GrantType { get; set; }

    public string? Acr { get; set; }

    public long AuthTime { get; set; }

    public bool ForCredentialIssuance { get; set; }

    public string? Cnonce { get; set; }

    public long CnonceExpiresAt { get; set; }

    public string? IssuableCredentials { get; set; }

    public string? DpopNonce { get; set; }

    public bool ResponseSigningRequired { get; set; }
}

public sealed class UserInfoResponse
{
    public string? ResultCode { get; set; }

    public string? ResultMessage { get; set; }

    public long ClientId { get; set; }

    public string? ClientIdAlias { get; set; }

    public bool ClientIdAliasUsed { get; set; }

    public string? ClientEntityId { get; set; }

    public bool ClientEntityIdUsed { get; set; }

    public string? MetadataDocumentLocation { get; set; }

    public bool MetadataDocumentUsed { get; set; }

    public string? Action { get; set; }

    public List<string>? Claims { get; set; }

    public string? ResponseContent { get; set; }

    public List<string>? Scopes { get; set; }

    public string? Subject { get; set; }

    public string? Token { get; set; }

    public List<Property>? Properties { get; set; }

    public string? UserInfoClaims { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public List<string>? ConsentedClaims { get; set; }

    public List<string>? RequestedClaimsForTx { get; set; }

    public List<List<string>>? RequestedVerifiedClaimsForTx { get; set; }

    public string? TransformedClaims { get; set; }

    public string? DpopNonce { get; set; }
}
