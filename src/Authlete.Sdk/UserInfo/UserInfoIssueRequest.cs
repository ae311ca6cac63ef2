namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/userinfo/issue</c> API, the second step of the UserInfo endpoint: builds the UserInfo
/// response from the claim values the authorization server collected after <c>/auth/userinfo</c> returned <c>OK</c>.
/// </summary>
public sealed class UserInfoIssueRequest : AuthleteRequest
{
    /// <summary>The access token, as <c>/auth/userinfo</c> returned it. Required. A secret (wire name <c>token</c>)</summary>
    public string? Token { get; set; }

    /// <summary>JSON object text of the claim values, keyed by claim name (a name may end in <c>#</c> and a language tag) (wire name <c>claims</c>)</summary>
    public string? Claims { get; set; }

    /// <summary>The value of the <c>sub</c> claim to use instead of the subject (for example a pairwise identifier) (wire name <c>sub</c>)</summary>
    public string? Sub { get; set; }

    /// <summary>JSON object text of the values of the claims the response's <c>requestedClaimsForTx</c> named (wire name <c>claimsForTx</c>)</summary>
    public string? ClaimsForTx { get; set; }

    /// <summary>The <c>Signature</c> header of the UserInfo request, to cover in the response's HTTP message signature (RFC 9421) (wire name <c>requestSignature</c>)</summary>
    public string? RequestSignature { get; set; }

    /// <summary>The headers of the UserInfo response to cover in its HTTP message signature (wire name <c>headers</c>)</summary>
    public IReadOnlyList<Pair>? Headers { get; set; }

    /// <summary>One JSON object text per element of the response's <c>requestedVerifiedClaimsForTx</c>, in the same order, with the values of its verified claims (wire name <c>verifiedClaimsForTx</c>)</summary>
    public IReadOnlyList<string>? VerifiedClaimsForTx { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Token, nameof(Token), "token");
}
