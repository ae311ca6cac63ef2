using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/auth/token</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<TokenAction>))]
public readonly struct TokenAction : IEquatable<TokenAction>, IAuthleteEnumeration<TokenAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INVALID_CLIENT", "INTERNAL_SERVER_ERROR", "BAD_REQUEST", "PASSWORD", "OK", "TOKEN_EXCHANGE", "JWT_BEARER", "ID_TOKEN_REISSUABLE", "NATIVE_SSO"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INVALID_CLIENT"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TokenAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INVALID_CLIENT</c>: client authentication failed: answer 401 (with <c>WWW-Authenticate</c> when the client used the Authorization header) or 400, with the response content.</summary>
    public static TokenAction InvalidClient { get; } = new("INVALID_CLIENT");

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    public static TokenAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the token request is invalid or pending (<c>authorization_pending</c>, <c>slow_down</c>, <c>expired_token</c>, <c>access_denied</c>, ...): answer 400 with the response content.</summary>
    public static TokenAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>PASSWORD</c>: a resource owner password request: validate the credentials, then call <c>/auth/token/issue</c> or <c>/auth/token/fail</c>.</summary>
    public static TokenAction Password { get; } = new("PASSWORD");

    /// <summary><c>OK</c>: tokens were issued: answer 200 with the response content.</summary>
    public static TokenAction Ok { get; } = new("OK");

    /// <summary><c>TOKEN_EXCHANGE</c>: an RFC 8693 token exchange request: validate it and create the token yourself.</summary>
    public static TokenAction TokenExchange { get; } = new("TOKEN_EXCHANGE");

    /// <summary><c>JWT_BEARER</c>: an RFC 7523 JWT bearer grant: verify the assertion and create the token yourself.</summary>
    public static TokenAction JwtBearer { get; } = new("JWT_BEARER");

    /// <summary><c>ID_TOKEN_REISSUABLE</c>: a refresh token request for which an ID token can be reissued: handle as OK, or call <c>/idtoken/reissue</c>.</summary>
    public static TokenAction IdTokenReissuable { get; } = new("ID_TOKEN_REISSUABLE");

    /// <summary><c>NATIVE_SSO</c>: an OpenID Native SSO token request: validate the session and device secret, then call <c>/nativesso</c>.</summary>
    public static TokenAction NativeSso { get; } = new("NATIVE_SSO");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="TokenActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public TokenActionKind Kind => (TokenActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the client Authlete prescribes for this action (<c>INVALID_CLIENT</c> is 400, and 401 when the client used HTTP Basic); null for a step the
    /// authorization server must take first and for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        TokenActionKind.InvalidClient => 400,
        TokenActionKind.InternalServerError => 500,
        TokenActionKind.BadRequest => 400,
        TokenActionKind.Ok => 200,
        TokenActionKind.IdTokenReissuable => 200,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => Kind == TokenActionKind.InvalidClient;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != TokenActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="TokenAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator TokenAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TokenAction left, TokenAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TokenAction left, TokenAction right) => !left.Equals(right);

    static TokenAction IAuthleteEnumeration<TokenAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TokenAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TokenAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
