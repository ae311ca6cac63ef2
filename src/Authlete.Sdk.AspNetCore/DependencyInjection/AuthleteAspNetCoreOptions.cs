namespace Authlete.Sdk.AspNetCore;

/// <summary>Settings of the Authlete ASP.NET Core endpoints and services.</summary>
public sealed class AuthleteAspNetCoreOptions
{
    /// <summary>The path of the CIBA backchannel authentication endpoint. Default <c>/backchannel/authentication</c>.</summary>
    public string BackchannelAuthenticationPath { get; set; } = "/backchannel/authentication";

    /// <summary>The path of the RFC 8628 device authorization endpoint. Default <c>/device_authorization</c>.</summary>
    public string DeviceAuthorizationPath { get; set; } = "/device_authorization";

    /// <summary>The path of the token endpoint. Default <c>/token</c>.</summary>
    public string TokenPath { get; set; } = "/token";

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
    /// Whether a failing <see cref="ICibaUserHandler.StartAuthenticationAsync"/> completes the CIBA request with
    /// <c>TRANSACTION_FAILED</c>, so that the client learns of the failure instead of waiting for the request to expire.
    /// True by default.
    /// </summary>
    public bool CompleteOnStartFailure { get; set; } = true;
}
