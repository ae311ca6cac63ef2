namespace Authlete.Sdk;

/// <summary>
/// Delivers a CIBA ping or push notification to a client's notification endpoint (CIBA Core §10.2 and §10.3).
/// </summary>
/// <remarks>
/// A failure caused by the notification's data or by the network (a missing, relative or non-https endpoint, a refused
/// destination, a token that cannot be sent in a header, a timeout, an unreachable endpoint, an error status, a redirect,
/// any other failure while sending) is reported in the <see cref="CibaNotificationResult"/>, never thrown. Only
/// programming errors throw, and the cancellation of the caller's token.
/// </remarks>
public interface ICibaNotificationSender
{
    /// <summary>
    /// Delivers the notification of a <c>/backchannel/authentication/complete</c> answer whose action is
    /// <see cref="BackchannelAuthenticationCompleteAction.Notification"/>.
    /// </summary>
    /// <param name="response">The complete API's answer: its response content, client notification endpoint and token.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The outcome; a failure to deliver, including a missing or refused endpoint, token or content, is reported, not thrown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="ArgumentException">The answer's action is not NOTIFICATION: there is nothing to deliver.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<CibaNotificationResult> SendAsync(BackchannelAuthenticationCompleteResponse response, CancellationToken cancellationToken = default);

    /// <summary>Delivers <paramref name="content"/> to <paramref name="endpoint"/> with the client notification token.</summary>
    /// <param name="endpoint">The client notification endpoint; must be https unless allowed otherwise in the options.</param>
    /// <param name="clientNotificationToken">The client notification token, sent as a Bearer token.</param>
    /// <param name="content">The JSON body (the complete API's response content).</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The outcome; a failure to deliver, including an empty token or content or a refused endpoint, is reported, not thrown.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<CibaNotificationResult> SendContentAsync(Uri endpoint, string clientNotificationToken, string content, CancellationToken cancellationToken = default);
}
