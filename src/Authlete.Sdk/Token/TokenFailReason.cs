using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// Why the authorization server rejects a resource owner password request (the <c>reason</c> of a <c>/auth/token/fail</c> request); each selects the <c>error</c> code of the response.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// The wire value <c>UNKNOWN</c> is <see cref="Unknown"/> here and <see cref="TokenFailReasonKind.UnknownReason"/> as a kind, since <see cref="TokenFailReasonKind.Unknown"/> means a value this SDK does not list.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<TokenFailReason>))]
public readonly struct TokenFailReason : IEquatable<TokenFailReason>, IAuthleteEnumeration<TokenFailReason>
{
    private static readonly string[] Known = ["UNKNOWN", "INVALID_RESOURCE_OWNER_CREDENTIALS", "INVALID_TARGET", "INVALID_CLIENT", "UNAUTHORIZED_CLIENT", "INVALID_SCOPE"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"UNKNOWN"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public TokenFailReason(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>UNKNOWN</c>: an unspecified reason (<c>server_error</c>); not recommended.</summary>
    public static TokenFailReason Unknown { get; } = new("UNKNOWN");

    /// <summary><c>INVALID_RESOURCE_OWNER_CREDENTIALS</c>: the username and password are wrong (<c>invalid_request</c>, not <c>invalid_grant</c>).</summary>
    public static TokenFailReason InvalidResourceOwnerCredentials { get; } = new("INVALID_RESOURCE_OWNER_CREDENTIALS");

    /// <summary><c>INVALID_TARGET</c>: a requested resource (RFC 8707) is rejected (<c>invalid_target</c>).</summary>
    public static TokenFailReason InvalidTarget { get; } = new("INVALID_TARGET");

    /// <summary><c>INVALID_CLIENT</c>: the client is rejected (<c>invalid_client</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    public static TokenFailReason InvalidClient { get; } = new("INVALID_CLIENT");

    /// <summary><c>UNAUTHORIZED_CLIENT</c>: the client may not use this grant (<c>unauthorized_client</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    public static TokenFailReason UnauthorizedClient { get; } = new("UNAUTHORIZED_CLIENT");

    /// <summary><c>INVALID_SCOPE</c>: a requested scope is rejected (<c>invalid_scope</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    public static TokenFailReason InvalidScope { get; } = new("INVALID_SCOPE");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="TokenFailReasonKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public TokenFailReasonKind Kind => (TokenFailReasonKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != TokenFailReasonKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="TokenFailReason"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator TokenFailReason(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(TokenFailReason left, TokenFailReason right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(TokenFailReason left, TokenFailReason right) => !left.Equals(right);

    static TokenFailReason IAuthleteEnumeration<TokenFailReason>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(TokenFailReason other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TokenFailReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
