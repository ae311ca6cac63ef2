using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/userinfo</c> API: whether the access token may be used at the UserInfo endpoint,
/// and which claims to collect for <c>/auth/userinfo/issue</c>.
/// </summary>
/// <remarks>
/// <see cref="ResponseContent"/> is not a body but an RFC 6750 challenge for the <c>WWW-Authenticate</c> header of the
/// error answer; <see cref="UserInfoAction.HttpStatus"/> gives that answer's status. <see cref="AuthleteClientResponse.ClientId"/>
/// is also read from a string of digits, as Authlete's published example of this API writes it.
/// </remarks>
public sealed class UserInfoResponse : AuthleteClientResponse
{
    /// <summary>What the UserInfo endpoint must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public UserInfoAction Action { get; set; }

    /// <summary>The names of the claims to return; a name may end in <c>#</c> and a language tag (OpenID Connect Core §5.2) (wire name <c>claims</c>)</summary>
    public IReadOnlyList<string>? Claims { get; set; }

    /// <summary>The RFC 6750 challenge (for example <c>Bearer error="invalid_token"</c>) for the <c>WWW-Authenticate</c> header of the error answer (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The scopes the access token covers (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>The subject (user ID) of the access token, whose claims to collect (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The access token, for the <c>/auth/userinfo/issue</c> call. A secret (wire name <c>token</c>)</summary>
    public string? Token { get; set; }

    /// <summary>Extra properties attached to the access token (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>JSON object text of the <c>userinfo</c> member of the authorization request's <c>claims</c> parameter (may contain <c>verified_claims</c>) (wire name <c>userInfoClaims</c>)</summary>
    public string? UserInfoClaims { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>The claims the user consented to (wire name <c>consentedClaims</c>)</summary>
    public IReadOnlyList<string>? ConsentedClaims { get; set; }

    /// <summary>The claims that transformed claims refer to; put their values in the issue request's <c>claimsForTx</c> (wire name <c>requestedClaimsForTx</c>)</summary>
    public IReadOnlyList<string>? RequestedClaimsForTx { get; set; }

    /// <summary>
    /// The verified claims that transformed claims refer to, one list per <c>verified_claims</c> element; put their values in
    /// the issue request's <c>verifiedClaimsForTx</c>, in the same order. Read from arrays of strings or from
    /// <c>{"array":[...]}</c> objects; written as arrays of strings (wire name <c>requestedVerifiedClaimsForTx</c>)
    /// </summary>
    [JsonConverter(typeof(StringArrayListConverter))]
    public IReadOnlyList<IReadOnlyList<string>>? RequestedVerifiedClaimsForTx { get; set; }

    /// <summary>JSON object text of the <c>transformed_claims</c> member of the authorization request's <c>claims</c> parameter (wire name <c>transformedClaims</c>)</summary>
    public string? TransformedClaims { get; set; }

    /// <summary>The nonce to send in the <c>DPoP-Nonce</c> header of the answer, when not null (RFC 9449 §9) (wire name <c>dpopNonce</c>)</summary>
    public string? DpopNonce { get; set; }
}
