namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/introspection</c> API: a resource server of the service checks an access token it
/// received, and optionally what the token must cover (scopes, subject, resources, ACR, authentication age) and how it
/// must be presented (DPoP, certificate binding, HTTP message signatures).
/// </summary>
/// <remarks>
/// Authlete answers from its own record of the token, also for a JWT access token. Unlike <c>/auth/introspection/standard</c>,
/// this API is for the service's own resource servers, not an RFC 7662 endpoint.
/// </remarks>
public sealed class IntrospectionRequest : AuthleteRequest
{
    /// <summary>The access token the resource server received. Required. A secret (wire name <c>token</c>)</summary>
    public string? Token { get; set; }

    /// <summary>Scopes the token must cover; a scope it lacks gives <c>FORBIDDEN</c> (<c>insufficient_scope</c>). Null: no check (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>The subject (user ID) the token must belong to; another gives <c>FORBIDDEN</c>. Null: no check (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The client certificate of the mutual-TLS connection, in PEM form, for certificate-bound tokens (RFC 8705) (wire name <c>clientCertificate</c>)</summary>
    public string? ClientCertificate { get; set; }

    /// <summary>The value of the <c>DPoP</c> HTTP header (a DPoP proof JWT, RFC 9449) (wire name <c>dpop</c>)</summary>
    public string? Dpop { get; set; }

    /// <summary>The HTTP method of the resource request, for DPoP validation (and <c>@method</c> of HTTP message signatures) (wire name <c>htm</c>)</summary>
    public string? Htm { get; set; }

    /// <summary>The URL of the resource endpoint, for DPoP validation (wire name <c>htu</c>)</summary>
    public string? Htu { get; set; }

    /// <summary>Resources (RFC 8707) the token must cover. Null: no check (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>ACRs one of which the token's authentication must satisfy (RFC 9470). Null: no check (wire name <c>acrValues</c>)</summary>
    public IReadOnlyList<string>? AcrValues { get; set; }

    /// <summary>The maximum age of the token's authentication, in seconds (RFC 9470); 0 or less: no check (wire name <c>maxAge</c>)</summary>
    public long? MaxAge { get; set; }

    /// <summary>Components the HTTP message signature of the resource request must cover (RFC 9421). Deprecated by Authlete (wire name <c>requiredComponents</c>)</summary>
    public IReadOnlyList<string>? RequiredComponents { get; set; }

    /// <summary>The URL of the resource request, for HTTP message signatures. Deprecated by Authlete in favour of <c>targetUri</c> (wire name <c>uri</c>)</summary>
    public string? Uri { get; set; }

    /// <summary>The body of the resource request, for <c>Content-Digest</c> verification. Deprecated by Authlete (wire name <c>message</c>)</summary>
    public string? Message { get; set; }

    /// <summary>The HTTP headers of the resource request, for the signature base of HTTP message signatures (wire name <c>headers</c>)</summary>
    public IReadOnlyList<Pair>? Headers { get; set; }

    /// <summary>The target URI of the resource request including its query (<c>@target-uri</c>); defaults to <c>htu</c> (wire name <c>targetUri</c>)</summary>
    public string? TargetUri { get; set; }

    /// <summary>Forces the DPoP proof to include a <c>nonce</c> even when the service does not require one (Authlete 3.0+) (wire name <c>dpopNonceRequired</c>)</summary>
    public bool? DpopNonceRequired { get; set; }

    /// <summary>True when the resource request has a body, so its message signature must cover <c>content-digest</c> (FAPI 2.0 Message Signing) (wire name <c>requestBodyContained</c>)</summary>
    public bool? RequestBodyContained { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Token, nameof(Token), "token");
}
