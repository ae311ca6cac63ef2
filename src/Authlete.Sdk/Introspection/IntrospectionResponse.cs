using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/introspection</c> API: whether an access token is valid for the resource request,
/// and what Authlete knows about it.
/// </summary>
/// <remarks>
/// <see cref="ResponseContent"/> is not a body but an RFC 6750 challenge for the <c>WWW-Authenticate</c> header of the
/// resource server's error answer; <see cref="IntrospectionAction.HttpStatus"/> gives that answer's status.
/// </remarks>
public sealed class IntrospectionResponse : AuthleteClientResponse
{
    /// <summary>What the resource server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IntrospectionAction Action { get; set; }

    /// <summary>The RFC 6750 challenge (for example <c>Bearer error="invalid_token"</c>) for the <c>WWW-Authenticate</c> header of the error answer (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The token expiry, milliseconds since the Unix epoch (wire name <c>expiresAt</c>)</summary>
    public long ExpiresAt { get; set; }

    /// <summary>The resource owner of the token; null for a client credentials token (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The scopes the token covers (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>True when the token exists (wire name <c>existent</c>)</summary>
    public bool Existent { get; set; }

    /// <summary>True when the token exists and has not expired (wire name <c>usable</c>)</summary>
    public bool Usable { get; set; }

    /// <summary>True when the token covers every scope the request required (wire name <c>sufficient</c>)</summary>
    public bool Sufficient { get; set; }

    /// <summary>True when the token can be refreshed (wire name <c>refreshable</c>)</summary>
    public bool Refreshable { get; set; }

    /// <summary>Extra properties attached to the token (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>The SHA-256 thumbprint of the client certificate the token is bound to (RFC 8705) (wire name <c>certificateThumbprint</c>)</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>The resources (RFC 8707) requested for the token (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>The resources the token is bound to; may be narrower than <c>resources</c> (wire name <c>accessTokenResources</c>)</summary>
    public IReadOnlyList<string>? AccessTokenResources { get; set; }

    /// <summary>RFC 9396 <c>authorization_details</c> of the token (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>The scopes of the token with their attributes (wire name <c>scopeDetails</c>)</summary>
    public IReadOnlyList<Scope>? ScopeDetails { get; set; }

    /// <summary>The Grant Management <c>grant_id</c> of the token (wire name <c>grantId</c>)</summary>
    public string? GrantId { get; set; }

    /// <summary>The grant the token inherited (Grant Management) (wire name <c>grant</c>)</summary>
    public Grant? Grant { get; set; }

    /// <summary>True when the token was issued for an external attachment (OpenID Connect for Identity Assurance) (wire name <c>forExternalAttachment</c>)</summary>
    public bool ForExternalAttachment { get; set; }

    /// <summary>The claims the user consented to (wire name <c>consentedClaims</c>)</summary>
    public IReadOnlyList<string>? ConsentedClaims { get; set; }

    /// <summary>The grant type by which the token was issued (wire name <c>grantType</c>)</summary>
    public GrantType? GrantType { get; set; }

    /// <summary>The ACR of the user authentication behind the token (wire name <c>acr</c>)</summary>
    public string? Acr { get; set; }

    /// <summary>The time of the user authentication behind the token, seconds since the Unix epoch (wire name <c>authTime</c>)</summary>
    public long AuthTime { get; set; }

    /// <summary>True when the token is for credential issuance (OpenID for Verifiable Credential Issuance) (wire name <c>forCredentialIssuance</c>)</summary>
    public bool ForCredentialIssuance { get; set; }

    /// <summary>The <c>c_nonce</c> (OpenID for Verifiable Credential Issuance) (wire name <c>cnonce</c>)</summary>
    public string? Cnonce { get; set; }

    /// <summary>The <c>c_nonce</c> expiry, milliseconds since the Unix epoch (wire name <c>cnonceExpiresAt</c>)</summary>
    public long CnonceExpiresAt { get; set; }

    /// <summary>JSON text of the array of credentials the token may be used to obtain (OpenID for Verifiable Credential Issuance) (wire name <c>issuableCredentials</c>)</summary>
    public string? IssuableCredentials { get; set; }

    /// <summary>The nonce to send in the <c>DPoP-Nonce</c> header of the answer, when not null (RFC 9449 §9) (wire name <c>dpopNonce</c>)</summary>
    public string? DpopNonce { get; set; }

    /// <summary>True when the resource server's answer must carry HTTP message signature headers (<c>Signature</c>, <c>Signature-Input</c>, RFC 9421; FAPI 2.0) (wire name <c>responseSigningRequired</c>)</summary>
    public bool ResponseSigningRequired { get; set; }
}
