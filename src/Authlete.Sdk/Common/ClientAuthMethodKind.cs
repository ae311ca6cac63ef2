namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="ClientAuthMethod"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="ClientAuthMethod.Kind"/>.
/// </summary>
public enum ClientAuthMethodKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="ClientAuthMethod.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>NONE</c>: <c>none</c>: a public client.</summary>
    None,

    /// <summary><c>CLIENT_SECRET_BASIC</c>: <c>client_secret_basic</c>.</summary>
    ClientSecretBasic,

    /// <summary><c>CLIENT_SECRET_POST</c>: <c>client_secret_post</c>.</summary>
    ClientSecretPost,

    /// <summary><c>CLIENT_SECRET_JWT</c>: <c>client_secret_jwt</c>.</summary>
    ClientSecretJwt,

    /// <summary><c>PRIVATE_KEY_JWT</c>: <c>private_key_jwt</c>.</summary>
    PrivateKeyJwt,

    /// <summary><c>TLS_CLIENT_AUTH</c>: <c>tls_client_auth</c> (RFC 8705).</summary>
    TlsClientAuth,

    /// <summary><c>SELF_SIGNED_TLS_CLIENT_AUTH</c>: <c>self_signed_tls_client_auth</c> (RFC 8705).</summary>
    SelfSignedTlsClientAuth,

    /// <summary><c>ATTEST_JWT_CLIENT_AUTH</c>: <c>attest_jwt_client_auth</c> (OAuth 2.0 Attestation-Based Client Authentication).</summary>
    AttestJwtClientAuth,

    /// <summary><c>SPIFFE_JWT</c>: <c>spiffe_jwt</c> (listed by Authlete's Java library).</summary>
    SpiffeJwt,
}
