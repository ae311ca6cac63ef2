namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="DeviceAuthorizationAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="DeviceAuthorizationAction.Kind"/>.
/// </summary>
public enum DeviceAuthorizationActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="DeviceAuthorizationAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed, or the API call was malformed: answer the client with 500 and the response content.</summary>
    InternalServerError,

    /// <summary><c>BAD_REQUEST</c>: the device authorization request is invalid: answer 400 with the response content.</summary>
    BadRequest,

    /// <summary><c>UNAUTHORIZED</c>: client authentication failed: answer 401 with a <c>WWW-Authenticate</c> challenge and the response content.</summary>
    Unauthorized,

    /// <summary><c>OK</c>: answer 200 with the response content (<c>device_code</c>, <c>user_code</c>, <c>verification_uri</c>, ...).</summary>
    Ok,
}
