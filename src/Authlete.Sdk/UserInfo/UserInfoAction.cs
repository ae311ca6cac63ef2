using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// What the authorization server's UserInfo endpoint must do after calling Authlete's <c>/auth/userinfo</c> API.
/// </summary>
/// <remarks>
/// This is an extensible enum: a value this SDK does not list (one a newer Authlete sends) is kept as it is,
/// compares by its wire string ignoring case, and is written back unchanged. <see cref="IsKnown"/> tells the two apart.
/// </remarks>
[JsonConverter(typeof(AuthleteEnumConverter<UserInfoAction>))]
public readonly struct UserInfoAction : IEquatable<UserInfoAction>, IAuthleteEnumeration<UserInfoAction>, IAuthleteAnswerAction
{
    private static readonly string[] Known = ["INTERNAL_SERVER_ERROR", "BAD_REQUEST", "UNAUTHORIZED", "FORBIDDEN", "OK"];
    private readonly string? _value;

    /// <summary>Creates a value from its wire string.</summary>
    /// <param name="value">The wire string, for example <c>"INTERNAL_SERVER_ERROR"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public UserInfoAction(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static UserInfoAction InternalServerError { get; } = new("INTERNAL_SERVER_ERROR");

    /// <summary><c>BAD_REQUEST</c>: the request carried no access token: answer 400 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static UserInfoAction BadRequest { get; } = new("BAD_REQUEST");

    /// <summary><c>UNAUTHORIZED</c>: the access token is unknown or expired, or has no subject: answer 401 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static UserInfoAction Unauthorized { get; } = new("UNAUTHORIZED");

    /// <summary><c>FORBIDDEN</c>: the access token does not cover the <c>openid</c> scope: answer 403 with <c>WWW-Authenticate</c> set to the response content (an RFC 6750 challenge), <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c> and no body.</summary>
    public static UserInfoAction Forbidden { get; } = new("FORBIDDEN");

    /// <summary><c>OK</c>: the access token is valid: collect the values of the claims named in <c>claims</c> for the subject, then call <c>/auth/userinfo/issue</c>.</summary>
    public static UserInfoAction Ok { get; } = new("OK");

    /// <summary>The wire string, exactly as it was received or created.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>
    /// The value as a closed C# enum, for a plain <c>switch</c>: <see cref="UserInfoActionKind.Unknown"/> for a value this SDK does
    /// not list, whose wire string stays in <see cref="Value"/>.
    /// </summary>
    public UserInfoActionKind Kind => (UserInfoActionKind)(AuthleteEnumValue.IndexOf(_value, Known) + 1);

    /// <summary>
    /// The HTTP status of the answer to the client for this action (answered with <c>WWW-Authenticate</c> set to the response
    /// content, not with a body); null for <c>OK</c>, where <c>/auth/userinfo/issue</c> comes first, and for a value this SDK does not know.
    /// </summary>
    public int? HttpStatus => Kind switch
    {
        UserInfoActionKind.InternalServerError => 500,
        UserInfoActionKind.BadRequest => 400,
        UserInfoActionKind.Unauthorized => 401,
        UserInfoActionKind.Forbidden => 403,
        _ => null,
    };

    /// <inheritdoc />
    public bool IsClientAuthenticationFailure => false;

    /// <summary>Whether this SDK knows the value (false for a value added by a newer Authlete).</summary>
    public bool IsKnown => Kind != UserInfoActionKind.Unknown;

    /// <summary>Converts a wire string to a <see cref="UserInfoAction"/>.</summary>
    /// <param name="value">The wire string.</param>
    public static implicit operator UserInfoAction(string value) => new(value);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(UserInfoAction left, UserInfoAction right) => left.Equals(right);

    /// <summary>Compares two values by their wire string, ignoring case.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(UserInfoAction left, UserInfoAction right) => !left.Equals(right);

    static UserInfoAction IAuthleteEnumeration<UserInfoAction>.FromWire(string value) => new(value);

    /// <inheritdoc />
    public bool Equals(UserInfoAction other) => AuthleteEnumValue.AreEqual(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UserInfoAction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => AuthleteEnumValue.HashOf(_value);

    /// <summary>Returns the wire string.</summary>
    /// <returns>The wire string, as in <see cref="Value"/>.</returns>
    public override string ToString() => Value;
}
