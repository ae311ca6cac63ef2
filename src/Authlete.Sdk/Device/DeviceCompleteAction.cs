using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/device/complete</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<DeviceCompleteAction>))]
public readonly struct DeviceCompleteAction : IEquatable<DeviceCompleteAction>, IAuthleteEnumeration<DeviceCompleteAction>
{
    private static readonly string[] Known = ["SERVER_ERROR", "USER_CODE_NOT_EXIST", "USER_CODE_EXPIRED", "INVALID_REQUEST", "SUCCESS"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public DeviceCompleteAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>SERVER_ERROR</c>: Authlete failed: show an error and ask the end-user to restart.</summary>
    public static DeviceCompleteAction ServerError { get; } = new("SERVER_ERROR");

    /// <summary><c>USER_CODE_NOT_EXIST</c>: the user code no longer exists or was invalidated: ask the end-user to restart.</summary>
    public static DeviceCompleteAction UserCodeNotExist { get; } = new("USER_CODE_NOT_EXIST");

    /// <summary><c>USER_CODE_EXPIRED</c>: the user code has expired: ask the end-user to restart.</summary>
    public static DeviceCompleteAction UserCodeExpired { get; } = new("USER_CODE_EXPIRED");

    /// <summary><c>INVALID_REQUEST</c>: the API call was invalid (likely a bug in the authorization server): show an error.</summary>
    public static DeviceCompleteAction InvalidRequest { get; } = new("INVALID_REQUEST");

    /// <summary><c>SUCCESS</c>: the result was recorded: show a success page; the device receives the result on its next poll.</summary>
    public static DeviceCompleteAction Success { get; } = new("SUCCESS");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="DeviceCompleteActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public DeviceCompleteActionKind Kind => (DeviceCompleteActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != DeviceCompleteActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="DeviceCompleteAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator DeviceCompleteAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DeviceCompleteAction left, DeviceCompleteAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DeviceCompleteAction left, DeviceCompleteAction right) => !left.Equals(right);

    static DeviceCompleteAction IAuthleteEnumeration<DeviceCompleteAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DeviceCompleteAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeviceCompleteAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
