namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationFailReason"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationFailReason.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationFailReasonKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationFailReason.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>ACCESS_DENIED</c>: the request is refused without asking the end-user (<c>access_denied</c>, HTTP 403).</summary>
    AccessDenied,

    /// <summary><c>EXPIRED_LOGIN_HINT_TOKEN</c>: the <c>login_hint_token</c> has expired (<c>expired_login_hint_token</c>).</summary>
    ExpiredLoginHintToken,

    /// <summary><c>INVALID_BINDING_MESSAGE</c>: the binding message is not acceptable (<c>invalid_binding_message</c>).</summary>
    InvalidBindingMessage,

    /// <summary><c>INVALID_TARGET</c>: a requested resource is rejected (<c>invalid_target</c>).</summary>
    InvalidTarget,

    /// <summary><c>INVALID_USER_CODE</c>: the user code is wrong (<c>invalid_user_code</c>).</summary>
    InvalidUserCode,

    /// <summary><c>MISSING_USER_CODE</c>: a user code is required but missing (<c>missing_user_code</c>).</summary>
    MissingUserCode,

    /// <summary><c>SERVER_ERROR</c>: a server-side failure (<c>server_error</c>, HTTP 500); also Authlete's default.</summary>
    ServerError,

    /// <summary><c>UNAUTHORIZED_CLIENT</c>: a policy of the authorization server rejects this client (<c>unauthorized_client</c>).</summary>
    UnauthorizedClient,

    /// <summary><c>UNKNOWN_USER_ID</c>: the hint could not be mapped to a user (<c>unknown_user_id</c>).</summary>
    UnknownUserId,
}
