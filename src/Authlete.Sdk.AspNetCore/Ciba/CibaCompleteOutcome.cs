namespace Authlete.Sdk.AspNetCore;

/// <summary>The outcome of <see cref="CibaCompleteService"/>.</summary>
public sealed class CibaCompleteOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="status">How the completion ended.</param>
    /// <param name="response">Authlete's answer, or null when none arrived.</param>
    /// <param name="notification">The delivery outcome of a ping or push notification, or null.</param>
    /// <param name="exception">The exception behind a failure, if any.</param>
    public CibaCompleteOutcome(CibaCompleteStatus status, BackchannelAuthenticationCompleteResponse? response, CibaNotificationResult? notification, Exception? exception = null)
    {
        Status = status;
        Response = response;
        Notification = notification;
        Exception = exception;
    }

    /// <summary>How the completion ended.</summary>
    public CibaCompleteStatus Status { get; }

    /// <summary>True when Authlete recorded the result and, in ping or push mode, the client was notified.</summary>
    public bool Succeeded => Status is CibaCompleteStatus.Recorded or CibaCompleteStatus.Notified;

    /// <summary>Authlete's <c>/backchannel/authentication/complete</c> answer; null when none arrived.</summary>
    public BackchannelAuthenticationCompleteResponse? Response { get; }

    /// <summary>The delivery outcome of the ping or push notification; null in poll mode or on a server error.</summary>
    public CibaNotificationResult? Notification { get; }

    /// <summary>The exception behind a failure (Authlete unreachable), if any.</summary>
    public Exception? Exception { get; }
}
