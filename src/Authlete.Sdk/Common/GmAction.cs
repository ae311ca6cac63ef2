using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// A Grant Management <c>grant_management_action</c> (the <c>gmAction</c> of a response).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<GmAction>))]
public readonly struct GmAction : IEquatable<GmAction>, IAuthleteEnumeration<GmAction>
{
    private static readonly string[] Known = ["CREATE", "QUERY", "REPLACE", "REVOKE", "MERGE"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"CREATE"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public GmAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>CREATE</c>: create a new grant.</summary>
    public static GmAction Create { get; } = new("CREATE");

    /// <summary><c>QUERY</c>: query an existing grant.</summary>
    public static GmAction Query { get; } = new("QUERY");

    /// <summary><c>REPLACE</c>: replace an existing grant.</summary>
    public static GmAction Replace { get; } = new("REPLACE");

    /// <summary><c>REVOKE</c>: revoke an existing grant.</summary>
    public static GmAction Revoke { get; } = new("REVOKE");

    /// <summary><c>MERGE</c>: merge into an existing grant.</summary>
    public static GmAction Merge { get; } = new("MERGE");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="GmActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public GmActionKind Kind => (GmActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != GmActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="GmAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator GmAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(GmAction left, GmAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(GmAction left, GmAction right) => !left.Equals(right);

    static GmAction IAuthleteEnumeration<GmAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(GmAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GmAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
