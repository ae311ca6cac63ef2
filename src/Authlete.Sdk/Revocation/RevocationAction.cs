using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server's revocation endpoint (RFC 7009) must do after calling Authlete's <c>/auth/revocation</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<RevocationAction>))]
public readonly struct RevocationAction : IEquatable<RevocationAction>, IAuthleteEnumeration<RevocationAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INVALID_CLIENT", "INTERNAL_SERVER_ERROR", "BAD_REQUEST", "OK"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INVALID_CLIENT"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public RevocationAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INVALID_CLIENT</c>: client authentication failed: answer 401 (with <c>WWW-Authenticate</c> when the client used the Authorization header) or 400, with the response content.</summary>
    public static RevocationAction InvalidClient { get; } = new("INVALID_CLIENT");

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    public static RevocationAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the revocation request is invalid: answer 400 with the response content.</summary>
    public static RevocationAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>OK</c>: the token was revoked, or was not valid (not an error, RFC 7009 §2.2): answer 200 with no body, or, when the request had a <c>callback</c>, with the response content as <c>application/javascript</c> (JSONP).</summary>
    public static RevocationAction Ok { get; } = new("OK");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="RevocationActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public RevocationActionKind Kind => (RevocationActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the client Authlete prescribes for this action (<c>INVALID_CLIENT</c> is 400, and 401 when
    /// the client used HTTP Basic); null for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        RevocationActionKind.InvalidClient => 400,
        RevocationActionKind.InternalServerError => 500,
        RevocationActionKind.BadRequest => 400,
        RevocationActionKind.Ok => 200,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => Kind == RevocationActionKind.InvalidClient;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != RevocationActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="RevocationAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator RevocationAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(RevocationAction left, RevocationAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(RevocationAction left, RevocationAction right) => !left.Equals(right);

    static RevocationAction IAuthleteEnumeration<RevocationAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(RevocationAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RevocationAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
