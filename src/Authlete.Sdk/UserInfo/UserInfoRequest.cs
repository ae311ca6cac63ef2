namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/userinfo</c> API, the first step of the UserInfo endpoint (OpenID Connect Core §5.3):
/// checks the access token the client presented.
/// </summary>
/// <remarks>
/// After the <c>OK</c> action, collect the claim values and call <c>/auth/userinfo/issue</c>
/// (<see cref="UserInfoIssueRequest"/>).
/// </remarks>
public sealed class UserInfoRequest : AuthleteRequest
{
    /// <summary>The access token the client presented. Required. A secret (wire name <c>token</c>)</summary>
    public string? Token { get; set; }

    /// <summary>The client certificate of the mutual-TLS connection, in PEM form, for certificate-bound tokens (RFC 8705) (wire name <c>clientCertificate</c>)</summary>
    public string? ClientCertificate { get; set; }

    /// <summary>The value of the <c>DPoP</c> HTTP header (a DPoP proof JWT, RFC 9449) (wire name <c>dpop</c>)</summary>
    public string? Dpop { get; set; }

    /// <summary>The HTTP method of the UserInfo request (<c>GET</c> or <c>POST</c>), for DPoP validation (wire name <c>htm</c>)</summary>
    public string? Htm { get; set; }

    /// <summary>The URL of the UserInfo endpoint, for DPoP validation (default: the service's UserInfo endpoint) (wire name <c>htu</c>)</summary>
    public string? Htu { get; set; }

    /// <summary>The URL of the UserInfo endpoint, for HTTP message signatures. Deprecated by Authlete in favour of <c>targetUri</c> (wire name <c>uri</c>)</summary>
    public string? Uri { get; set; }

    /// <summary>The body of the UserInfo request, for <c>Content-Digest</c> verification. Deprecated by Authlete (wire name <c>message</c>)</summary>
    public string? Message { get; set; }

    /// <summary>The HTTP headers of the UserInfo request, for verifying its HTTP message signature (RFC 9421) (wire name <c>headers</c>)</summary>
    public IReadOnlyList<Pair>? Headers { get; set; }

    /// <summary>The target URI of the UserInfo request including its query (<c>@target-uri</c>); defaults to <c>htu</c> (wire name <c>targetUri</c>)</summary>
    public string? TargetUri { get; set; }

    /// <summary>Forces the DPoP proof to include a <c>nonce</c> even when the service does not require one (wire name <c>dpopNonceRequired</c>)</summary>
    public bool? DpopNonceRequired { get; set; }

    /// <summary>True when the UserInfo request has a body, so its message signature must cover <c>content-digest</c> (FAPI 2.0 Message Signing) (wire name <c>requestBodyContained</c>)</summary>
    public bool? RequestBodyContained { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Token, nameof(Token), "token");
}
