using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/device/verification</c> API. It has no response content: the outcome is shown to the end-user by the authorization server's own page.
/// </summary>
public sealed class DeviceVerificationResponse : AuthleteClientResponse
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DeviceVerificationAction Action { get; set; }

    /// <summary>The display name of the client (wire name <c>clientName</c>)</summary>
    public string? ClientName { get; set; }

    /// <summary>The requested scopes (unregistered scopes dropped; descriptions are null) (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<Scope>? Scopes { get; set; }

    /// <summary>Claim names implied by the OpenID shortcut scopes (profile, email, address, phone) (wire name <c>claimNames</c>)</summary>
    public IReadOnlyList<string>? ClaimNames { get; set; }

    /// <summary>The requested ACR values (<c>acr_values</c>) minus unsupported ones (wire name <c>acrs</c>)</summary>
    public IReadOnlyList<string>? Acrs { get; set; }

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

    /// <summary>The expiry of the user code, milliseconds since the Unix epoch (wire name <c>expiresAt</c>)</summary>
    public long ExpiresAt { get; set; }

    /// <summary>The Grant Management <c>grant_management_action</c> (wire name <c>gmAction</c>)</summary>
    public GmAction? GmAction { get; set; }

    /// <summary>The Grant Management <c>grant_id</c> (wire name <c>grantId</c>)</summary>
    public string? GrantId { get; set; }

    /// <summary>The existing grant that <c>grant_id</c> refers to (wire name <c>grant</c>)</summary>
    public Grant? Grant { get; set; }

    /// <summary>The subject (user) who owns the grant that <c>grant_id</c> refers to (wire name <c>grantSubject</c>)</summary>
    public string? GrantSubject { get; set; }

    /// <summary>The expiry of the user code as a point in time; null when Authlete sent none. Not a wire member.</summary>
    [JsonIgnore]
    public DateTimeOffset? ExpiresAtTime => ExpiresAt > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(ExpiresAt) : null;
}
