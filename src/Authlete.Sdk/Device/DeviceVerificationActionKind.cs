namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="DeviceVerificationAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="DeviceVerificationAction.Kind"/>.
/// </summary>
public enum DeviceVerificationActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="DeviceVerificationAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>INTERNAL_SERVER_ERROR</c>: Authlete failed: tell the end-user something went wrong. Older servers send <c>SERVER_ERROR</c>, which equals this value.</summary>
    InternalServerError,

    /// <summary><c>NOT_EXIST</c>: the user code does not exist: let the end-user enter it again.</summary>
    NotExist,

    /// <summary><c>EXPIRED</c>: the user code has expired: tell the end-user to restart the flow on the device.</summary>
    Expired,

    /// <summary><c>VALID</c>: the user code is valid: ask the end-user to approve or deny, then call the device complete API.</summary>
    Valid,
}
