using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server's introspection endpoint (RFC 7662) must do after calling Authlete's <c>/auth/introspection/standard</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<StandardIntrospectionAction>))]
public readonly struct StandardIntrospectionAction : IEquatable<StandardIntrospectionAction>, IAuthleteEnumeration<StandardIntrospectionAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "BAD_REQUEST", "OK", "JWT"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public StandardIntrospectionAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the resource server with 500 and the response content (JSON).</summary>
    public static StandardIntrospectionAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the introspection request is invalid (for example, it has no <c>token</c>): answer 400 with the response content (JSON).</summary>
    public static StandardIntrospectionAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>OK</c>: answer 200 with the response content, an RFC 7662 introspection response (<c>Content-Type: application/json</c>).</summary>
    public static StandardIntrospectionAction Ok { get; } = new("OK");

    /// <summary><c>JWT</c>: answer 200 with the response content, a JWT introspection response (RFC 9701, <c>Content-Type: application/token-introspection+jwt</c>).</summary>
    public static StandardIntrospectionAction Jwt { get; } = new("JWT");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="StandardIntrospectionActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public StandardIntrospectionActionKind Kind => (StandardIntrospectionActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the resource server Authlete prescribes for this action (both <c>OK</c> and <c>JWT</c> are 200; the
    /// body of a <c>JWT</c> answer is a JWT, not JSON); null for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        StandardIntrospectionActionKind.InternalServerError => 500,
        StandardIntrospectionActionKind.BadRequest => 400,
        StandardIntrospectionActionKind.Ok => 200,
        StandardIntrospectionActionKind.Jwt => 200,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => false;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != StandardIntrospectionActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="StandardIntrospectionAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator StandardIntrospectionAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(StandardIntrospectionAction left, StandardIntrospectionAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(StandardIntrospectionAction left, StandardIntrospectionAction right) => !left.Equals(right);

    static StandardIntrospectionAction IAuthleteEnumeration<StandardIntrospectionAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(StandardIntrospectionAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is StandardIntrospectionAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
