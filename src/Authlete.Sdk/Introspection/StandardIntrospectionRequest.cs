namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/auth/introspection/standard</c> API: the introspection request (RFC 7662) a resource
/// server sent to the authorization server's introspection endpoint.
/// </summary>
/// <remarks>
/// Authlete does not authenticate the resource server: the introspection endpoint must do it before calling this API.
/// Set <see cref="HttpAcceptHeader"/> to the request's <c>Accept</c> header to let Authlete answer with a JWT (RFC 9701).
/// </remarks>
public sealed class StandardIntrospectionRequest : AuthleteRequest
{
    /// <summary>The body the endpoint received, in <c>application/x-www-form-urlencoded</c> form (<c>token</c>, <c>token_type_hint</c>). Required (wire name <c>parameters</c>)</summary>
    public string? Parameters { get; set; }

    /// <summary>Whether the response also includes the token's properties whose <c>hidden</c> is true (wire name <c>withHiddenProperties</c>)</summary>
    public bool? WithHiddenProperties { get; set; }

    /// <summary>The URI of the resource server; when it is not among the token's audiences the token is reported inactive. Required for a JWT response (wire name <c>rsUri</c>)</summary>
    public string? RsUri { get; set; }

    /// <summary>The <c>Accept</c> header of the introspection request; <c>application/token-introspection+jwt</c> asks for a JWT response (RFC 9701) (wire name <c>httpAcceptHeader</c>)</summary>
    public string? HttpAcceptHeader { get; set; }

    /// <summary>The JWS algorithm to sign a JWT response with; Authlete's default is <c>RS256</c> (wire name <c>introspectionSignAlg</c>)</summary>
    public string? IntrospectionSignAlg { get; set; }

    /// <summary>The JWE key management algorithm to encrypt a JWT response with; when set, the response is encrypted (wire name <c>introspectionEncryptionAlg</c>)</summary>
    public string? IntrospectionEncryptionAlg { get; set; }

    /// <summary>The JWE content encryption algorithm of an encrypted JWT response (Authlete's default is A128CBC-HS256) (wire name <c>introspectionEncryptionEnc</c>)</summary>
    public string? IntrospectionEncryptionEnc { get; set; }

    /// <summary>The shared key for a symmetric signing algorithm. A secret (wire name <c>sharedKeyForSign</c>)</summary>
    public string? SharedKeyForSign { get; set; }

    /// <summary>The shared key for a symmetric encryption algorithm. A secret (wire name <c>sharedKeyForEncryption</c>)</summary>
    public string? SharedKeyForEncryption { get; set; }

    /// <summary>The resource server's public key for an asymmetric encryption algorithm (a JWK) (wire name <c>publicKeyForEncryption</c>)</summary>
    public string? PublicKeyForEncryption { get; set; }

    /// <inheritdoc />
    public override void Validate() => Require(Parameters, nameof(Parameters), "parameters");
}
