// The POCOs of the hand-written endpoints (the endpoint benchmark): the requests as a developer writes them (only what
// is sent), the answers with every member of the SDK type, as Pocos.cs does for the other answers.

namespace Authlete.Sdk.Benchmarks.Pocos;

/// <summary>The body of <c>/auth/token</c>, <c>/device/authorization</c> and <c>/backchannel/authentication</c>: the form and the Basic credentials.</summary>
public sealed class ClientRequest
{
    public string? Parameters { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}

public sealed class BackchannelAuthenticationResponse
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

    public List<Scope>? Scopes { get; set; }

    public List<string>? ClaimNames { get; set; }

    public string? ClientNotificationToken { get; set; }

    public List<string>? Acrs { get; set; }

    public string? HintType { get; set; }

    public string? Hint { get; set; }

    public string? Sub { get; set; }

    public string? BindingMessage { get; set; }

    public string? UserCode { get; set; }

    public bool UserCodeRequired { get; set; }

    public int RequestedExpiry { get; set; }

    public string? RequestContext { get; set; }

    public List<string>? Warnings { get; set; }

    public string? Ticket { get; set; }

    public List<string>? Resources { get; set; }

    public AuthzDetails? AuthorizationDetails { get; set; }

    public List<Pair>? ServiceAttributes { get; set; }

    public List<Pair>? ClientAttributes { get; set; }

    public List<DynamicScope>? DynamicScopes { get; set; }

    public string? DeliveryMode { get; set; }

    public string? ClientAuthMethod { get; set; }

    public string? GmAction { get; set; }

    public string? GrantId { get; set; }

    public Grant? Grant { get; set; }

    public string? GrantSubject { get; set; }

    public string? AttestationChallenge { get; set; }
}

public sealed class BackchannelAuthenticationIssueRequest
{
    public string? Ticket { get; set; }
}

public sealed class BackchannelAuthenticationIssueResponse
{
    public string? ResultCode { get; set; }

    public string? ResultMessage { get; set; }

    public string? Action { get; set; }

    public string? ResponseContent { get; set; }

    public string? AuthReqId { get; set; }

    public int ExpiresIn { get; set; }

    public int Interval { get; set; }
}

public sealed class BackchannelAuthenticationFailRequest
{
    public string? Ticket { get; set; }

    public string? Reason { get; set; }

    public string? ErrorDescription { get; set; }
}

public sealed class BackchannelAuthenticationFailResponse
{
    public string? ResultCode { get; set; }

    public string? ResultMessage { get; set; }

    public string? Action { get; set; }

    public string? ResponseContent { get; set; }
}

/// <summary>
/// The source-generated context of the hand-written endpoints: the Authlete requests they write and the answers they read.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(
    PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
[System.Text.Json.Serialization.JsonSerializable(typeof(ClientRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(TokenResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(DeviceAuthorizationResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationIssueRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationIssueResponse))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationFailRequest))]
[System.Text.Json.Serialization.JsonSerializable(typeof(BackchannelAuthenticationFailResponse))]
public sealed partial class EndpointJsonContext : System.Text.Json.Serialization.JsonSerializerContext
{
}
