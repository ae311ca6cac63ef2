using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// An OAuth grant type, as Authlete names it on the wire (the <c>grantType</c> of a token response).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<GrantType>))]
public readonly struct GrantType : IEquatable<GrantType>, IAuthleteEnumeration<GrantType>
{
    private static readonly string[] Known = ["AUTHORIZATION_CODE", "IMPLICIT", "PASSWORD", "CLIENT_CREDENTIALS", "REFRESH_TOKEN", "CIBA", "DEVICE_CODE", "TOKEN_EXCHANGE", "JWT_BEARER", "PRE_AUTHORIZED_CODE"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"AUTHORIZATION_CODE"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public GrantType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>AUTHORIZATION_CODE</c>: <c>authorization_code</c>.</summary>
    public static GrantType AuthorizationCode { get; } = new("AUTHORIZATION_CODE");

    /// <summary><c>IMPLICIT</c>: the implicit flow.</summary>
    public static GrantType Implicit { get; } = new("IMPLICIT");

    /// <summary><c>PASSWORD</c>: <c>password</c> (resource owner password credentials).</summary>
    public static GrantType Password { get; } = new("PASSWORD");

    /// <summary><c>CLIENT_CREDENTIALS</c>: <c>client_credentials</c>.</summary>
    public static GrantType ClientCredentials { get; } = new("CLIENT_CREDENTIALS");

    /// <summary><c>REFRESH_TOKEN</c>: <c>refresh_token</c>.</summary>
    public static GrantType RefreshToken { get; } = new("REFRESH_TOKEN");

    /// <summary><c>CIBA</c>: <c>urn:openid:params:grant-type:ciba</c>.</summary>
    public static GrantType Ciba { get; } = new("CIBA");

    /// <summary><c>DEVICE_CODE</c>: <c>urn:ietf:params:oauth:grant-type:device_code</c>.</summary>
    public static GrantType DeviceCode { get; } = new("DEVICE_CODE");

    /// <summary><c>TOKEN_EXCHANGE</c>: <c>urn:ietf:params:oauth:grant-type:token-exchange</c>.</summary>
    public static GrantType TokenExchange { get; } = new("TOKEN_EXCHANGE");

    /// <summary><c>JWT_BEARER</c>: <c>urn:ietf:params:oauth:grant-type:jwt-bearer</c>.</summary>
    public static GrantType JwtBearer { get; } = new("JWT_BEARER");

    /// <summary><c>PRE_AUTHORIZED_CODE</c>: <c>urn:ietf:params:oauth:grant-type:pre-authorized_code</c> (OpenID for Verifiable Credential Issuance).</summary>
    public static GrantType PreAuthorizedCode { get; } = new("PRE_AUTHORIZED_CODE");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="GrantTypeKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public GrantTypeKind Kind => (GrantTypeKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != GrantTypeKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="GrantType"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator GrantType(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(GrantType left, GrantType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(GrantType left, GrantType right) => !left.Equals(right);

    static GrantType IAuthleteEnumeration<GrantType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(GrantType other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GrantType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
