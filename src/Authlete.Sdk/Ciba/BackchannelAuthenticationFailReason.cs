using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// Why the authorization server rejects a CIBA request (the <c>reason</c> of a <c>/backchannel/authentication/fail</c> request); each selects the <c>error</c> code of the response.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<BackchannelAuthenticationFailReason>))]
public readonly struct BackchannelAuthenticationFailReason : IEquatable<BackchannelAuthenticationFailReason>, IAuthleteEnumeration<BackchannelAuthenticationFailReason>
{
    private static readonly string[] Known = ["ACCESS_DENIED", "EXPIRED_LOGIN_HINT_TOKEN", "INVALID_BINDING_MESSAGE", "INVALID_TARGET", "INVALID_USER_CODE", "MISSING_USER_CODE", "SERVER_ERROR", "UNAUTHORIZED_CLIENT", "UNKNOWN_USER_ID"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"ACCESS_DENIED"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public BackchannelAuthenticationFailReason(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>ACCESS_DENIED</c>: the request is refused without asking the end-user (<c>access_denied</c>, HTTP 403).</summary>
    public static BackchannelAuthenticationFailReason AccessDenied { get; } = new("ACCESS_DENIED");

    /// <summary><c>EXPIRED_LOGIN_HINT_TOKEN</c>: the <c>login_hint_token</c> has expired (<c>expired_login_hint_token</c>).</summary>
    public static BackchannelAuthenticationFailReason ExpiredLoginHintToken { get; } = new("EXPIRED_LOGIN_HINT_TOKEN");

    /// <summary><c>INVALID_BINDING_MESSAGE</c>: the binding message is not acceptable (<c>invalid_binding_message</c>).</summary>
    public static BackchannelAuthenticationFailReason InvalidBindingMessage { get; } = new("INVALID_BINDING_MESSAGE");

    /// <summary><c>INVALID_TARGET</c>: a requested resource is rejected (<c>invalid_target</c>).</summary>
    public static BackchannelAuthenticationFailReason InvalidTarget { get; } = new("INVALID_TARGET");

    /// <summary><c>INVALID_USER_CODE</c>: the user code is wrong (<c>invalid_user_code</c>).</summary>
    public static BackchannelAuthenticationFailReason InvalidUserCode { get; } = new("INVALID_USER_CODE");

    /// <summary><c>MISSING_USER_CODE</c>: a user code is required but missing (<c>missing_user_code</c>).</summary>
    public static BackchannelAuthenticationFailReason MissingUserCode { get; } = new("MISSING_USER_CODE");

    /// <summary><c>SERVER_ERROR</c>: a server-side failure (<c>server_error</c>, HTTP 500); also Authlete's default.</summary>
    public static BackchannelAuthenticationFailReason ServerError { get; } = new("SERVER_ERROR");

    /// <summary><c>UNAUTHORIZED_CLIENT</c>: a policy of the authorization server rejects this client (<c>unauthorized_client</c>).</summary>
    public static BackchannelAuthenticationFailReason UnauthorizedClient { get; } = new("UNAUTHORIZED_CLIENT");

    /// <summary><c>UNKNOWN_USER_ID</c>: the hint could not be mapped to a user (<c>unknown_user_id</c>).</summary>
    public static BackchannelAuthenticationFailReason UnknownUserId { get; } = new("UNKNOWN_USER_ID");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="BackchannelAuthenticationFailReasonKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public BackchannelAuthenticationFailReasonKind Kind => (BackchannelAuthenticationFailReasonKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != BackchannelAuthenticationFailReasonKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="BackchannelAuthenticationFailReason"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator BackchannelAuthenticationFailReason(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(BackchannelAuthenticationFailReason left, BackchannelAuthenticationFailReason right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(BackchannelAuthenticationFailReason left, BackchannelAuthenticationFailReason right) => !left.Equals(right);

    static BackchannelAuthenticationFailReason IAuthleteEnumeration<BackchannelAuthenticationFailReason>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(BackchannelAuthenticationFailReason other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BackchannelAuthenticationFailReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
