namespace Authlete.Sdk;

/// <summary>
/// The values of <see cref="BackchannelAuthenticationCompleteAction"/> this SDK knows, as a closed C# enum for a plain <c>switch</c> with the compiler's
/// help; read it from <see cref="BackchannelAuthenticationCompleteAction.Kind"/>.
/// </summary>
public enum BackchannelAuthenticationCompleteActionKind
{
    /// <summary>A value this SDK does not list (one a newer Authlete sends); <see cref="BackchannelAuthenticationCompleteAction.Value"/> has its wire string.</summary>
    Unknown = 0,

    /// <summary><c>NOTIFICATION</c>: ping or push mode: POST the response content to the client notification endpoint with the client notification token as a Bearer token.</summary>
    Notification,

    /// <summary><c>NO_ACTION</c>: poll mode: nothing to send; the client receives the result from the token endpoint.</summary>
    NoAction,

    /// <summary><c>SERVER_ERROR</c>: the API call was wrong or Authlete failed; the client is not waiting on this call, so log it and treat the transaction as failed.</summary>
    ServerError,
}
