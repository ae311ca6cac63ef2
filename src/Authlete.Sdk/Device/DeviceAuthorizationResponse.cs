using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/device/authorization</c> API.
/// </summary>
public sealed class DeviceAuthorizationResponse : AuthleteClientResponse, IAuthleteAnswerResponse<DeviceAuthorizationAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DeviceAuthorizationAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The display name of the client (wire name <c>clientName</c>)</summary>
    public string? ClientName { get; set; }

    /// <summary>The client authentication method used or required (wire name <c>clientAuthMethod</c>)</summary>
    public ClientAuthMethod? ClientAuthMethod { get; set; }

    /// <summary>The requested scopes (unregistered scopes dropped; descriptions are null) (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<Scope>? Scopes { get; set; }

    /// <summary>Claim names implied by the OpenID shortcut scopes (profile, email, address, phone) (wire name <c>claimNames</c>)</summary>
    public IReadOnlyList<string>? ClaimNames { get; set; }

    /// <summary>The requested ACR values (<c>acr_values</c>) minus unsupported ones (wire name <c>acrs</c>)</summary>
    public IReadOnlyList<string>? Acrs { get; set; }

    /// <summary>The issued <c>device_code</c>. A secret (wire name <c>deviceCode</c>)</summary>
    public string? DeviceCode { get; set; }

    /// <summary>The issued <c>user_code</c> (wire name <c>userCode</c>)</summary>
    public string? UserCode { get; set; }

    /// <summary>The <c>verification_uri</c> for the end-user (wire name <c>verificationUri</c>)</summary>
    public string? VerificationUri { get; set; }

    /// <summary>The <c>verification_uri_complete</c> (the verification URI with the user code in it) (wire name <c>verificationUriComplete</c>)</summary>
    public string? VerificationUriComplete { get; set; }

    /// <summary>The lifetime of the device code and user code in seconds (wire name <c>expiresIn</c>)</summary>
    public int ExpiresIn { get; set; }

    /// <summary>The minimum polling interval in seconds (wire name <c>interval</c>)</summary>
    public int Interval { get; set; }

    /// <summary>Non-fatal warnings raised while processing the request (wire name <c>warnings</c>)</summary>
    public IReadOnlyList<string>? Warnings { get; set; }

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

    /// <summary>Reads <see cref="ResponseContent"/> as the device authorization response (RFC 8628 §3.2).</summary>
    /// <returns>The content, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public DeviceAuthorizationContent? ReadContent() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.DeviceAuthorizationContent);
}
