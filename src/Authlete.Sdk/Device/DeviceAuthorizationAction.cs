using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/device/authorization</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<DeviceAuthorizationAction>))]
public readonly struct DeviceAuthorizationAction : IEquatable<DeviceAuthorizationAction>, IAuthleteEnumeration<DeviceAuthorizationAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "BAD_REQUEST", "UNAUTHORIZED", "OK"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public DeviceAuthorizationAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    public static DeviceAuthorizationAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the device authorization request is invalid: answer 400 with the response content.</summary>
    public static DeviceAuthorizationAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>UNAUTHORIZED</c>: client authentication failed: answer 401 with a <c>WWW-Authenticate</c> challenge and the response content.</summary>
    public static DeviceAuthorizationAction Unauthorized { get; } = new("UNAUTHORIZED");

    /// <summary><c>OK</c>: answer 200 with the response content (<c>device_code</c>, <c>user_code</c>, <c>verification_uri</c>, ...).</summary>
    public static DeviceAuthorizationAction Ok { get; } = new("OK");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="DeviceAuthorizationActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public DeviceAuthorizationActionKind Kind => (DeviceAuthorizationActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the client Authlete prescribes for this action; null for a step the
    /// authorization server must take first and for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        DeviceAuthorizationActionKind.InternalServerError => 500,
        DeviceAuthorizationActionKind.BadRequest => 400,
        DeviceAuthorizationActionKind.Unauthorized => 401,
        DeviceAuthorizationActionKind.Ok => 200,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => Kind == DeviceAuthorizationActionKind.Unauthorized;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != DeviceAuthorizationActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="DeviceAuthorizationAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator DeviceAuthorizationAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(DeviceAuthorizationAction left, DeviceAuthorizationAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(DeviceAuthorizationAction left, DeviceAuthorizationAction right) => !left.Equals(right);

    static DeviceAuthorizationAction IAuthleteEnumeration<DeviceAuthorizationAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(DeviceAuthorizationAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeviceAuthorizationAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
