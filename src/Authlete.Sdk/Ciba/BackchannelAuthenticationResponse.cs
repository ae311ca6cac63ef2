using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/backchannel/authentication</c> API.
/// </summary>
public sealed class BackchannelAuthenticationResponse : AuthleteClientResponse, IAuthleteAnswerResponse<BackchannelAuthenticationAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public BackchannelAuthenticationAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The display name of the client (wire name <c>clientName</c>)</summary>
    public string? ClientName { get; set; }

    /// <summary>The requested scopes (unregistered scopes dropped; descriptions are null) (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<Scope>? Scopes { get; set; }

    /// <summary>Claim names implied by the OpenID shortcut scopes (profile, email, address, phone) (wire name <c>claimNames</c>)</summary>
    public IReadOnlyList<string>? ClaimNames { get; set; }

    /// <summary>The <c>client_notification_token</c> the client sent: the Bearer token for ping and push notifications. A secret (wire name <c>clientNotificationToken</c>)</summary>
    public string? ClientNotificationToken { get; set; }

    /// <summary>The requested ACR values (<c>acr_values</c>) minus unsupported ones (wire name <c>acrs</c>)</summary>
    public IReadOnlyList<string>? Acrs { get; set; }

    /// <summary>Which hint identifies the end-user (wire name <c>hintType</c>)</summary>
    public UserIdentificationHintType? HintType { get; set; }

    /// <summary>The value of the hint (<c>login_hint</c>, <c>login_hint_token</c> or <c>id_token_hint</c>) (wire name <c>hint</c>)</summary>
    public string? Hint { get; set; }

    /// <summary>The <c>sub</c> claim of the <c>id_token_hint</c>, when that hint was used (wire name <c>sub</c>)</summary>
    public string? Sub { get; set; }

    /// <summary>The <c>binding_message</c> request parameter (wire name <c>bindingMessage</c>)</summary>
    public string? BindingMessage { get; set; }

    /// <summary>The <c>user_code</c> request parameter (wire name <c>userCode</c>)</summary>
    public string? UserCode { get; set; }

    /// <summary>True when both the service and the client require a user code (wire name <c>userCodeRequired</c>)</summary>
    public bool UserCodeRequired { get; set; }

    /// <summary>The <c>requested_expiry</c> request parameter in seconds; 0 when absent (wire name <c>requestedExpiry</c>)</summary>
    public int RequestedExpiry { get; set; }

    /// <summary>JSON text of the <c>request_context</c> claim of a signed request (FAPI-CIBA) (wire name <c>requestContext</c>)</summary>
    public string? RequestContext { get; set; }

    /// <summary>Non-fatal warnings raised while processing the request (wire name <c>warnings</c>)</summary>
    public IReadOnlyList<string>? Warnings { get; set; }

    /// <summary>The ticket to pass to the issue, fail and complete APIs (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>Resource indicators (RFC 8707 <c>resource</c> parameters) (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>RFC 9396 <c>authorization_details</c> (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>Dynamic scopes found in the <c>scope</c> parameter (wire name <c>dynamicScopes</c>)</summary>
    public IReadOnlyList<DynamicScope>? DynamicScopes { get; set; }

    /// <summary>The client's token delivery mode (wire name <c>deliveryMode</c>)</summary>
    public DeliveryMode? DeliveryMode { get; set; }

    /// <summary>The client authentication method used or required (wire name <c>clientAuthMethod</c>)</summary>
    public ClientAuthMethod? ClientAuthMethod { get; set; }

    /// <summary>The Grant Management <c>grant_management_action</c> (wire name <c>gmAction</c>)</summary>
    public GmAction? GmAction { get; set; }

    /// <summary>The Grant Management <c>grant_id</c> (wire name <c>grantId</c>)</summary>
    public string? GrantId { get; set; }

    /// <summary>The existing grant that <c>grant_id</c> refers to (wire name <c>grant</c>)</summary>
    public Grant? Grant { get; set; }

    /// <summary>The subject (user) who owns the grant that <c>grant_id</c> refers to (wire name <c>grantSubject</c>)</summary>
    public string? GrantSubject { get; set; }

    /// <summary>The expected <c>challenge</c> of the client attestation proof of possession; when set, return it to the client in an <c>OAuth-Client-Attestation-Challenge</c> header (Authlete 3.0.28+) (wire name <c>attestationChallenge</c>)</summary>
    public string? AttestationChallenge { get; set; }
}
