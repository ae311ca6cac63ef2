namespace Authlete.Sdk.AspNetCore;

/// <summary>Settings of the Authlete ASP.NET Core endpoints and services.</summary>
public sealed class AuthleteAspNetCoreOptions
{
    private int _maxFormBodySize = 64 * 1024;
    private int _maxFormParameterCount = 100;
    private int _maxFormValueLength = 32 * 1024;

    /// <summary>The path of the CIBA backchannel authentication endpoint. Default <c>/backchannel/authentication</c>.</summary>
    public string BackchannelAuthenticationPath { get; set; } = "/backchannel/authentication";

    /// <summary>The path of the RFC 8628 device authorization endpoint. Default <c>/device_authorization</c>.</summary>
    public string DeviceAuthorizationPath { get; set; } = "/device_authorization";

    /// <summary>The path of the token endpoint. Default <c>/token</c>.</summary>
    public string TokenPath { get; set; } = "/token";

    /// <summary>The path of the UserInfo endpoint mapped by <c>MapAuthleteUserInfo()</c>. Default <c>/userinfo</c>.</summary>
    public string UserInfoPath { get; set; } = "/userinfo";

    /// <summary>The path of the RFC 7662 introspection endpoint mapped by <c>MapAuthleteIntrospection()</c>. Default <c>/introspection</c>.</summary>
    public string IntrospectionPath { get; set; } = "/introspection";

    /// <summary>The path of the RFC 7009 revocation endpoint mapped by <c>MapAuthleteRevocation()</c>. Default <c>/revocation</c>.</summary>
    public string RevocationPath { get; set; } = "/revocation";

    /// <summary>
    /// The longest a host callback (user identification, user code check, request check, token grant handler) may take
    /// while a client waits. Past it the client gets 500 <c>server_error</c>. 30 seconds by default.
    /// </summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The longest <c>binding_message</c> accepted, in characters; a longer one, or one with control characters, is
    /// rejected with <c>invalid_binding_message</c>. 64 by default; null turns the built-in check off.
    /// </summary>
    public int? MaxBindingMessageLength { get; set; } = 64;

    /// <summary>
    /// Whether a failing <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/> completes the CIBA request with
    /// <c>TRANSACTION_FAILED</c>, so that the client learns of the failure instead of waiting for the request to expire.
    /// True by default.
    /// </summary>
    public bool CompleteOnStartFailure { get; set; } = true;

    /// <summary>
    /// The largest request body the backchannel authentication, device authorization and token endpoints read, in bytes;
    /// a larger one is answered 413 with <c>invalid_request</c> before it is read in full. 64 KiB by default: an OAuth
    /// request is a few hundred bytes, and a few kilobytes with a signed request object or client assertion.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxFormBodySize
    {
        get => _maxFormBodySize;
        set => _maxFormBodySize = Positive(value, nameof(MaxFormBodySize));
    }

    /// <summary>
    /// The most parameters (repeats included) those endpoints accept; more are answered 400 <c>invalid_request</c>.
    /// 100 by default, several times what any OAuth request carries.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxFormParameterCount
    {
        get => _maxFormParameterCount;
        set => _maxFormParameterCount = Positive(value, nameof(MaxFormParameterCount));
    }

    /// <summary>
    /// The longest parameter value those endpoints accept, in characters after decoding; a longer one is answered 400
    /// <c>invalid_request</c>. 32 KiB by default, room for a signed and encrypted request object or an assertion with
    /// a certificate chain.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is zero or negative.</exception>
    public int MaxFormValueLength
    {
        get => _maxFormValueLength;
        set => _maxFormValueLength = Positive(value, nameof(MaxFormValueLength));
    }

    private static int Positive(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, name);
        return value;
    }
}
