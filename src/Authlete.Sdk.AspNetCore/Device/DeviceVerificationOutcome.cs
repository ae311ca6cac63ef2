namespace Authlete.Sdk.AspNetCore;

/// <summary>The outcome of <see cref="DeviceVerificationService.VerifyAsync"/>.</summary>
public sealed class DeviceVerificationOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="status">What to show.</param>
    /// <param name="response">Authlete's answer (client name, scopes, expiry...), or null when none arrived.</param>
    /// <param name="exception">The exception behind a failure, if any.</param>
    public DeviceVerificationOutcome(DeviceVerificationStatus status, DeviceVerificationResponse? response, Exception? exception = null)
    {
        Status = status;
        Response = response;
        Exception = exception;
    }

    /// <summary>What to show.</summary>
    public DeviceVerificationStatus Status { get; }

    /// <summary>Authlete's <c>/device/verification</c> answer, for the consent screen; null when none arrived.</summary>
    public DeviceVerificationResponse? Response { get; }

    /// <summary>The exception behind a failure, if any.</summary>
    public Exception? Exception { get; }
}
