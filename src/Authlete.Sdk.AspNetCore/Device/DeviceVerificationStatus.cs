namespace Authlete.Sdk.AspNetCore;

/// <summary>What the verification page should show after the user entered a user code (a closed set: every action maps to one).</summary>
public enum DeviceVerificationStatus
{
    /// <summary><c>VALID</c>: ask the user to approve or deny, then call <see cref="DeviceVerificationService.CompleteAsync(string, string, DeviceCompleteResult, CancellationToken)"/>.</summary>
    Valid,

    /// <summary><c>EXPIRED</c>: the code has expired; the user should restart the flow on the device.</summary>
    Expired,

    /// <summary><c>NOT_EXIST</c>: no such code; let the user enter it again.</summary>
    NotExist,

    /// <summary><c>SERVER_ERROR</c>/<c>INTERNAL_SERVER_ERROR</c>, an unknown action, or Authlete could not be reached.</summary>
    ServerError,
}
