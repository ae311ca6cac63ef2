namespace Authlete.Sdk;

/// <summary>
/// Delivers a CIBA ping or push notification to a client's notification endpoint (CIBA Core §10.2 and §10.3).
/// </summary>
public interface ICibaNotificationSender
{
    /// <summary>
    /// Delivers the notification of a <c>/backchannel/authentication/complete</c> answer whose action is
    /// <see cref="BackchannelAuthenticationCompleteAction.Notification"/>.
    /// </summary>
    /// <param name="response">The complete API's answer: its response content, client notification endpoint and token.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The outcome; a failure to deliver is reported, not thrown.</returns>
    /// <exception cref="ArgumentException">The answer is not a notification, or lacks the endpoint, token or content.</exception>
    Task<CibaNotificationResult> SendAsync(BackchannelAuthenticationCompleteResponse response, CancellationToken cancellationToken = default);

    /// <summary>Delivers <paramref name="content"/> to <paramref name="endpoint"/> with the client notification token.</summary>
    /// <param name="endpoint">The client notification endpoint; must be https unless allowed otherwise in the options.</param>
    /// <param name="clientNotificationToken">The client notification token, sent as a Bearer token.</param>
    /// <param name="content">The JSON body (the complete API's response content).</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The outcome; a failure to deliver is reported, not thrown.</returns>
    /// <exception cref="ArgumentException">An argument is missing or the endpoint is not https.</exception>
    Task<CibaNotificationResult> SendContentAsync(Uri endpoint, string clientNotificationToken, string content, CancellationToken cancellationToken = default);
}
