using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server must do after calling Authlete's <c>/backchannel/authentication/complete</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<BackchannelAuthenticationCompleteAction>))]
public readonly struct BackchannelAuthenticationCompleteAction : IEquatable<BackchannelAuthenticationCompleteAction>, IAuthleteEnumeration<BackchannelAuthenticationCompleteAction>
{
    private static readonly string[] Known = ["NOTIFICATION", "NO_ACTION", "SERVER_ERROR"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"NOTIFICATION"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public BackchannelAuthenticationCompleteAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>NOTIFICATION</c>: ping or push mode: POST the response content to the client notification endpoint with the client notification token as a Bearer token.</summary>
    public static BackchannelAuthenticationCompleteAction Notification { get; } = new("NOTIFICATION");

    /// <summary><c>NO_ACTION</c>: poll mode: nothing to send; the client receives the result from the token endpoint.</summary>
    public static BackchannelAuthenticationCompleteAction NoAction { get; } = new("NO_ACTION");

    /// <summary><c>SERVER_ERROR</c>: the API call was wrong or Authlete failed; the client is not waiting on this call, so log it and treat the transaction as failed.</summary>
    public static BackchannelAuthenticationCompleteAction ServerError { get; } = new("SERVER_ERROR");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="BackchannelAuthenticationCompleteActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public BackchannelAuthenticationCompleteActionKind Kind => (BackchannelAuthenticationCompleteActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != BackchannelAuthenticationCompleteActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="BackchannelAuthenticationCompleteAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator BackchannelAuthenticationCompleteAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(BackchannelAuthenticationCompleteAction left, BackchannelAuthenticationCompleteAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(BackchannelAuthenticationCompleteAction left, BackchannelAuthenticationCompleteAction right) => !left.Equals(right);

    static BackchannelAuthenticationCompleteAction IAuthleteEnumeration<BackchannelAuthenticationCompleteAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BackchannelAuthenticationCompleteAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BackchannelAuthenticationCompleteAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
