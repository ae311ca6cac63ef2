using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// The outcome of end-user authentication and authorization in a CIBA flow (the <c>result</c> of a complete request).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<BackchannelAuthenticationCompleteResult>))]
public readonly struct BackchannelAuthenticationCompleteResult : IEquatable<BackchannelAuthenticationCompleteResult>, IAuthleteEnumeration<BackchannelAuthenticationCompleteResult>
{
    private static readonly string[] Known = ["AUTHORIZED", "ACCESS_DENIED", "TRANSACTION_FAILED"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"AUTHORIZED"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public BackchannelAuthenticationCompleteResult(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>AUTHORIZED</c>: the end-user authorized the client: tokens are issued.</summary>
    public static BackchannelAuthenticationCompleteResult Authorized { get; } = new("AUTHORIZED");

    /// <summary><c>ACCESS_DENIED</c>: the end-user denied the request (<c>access_denied</c>).</summary>
    public static BackchannelAuthenticationCompleteResult AccessDenied { get; } = new("ACCESS_DENIED");

    /// <summary><c>TRANSACTION_FAILED</c>: no decision could be obtained, for example the authentication device could not be reached (<c>transaction_failed</c>).</summary>
    public static BackchannelAuthenticationCompleteResult TransactionFailed { get; } = new("TRANSACTION_FAILED");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="BackchannelAuthenticationCompleteResultKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public BackchannelAuthenticationCompleteResultKind Kind => (BackchannelAuthenticationCompleteResultKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != BackchannelAuthenticationCompleteResultKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="BackchannelAuthenticationCompleteResult"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator BackchannelAuthenticationCompleteResult(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(BackchannelAuthenticationCompleteResult left, BackchannelAuthenticationCompleteResult right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(BackchannelAuthenticationCompleteResult left, BackchannelAuthenticationCompleteResult right) => !left.Equals(right);

    static BackchannelAuthenticationCompleteResult IAuthleteEnumeration<BackchannelAuthenticationCompleteResult>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BackchannelAuthenticationCompleteResult other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BackchannelAuthenticationCompleteResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
