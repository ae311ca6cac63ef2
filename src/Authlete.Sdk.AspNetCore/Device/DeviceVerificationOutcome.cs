namespace Authlete.Sdk.AspNetCore;

/// <summary>The outcome of <see cref="IDeviceVerificationService.VerifyAsync"/>.</summary>
public sealed class DeviceVerificationOutcome
{
    /// <summary>Creates an outcome (for a test double of <see cref="IDeviceVerificationService"/>, for example).</summary>
    /// <param name="action">What to show: Authlete's action, or <see cref="DeviceVerificationActionKind.InternalServerError"/> when no answer arrived.</param>
    /// <param name="response">Authlete's answer (client name, scopes, expiry...), or null when none arrived.</param>
    /// <param name="exception">The exception behind a failure, if any.</param>
    public DeviceVerificationOutcome(DeviceVerificationActionKind action, DeviceVerificationResponse? response, Exception? exception = null)
    {
        Action = action;
        Response = response;
        Exception = exception;
    }

    /// <summary>
    /// What to show, for a plain <c>switch</c>: <c>Valid</c> (ask for consent), <c>Expired</c>, <c>NotExist</c>,
    /// <c>InternalServerError</c> (also when Authlete could not be reached), or <c>Unknown</c> for an action a newer
    /// Authlete added (its wire value is in <see cref="Response"/>).
    /// </summary>
    public DeviceVerificationActionKind Action { get; }

    /// <summary>Authlete's <c>/device/verification</c> answer, for the consent screen; null when none arrived.</summary>
    public DeviceVerificationResponse? Response { get; }

    /// <summary>The exception behind a failure, if any.</summary>
    public Exception? Exception { get; }
}
