// Plain classes with the same members as the SDK types (extensible enums as strings, lists as List<T>),
// generated once from the SDK source; the benchmarks check at start-up that both forms read and write the same JSON.

namespace Authlete.Sdk.Benchmarks.Pocos;

public sealed class BackchannelAuthenticationCompleteResponse
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

    public string? ClientName { get; set; }

    public string? DeliveryMode { get; set; }

    public string? ClientNotificationEndpoint { get; set; }

    public string? ClientNotificationToken { get; set; }

    public string? AuthReqId { get; set; }

    public string? AccessToken { get; set; }

    public string? RefreshToken { get; set; }

    public string? IdToken { get; set; }

    public long AccessTokenDuration { get; set; }

    public long RefreshTokenDuration { get; set; }

    public long IdTokenDuration { get; set; }

    public string? JwtAccessToken { get; set; }

    public List<string>? Resources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public string? GrantId { get; set; }
}

public sealed class BackchannelAuthenticationCompleteRequest
{
    public string? Ticket { get; set; }

    public string? Result { get; set; }

    public string? Subject { get; set; }

    public string? Sub { get; set; }

    public long? AuthTime { get; set; }

    public string? Acr { get; set; }

    public string? Claims { get; set; }

    public List<Property>? Properties { get; set; }

    public List<string>? Scopes { get; set; }

    public string? IdtHeaderParams { get; set; }

    public string? ErrorDescription { get; set; }

    public string? ErrorUri { get; set; }

    public List<string>? ConsentedClaims { get; set; }

    public string? JwtAtClaims { get; set; }

    public string? AccessToken { get; set; }

    public long? AccessTokenDuration { get; set; }

    public long? RefreshTokenDuration { get; set; }

    public string? IdTokenAudType { get; set; }
}

public sealed class DeviceAuthorizationResponse
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

    public string? ClientName { get; set; }

    public string? ClientAuthMethod { get; set; }

    public List<Scope>? Scopes { get; set; }

    public List<string>? ClaimNames { get; set; }

    public List<string>? Acrs { get; set; }

    public string? DeviceCode { get; set; }

    public string? UserCode { get; set; }

    public string? VerificationUri { get; set; }

    public string? VerificationUriComplete { get; set; }

    public int ExpiresIn { get; set; }

    public int Interval { get; set; }

    public List<string>? Warnings { get; set; }

    public List<string>? Resources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public List<DynamicScope>? DynamicScopes { get; set; }

    public string? GmAction { get; set; }

    public string? GrantId { get; set; }

    public Grant? Grant { get; set; }

    public string? GrantSubject { get; set; }

    public string? AttestationChallenge { get; set; }
}

public sealed class TokenResponse
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

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? Ticket { get; set; }

    public string? AccessToken { get; set; }

    public long AccessTokenExpiresAt { get; set; }

    public long AccessTokenDuration { get; set; }

    public string? RefreshToken { get; set; }

    public long RefreshTokenExpiresAt { get; set; }

    public long RefreshTokenDuration { get; set; }

    public string? IdToken { get; set; }

    public string? GrantType { get; set; }

    public string? Subject { get; set; }

    public List<string>? Scopes { get; set; }

    public List<Property>? Properties { get; set; }

    public string? JwtAccessToken { get; set; }

    public List<string>? Resources { get; set; }

    public List<string>? AccessTokenResources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public string? AdditionalClaims { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public string? ClientAuthMethod { get; set; }

    public string? GrantId { get; set; }

    public List<string>? Audiences { get; set; }

    public string? RequestedTokenType { get; set; }

    public string? SubjectToken { get; set; }

    public string? SubjectTokenType { get; set; }

    public TokenInfo? SubjectTokenInfo { get; set; }

    public string? ActorToken { get; set; }

    public string? ActorTokenType { get; set; }

    public TokenInfo? ActorTokenInfo { get; set; }

    public string? Assertion { get; set; }

    public bool PreviousRefreshTokenUsed { get; set; }

    public long CnonceDuration { get; set; }

    public string? DpopNonce { get; set; }

    public string? Cnonce { get; set; }

    public long CnonceExpiresAt { get; set; }

    public List<string>? RequestedIdTokenClaims { get; set; }

    public List<string>? RefreshTokenScopes { get; set; }

    public string? SessionId { get; set; }

    public string? DeviceSecret { get; set; }

    public string? DeviceSecretHash { get; set; }

    public string? AttestationChallenge { get; set; }
}

public sealed class AuthzDetails
{
    public List<AuthzDetailsElement>? Elements { get; set; }
}

public sealed class AuthzDetailsElement
{
    public string? Type { get; set; }

    public List<string>? Locations { get; set; }

    public List<string>? Actions { get; set; }

    public List<string>? DataTypes { get; set; }

    public string? Identifier { get; set; }

    public List<string>? Privileges { get; set; }

    public string? OtherFields { get; set; }
}

public sealed class Pair
{
    public string? Key { get; set; }

    public string? Value { get; set; }
}

public sealed class Property
{
    public string? Key { get; set; }

    public string? Value { get; set; }

    public bool Hidden { get; set; }
}

public sealed class Scope
{
    public string? Name { get; set; }

    public bool DefaultEntry { get; set; }

    public string? Description { get; set; }

    public List<TaggedValue>? Descriptions { get; set; }

    public List<Pair>? Attributes { get; set; }
}

public sealed class TaggedValue
{
    public string? Tag { get; set; }

    public string? Value { get; set; }
}

public sealed class DynamicScope
{
    public string? Name { get; set; }

    public string? Value { get; set; }
}

public sealed class Grant
{
    public List<GrantScope>? Scopes { get; set; }

    public List<string>? Claims { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }
}

public sealed class GrantScope
{
    public string? Scope { get; set; }

    public List<string>? Resource { get; set; }
}

public sealed class TokenInfo
{
    public long ClientId { get; set; }

    public string? ClientIdAlias { get; set; }

    public bool ClientIdAliasUsed { get; set; }

    public string? Subject { get; set; }

    public List<Scope>? Scopes { get; set; }

    public long ExpiresAt { get; set; }

    public List<Property>? Properties { get; set; }

    public List<string>? Resources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public string? ClientEntityId { get; set; }

    public bool ClientEntityIdUsed { get; set; }

    public string? MetadataDocumentLocation { get; set; }

    public bool MetadataDocumentUsed { get; set; }
}

/// <summary>
/// Source-generated metadata and fast-path writers for the POCOs: what a hand-written client with System.Text.Json
/// source generation would use.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationCompleteResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationCompleteRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(DeviceAuthorizationResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(TokenResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ServiceConfigurationResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ServiceJwksResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IntrospectionResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(UserInfoResponse))]
public sealed partial class PocoJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
