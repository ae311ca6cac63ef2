namespace Authlete.Sdk.AspNetCore;

/// <summary>The outcome of <see cref="IDeviceVerificationService.CompleteAsync(DeviceCompleteRequest, CancellationToken)"/>.</summary>
public sealed class DeviceCompleteOutcome
{
    /// <summary>Creates an outcome (for a test double of <see cref="IDeviceVerificationService"/>, for example).</summary>
    /// <param name="action">What to show: Authlete's action, or <see cref="DeviceCompleteActionKind.ServerError"/> when no answer arrived.</param>
    /// <param name="response">Authlete's answer, or null when none arrived.</param>
    /// <param name="exception">The exception behind a failure, if any.</param>
    public DeviceCompleteOutcome(DeviceCompleteActionKind action, DeviceCompleteResponse? response, Exception? exception = null)
    {
        Action = action;
        Response = response;
        Exception = exception;
    }

    /// <summary>
    /// What to show, for a plain <c>switch</c>: <c>Success</c> (the decision was recorded), <c>UserCodeExpired</c>,
    /// <c>UserCodeNotExist</c>, <c>InvalidRequest</c>, <c>ServerError</c> (also when Authlete could not be reached),
    /// or <c>Unknown</c> for an action a newer Authlete added.
    /// </summary>
    public DeviceCompleteActionKind Action { get; }

    /// <summary>Authlete's <c>/device/complete</c> answer; null when none arrived.</summary>
    public DeviceCompleteResponse? Response { get; }

    /// <summary>The exception behind a failure, if any.</summary>
    public Exception? Exception { get; }
}
