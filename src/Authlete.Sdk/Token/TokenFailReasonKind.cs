namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="TokenFailReason"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="TokenFailReason.Kind"/>.
/// </summary>
public enum TokenFailReasonKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="TokenFailReason.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>UNKNOWN</c>: an unspecified reason (<c>server_error</c>); not recommended.</summary>
    UnknownReason,

    /// <summary><c>INVALID_RESOURCE_OWNER_CREDENTIALS</c>: the username and password are wrong (<c>invalid_request</c>, not <c>invalid_grant</c>).</summary>
    InvalidResourceOwnerCredentials,

    /// <summary><c>INVALID_TARGET</c>: a requested resource (RFC 8707) is rejected (<c>invalid_target</c>).</summary>
    InvalidTarget,

    /// <summary><c>INVALID_CLIENT</c>: the client is rejected (<c>invalid_client</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    InvalidClient,

    /// <summary><c>UNAUTHORIZED_CLIENT</c>: the client may not use this grant (<c>unauthorized_client</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    UnauthorizedClient,

    /// <summary><c>INVALID_SCOPE</c>: a requested scope is rejected (<c>invalid_scope</c>). Newer than the published API specification: Authlete may not accept it yet.</summary>
    InvalidScope,
}
