namespace Authlete.Sdk.AspNetCore;

/// <summary>The outcome of <see cref="DeviceVerificationService.CompleteAsync(DeviceCompleteRequest, CancellationToken)"/>.</summary>
public sealed class DeviceCompletionOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="status">What to show.</param>
    /// <param name="response">Authlete's answer, or null when none arrived.</param>
    /// <param name="exception">The exception behind a failure, if any.</param>
    public DeviceCompletionOutcome(DeviceCompletionStatus status, DeviceCompleteResponse? response, Exception? exception = null)
    {
        Status = status;
        Response = response;
        Exception = exception;
    }

    /// <summary>What to show.</summary>
    public DeviceCompletionStatus Status { get; }

    /// <summary>Authlete's <c>/device/complete</c> answer; null when none arrived.</summary>
    public DeviceCompleteResponse? Response { get; }

    /// <summary>The exception behind a failure, if any.</summary>
    public Exception? Exception { get; }
}
