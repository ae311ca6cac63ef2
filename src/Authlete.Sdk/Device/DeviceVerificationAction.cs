using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/device/verification</c> API.
/// </summary>
/// <remarks>
/// The published API description names the error value <c>INTERNAL_SERVER_ERROR</c> and Authlete's Java and C# libraries name it <c>SERVER_ERROR</c>; both read as <see cref="InternalServerError"/>.
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<DeviceVerificationAction>))]
public readonly struct DeviceVerificationAction : IEquatable<DeviceVerificationAction>, IAuthleteEnumeration<DeviceVerificationAction>
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "NOT_EXIST", "EXPIRED", "VALID"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public DeviceVerificationAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed: tell the end-user something went wrong. Older servers send <c>SERVER_ERROR</c>, which equals this value.</summary>
    public static DeviceVerificationAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>NOT_EXIST</c>: the user code does not exist: let the end-user enter it again.</summary>
    public static DeviceVerificationAction NotExist { get; } = new("NOT_EXIST");

    /// <summary><c>EXPIRED</c>: the user code has expired: tell the end-user to restart the flow on the device.</summary>
    public static DeviceVerificationAction Expired { get; } = new("EXPIRED");

    /// <summary><c>VALID</c>: the user code is valid: ask the end-user to approve or deny, then call the device complete API.</summary>
    public static DeviceVerificationAction Valid { get; } = new("VALID");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="DeviceVerificationActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public DeviceVerificationActionKind Kind => (DeviceVerificationActionKind)(AuthleteEnumValue.IndexOf(Canonical, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != DeviceVerificationActionKind.Unknown;

    private string? Canonical => _value switch
    {
        not null when AuthleteEnumValue.AreEqual(_value, "SERVER_ERROR") => "INTERNAL_SERVER_ERROR",
        _ => _value,
    };

    /// <summary>Converts a wire string to a <see cref="DeviceVerificationAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator DeviceVerificationAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DeviceVerificationAction left, DeviceVerificationAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DeviceVerificationAction left, DeviceVerificationAction right) => !left.Equals(right);

    static DeviceVerificationAction IAuthleteEnumeration<DeviceVerificationAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DeviceVerificationAction other) => AuthleteEnumValue.AreEqual(Canonical, other.Canonical);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeviceVerificationAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(Canonical);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
