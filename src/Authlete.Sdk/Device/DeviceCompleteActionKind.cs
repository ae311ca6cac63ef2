namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="DeviceCompleteAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="DeviceCompleteAction.Kind"/>.
/// </summary>
public enum DeviceCompleteActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="DeviceCompleteAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>SERVER_ERROR</c>: Authlete failed: show an error and ask the end-user to restart.</summary>
    ServerError,

    /// <summary><c>USER_CODE_NOT_EXIST</c>: the user code no longer exists or was invalidated: ask the end-user to restart.</summary>
    UserCodeNotExist,

    /// <summary><c>USER_CODE_EXPIRED</c>: the user code has expired: ask the end-user to restart.</summary>
    UserCodeExpired,

    /// <summary><c>INVALID_REQUEST</c>: the API call was invalid (likely a bug in the authorization server): show an error.</summary>
    InvalidRequest,

    /// <summary><c>SUCCESS</c>: the result was recorded: show a success page; the device receives the result on its next poll.</summary>
    Success,
}
