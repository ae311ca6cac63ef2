using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// Which hint in a CIBA request identifies the end-user (the <c>hintType</c> of a backchannel authentication response).
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<UserIdentificationHintType>))]
public readonly struct UserIdentificationHintType : IEquatable<UserIdentificationHintType>, IAuthleteEnumeration<UserIdentificationHintType>
{
    private static readonly string[] Known = ["ID_TOKEN_HINT", "LOGIN_HINT", "LOGIN_HINT_TOKEN"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"ID_TOKEN_HINT"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public UserIdentificationHintType(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>ID_TOKEN_HINT</c>: the <c>id_token_hint</c> parameter; the <c>sub</c> of the response holds its subject.</summary>
    public static UserIdentificationHintType IdTokenHint { get; } = new("ID_TOKEN_HINT");

    /// <summary><c>LOGIN_HINT</c>: the <c>login_hint</c> parameter.</summary>
    public static UserIdentificationHintType LoginHint { get; } = new("LOGIN_HINT");

    /// <summary><c>LOGIN_HINT_TOKEN</c>: the <c>login_hint_token</c> parameter.</summary>
    public static UserIdentificationHintType LoginHintToken { get; } = new("LOGIN_HINT_TOKEN");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="UserIdentificationHintTypeKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public UserIdentificationHintTypeKind Kind => (UserIdentificationHintTypeKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != UserIdentificationHintTypeKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="UserIdentificationHintType"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator UserIdentificationHintType(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(UserIdentificationHintType left, UserIdentificationHintType right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(UserIdentificationHintType left, UserIdentificationHintType right) => !left.Equals(right);

    static UserIdentificationHintType IAuthleteEnumeration<UserIdentificationHintType>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(UserIdentificationHintType other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UserIdentificationHintType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
