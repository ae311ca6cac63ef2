using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// A token type of RFC 8693 token exchange, as Authlete names it on the wire.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<TokenType>))]
public readonly struct TokenType : IEquatable<TokenType>, IAuthleteEnumeration<TokenType>
{
    private static readonly string[] Known = ["JWT", "ACCESS_TOKEN", "REFRESH_TOKEN", "ID_TOKEN", "SAML1", "SAML2", "DEVICE_SECRET", "DEVICE_CODE", "TOKEN_EXCHANGE", "JWT_BEARER"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"JWT"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TokenType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>JWT</c>: <c>urn:ietf:params:oauth:token-type:jwt</c>.</summary>
    public static TokenType Jwt { get; } = new("JWT");

    /// <summary><c>ACCESS_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:access_token</c>.</summary>
    public static TokenType AccessToken { get; } = new("ACCESS_TOKEN");

    /// <summary><c>REFRESH_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:refresh_token</c>.</summary>
    public static TokenType RefreshToken { get; } = new("REFRESH_TOKEN");

    /// <summary><c>ID_TOKEN</c>: <c>urn:ietf:params:oauth:token-type:id_token</c>.</summary>
    public static TokenType IdToken { get; } = new("ID_TOKEN");

    /// <summary><c>SAML1</c>: <c>urn:ietf:params:oauth:token-type:saml1</c>.</summary>
    public static TokenType Saml1 { get; } = new("SAML1");

    /// <summary><c>SAML2</c>: <c>urn:ietf:params:oauth:token-type:saml2</c>.</summary>
    public static TokenType Saml2 { get; } = new("SAML2");

    /// <summary><c>DEVICE_SECRET</c>: <c>urn:openid:params:token-type:device-secret</c> (OpenID Native SSO).</summary>
    public static TokenType DeviceSecret { get; } = new("DEVICE_SECRET");

    /// <summary><c>DEVICE_CODE</c>: a device code (listed by the API description).</summary>
    public static TokenType DeviceCode { get; } = new("DEVICE_CODE");

    /// <summary><c>TOKEN_EXCHANGE</c>: a token exchange token (listed by the API description).</summary>
    public static TokenType TokenExchange { get; } = new("TOKEN_EXCHANGE");

    /// <summary><c>JWT_BEARER</c>: a JWT bearer token (listed by the API description).</summary>
    public static TokenType JwtBearer { get; } = new("JWT_BEARER");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="TokenTypeKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public TokenTypeKind Kind => (TokenTypeKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != TokenTypeKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="TokenType"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator TokenType(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TokenType left, TokenType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TokenType left, TokenType right) => !left.Equals(right);

    static TokenType IAuthleteEnumeration<TokenType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TokenType other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TokenType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
