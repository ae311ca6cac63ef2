using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the resource server must do after calling Authlete's <c>/auth/introspection</c> API to check an access token it received.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// There is no <c>VALID</c>: a valid token gives <c>OK</c>.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<IntrospectionAction>))]
public readonly struct IntrospectionAction : IEquatable<IntrospectionAction>, IAuthleteEnumeration<IntrospectionAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "OK"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public IntrospectionAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static IntrospectionAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the resource request carried no access token: answer 400 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static IntrospectionAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>UNAUTHORIZED</c>: the access token is unknown or expired, or its client no longer exists: answer 401 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static IntrospectionAction Unauthorized { get; } = new("UNAUTHORIZED");

    /// <summary><c>FORBIDDEN</c>: the access token lacks a required scope, belongs to another subject, or failed another requested check (DPoP, certificate binding, resources, ACR, age): answer 403 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static IntrospectionAction Forbidden { get; } = new("FORBIDDEN");

    /// <summary><c>OK</c>: the access token is valid and every requested check passed: serve the resource. The response content is only a ready-made <c>invalid_request</c> challenge, for a later error.</summary>
    public static IntrospectionAction Ok { get; } = new("OK");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="IntrospectionActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public IntrospectionActionKind Kind => (IntrospectionActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the resource server's answer to its client for this action (answered with <c>WWW-Authenticate</c> set to the
    /// response content, not with a body); null for <c>OK</c>, where the resource server serves the resource itself, and for a
    /// value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        IntrospectionActionKind.InternalServerError => 500,
        IntrospectionActionKind.BadRequest => 400,
        IntrospectionActionKind.Unauthorized => 401,
        IntrospectionActionKind.Forbidden => 403,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => false;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != IntrospectionActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="IntrospectionAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator IntrospectionAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(IntrospectionAction left, IntrospectionAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(IntrospectionAction left, IntrospectionAction right) => !left.Equals(right);

    static IntrospectionAction IAuthleteEnumeration<IntrospectionAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(IntrospectionAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IntrospectionAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
