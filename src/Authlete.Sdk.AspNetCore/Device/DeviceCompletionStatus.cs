namespace Authlete.Sdk.AspNetCore;

/// <summary>What the verification page should show after the user's decision (a closed set: every <c>/device/complete</c> action maps to one).</summary>
public enum DeviceCompletionStatus
{
    /// <summary><c>SUCCESS</c>: the device gets its answer on its next poll of the token endpoint.</summary>
    Success,

    /// <summary><c>USER_CODE_EXPIRED</c>: the code has expired; restart the flow.</summary>
    Expired,

    /// <summary><c>USER_CODE_NOT_EXIST</c>: the code no longer exists; restart the flow.</summary>
    NotExist,

    /// <summary><c>INVALID_REQUEST</c>: the call was invalid (a bug on the authorization server's side).</summary>
    InvalidRequest,

    /// <summary><c>SERVER_ERROR</c>, an unknown action, or Authlete could not be reached.</summary>
    ServerError,
}
