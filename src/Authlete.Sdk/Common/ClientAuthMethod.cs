using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// A client authentication method, as Authlete names it on the wire (the <c>clientAuthMethod</c> of a response).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<ClientAuthMethod>))]
public readonly struct ClientAuthMethod : IEquatable<ClientAuthMethod>, IAuthleteEnumeration<ClientAuthMethod>
{
    private static readonly string[] Known = ["NONE", "CLIENT_SECRET_BASIC", "CLIENT_SECRET_POST", "CLIENT_SECRET_JWT", "PRIVATE_KEY_JWT", "TLS_CLIENT_AUTH", "SELF_SIGNED_TLS_CLIENT_AUTH", "ATTEST_JWT_CLIENT_AUTH", "SPIFFE_JWT"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"NONE"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ClientAuthMethod(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>NONE</c>: <c>none</c>: a public client.</summary>
    public static ClientAuthMethod None { get; } = new("NONE");

    /// <summary><c>CLIENT_SECRET_BASIC</c>: <c>client_secret_basic</c>.</summary>
    public static ClientAuthMethod ClientSecretBasic { get; } = new("CLIENT_SECRET_BASIC");

    /// <summary><c>CLIENT_SECRET_POST</c>: <c>client_secret_post</c>.</summary>
    public static ClientAuthMethod ClientSecretPost { get; } = new("CLIENT_SECRET_POST");

    /// <summary><c>CLIENT_SECRET_JWT</c>: <c>client_secret_jwt</c>.</summary>
    public static ClientAuthMethod ClientSecretJwt { get; } = new("CLIENT_SECRET_JWT");

    /// <summary><c>PRIVATE_KEY_JWT</c>: <c>private_key_jwt</c>.</summary>
    public static ClientAuthMethod PrivateKeyJwt { get; } = new("PRIVATE_KEY_JWT");

    /// <summary><c>TLS_CLIENT_AUTH</c>: <c>tls_client_auth</c> (RFC 8705).</summary>
    public static ClientAuthMethod TlsClientAuth { get; } = new("TLS_CLIENT_AUTH");

    /// <summary><c>SELF_SIGNED_TLS_CLIENT_AUTH</c>: <c>self_signed_tls_client_auth</c> (RFC 8705).</summary>
    public static ClientAuthMethod SelfSignedTlsClientAuth { get; } = new("SELF_SIGNED_TLS_CLIENT_AUTH");

    /// <summary><c>ATTEST_JWT_CLIENT_AUTH</c>: <c>attest_jwt_client_auth</c> (OAuth 2.0 Attestation-Based Client Authentication).</summary>
    public static ClientAuthMethod AttestJwtClientAuth { get; } = new("ATTEST_JWT_CLIENT_AUTH");

    /// <summary><c>SPIFFE_JWT</c>: <c>spiffe_jwt</c> (listed by Authlete's Java library).</summary>
    public static ClientAuthMethod SpiffeJwt { get; } = new("SPIFFE_JWT");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="ClientAuthMethodKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public ClientAuthMethodKind Kind => (ClientAuthMethodKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != ClientAuthMethodKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="ClientAuthMethod"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator ClientAuthMethod(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(ClientAuthMethod left, ClientAuthMethod right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(ClientAuthMethod left, ClientAuthMethod right) => !left.Equals(right);

    static ClientAuthMethod IAuthleteEnumeration<ClientAuthMethod>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(ClientAuthMethod other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ClientAuthMethod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
