namespace Authlete.Sdk.AspNetCore;

/// <summary>How a CIBA completion ended (a closed set: every <c>/backchannel/authentication/complete</c> action maps to one).</summary>
public enum CibaCompleteStatus
{
    /// <summary>Poll mode (<c>NO_ACTION</c>): the result is stored; the client gets it from the token endpoint.</summary>
    Recorded,

    /// <summary>Ping or push mode (<c>NOTIFICATION</c>): the notification was delivered to the client notification endpoint.</summary>
    Notified,

    /// <summary>Ping or push mode (<c>NOTIFICATION</c>): the notification could not be delivered; see <see cref="CibaCompleteOutcome.Notification"/>.</summary>
    NotificationFailed,

    /// <summary><c>SERVER_ERROR</c>, an unknown action, or Authlete could not be reached: the completion was not recorded.</summary>
    ServerError,
}
