using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/auth/token/fail</c> API (the resource owner password flow).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<TokenFailAction>))]
public readonly struct TokenFailAction : IEquatable<TokenFailAction>, IAuthleteEnumeration<TokenFailAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "BAD_REQUEST"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TokenFailAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    public static TokenFailAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: answer 400 with the response content, an error chosen by the reason (for example <c>invalid_request</c>).</summary>
    public static TokenFailAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="TokenFailActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public TokenFailActionKind Kind => (TokenFailActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the client Authlete prescribes for this action; null for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        TokenFailActionKind.InternalServerError => 500,
        TokenFailActionKind.BadRequest => 400,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => false;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != TokenFailActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="TokenFailAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator TokenFailAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TokenFailAction left, TokenFailAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TokenFailAction left, TokenFailAction right) => !left.Equals(right);

    static TokenFailAction IAuthleteEnumeration<TokenFailAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TokenFailAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TokenFailAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
