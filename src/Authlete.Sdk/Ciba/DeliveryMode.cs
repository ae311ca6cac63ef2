using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// The CIBA token delivery mode of a client (CIBA Core §5).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<DeliveryMode>))]
public readonly struct DeliveryMode : IEquatable<DeliveryMode>, IAuthleteEnumeration<DeliveryMode>
{
    private static readonly string[] Known = ["POLL", "PING", "PUSH"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"POLL"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public DeliveryMode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>POLL</c>: the client polls the token endpoint (OAuth value <c>poll</c>).</summary>
    public static DeliveryMode Poll { get; } = new("POLL");

    /// <summary><c>PING</c>: the authorization server notifies the client, which then calls the token endpoint (OAuth value <c>ping</c>).</summary>
    public static DeliveryMode Ping { get; } = new("PING");

    /// <summary><c>PUSH</c>: the authorization server pushes the tokens to the client's notification endpoint (OAuth value <c>push</c>).</summary>
    public static DeliveryMode Push { get; } = new("PUSH");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="DeliveryModeKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public DeliveryModeKind Kind => (DeliveryModeKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != DeliveryModeKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="DeliveryMode"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator DeliveryMode(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DeliveryMode left, DeliveryMode right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DeliveryMode left, DeliveryMode right) => !left.Equals(right);

    static DeliveryMode IAuthleteEnumeration<DeliveryMode>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DeliveryMode other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeliveryMode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
