namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Records the user's decision on a CIBA request and delivers the ping or push notification Authlete builds. An
/// interface so that a host's authentication-device logic can be unit-tested with a test double;
/// <see cref="CibaCompleteService"/> is the implementation <c>AddAuthleteAspNetCore</c> registers.
/// </summary>
public interface ICibaCompleteService
{
    /// <summary>Records the user's decision.</summary>
    /// <param name="ticket">The ticket (<see cref="CibaAuthenticationContext.Ticket"/>).</param>
    /// <param name="subject">The user's subject.</param>
    /// <param name="result"><c>AUTHORIZED</c>, <c>ACCESS_DENIED</c> or <c>TRANSACTION_FAILED</c>.</param>
    /// <param name="cancellationToken">Cancels the call and the delivery.</param>
    /// <returns>
    /// The outcome; failures are reported (and logged), not thrown, and nothing at all is thrown once Authlete has recorded
    /// the decision (see <see cref="CompleteAsync(BackchannelAuthenticationCompleteRequest, CancellationToken)"/>).
    /// </returns>
    /// <exception cref="ArgumentException">The ticket or subject is missing (nothing was sent to Authlete).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before Authlete recorded the decision.</exception>
    Task<CibaCompleteOutcome> CompleteAsync(string ticket, string subject, BackchannelAuthenticationCompleteResult result, CancellationToken cancellationToken = default);

    /// <summary>Records the user's decision with every option of the complete API (claims, ACR, auth time, scopes...).</summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Cancels the call and the delivery.</param>
    /// <returns>
    /// The outcome; failures are reported (and logged), not thrown. Once Authlete has recorded the decision nothing is
    /// thrown: a failed delivery, whatever its cause (even the sender throwing, or <paramref name="cancellationToken"/>
    /// cancelled during the delivery), is <see cref="CibaCompleteStatus.NotificationFailed"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A required member of <paramref name="request"/> is missing (nothing was sent to Authlete).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before Authlete recorded the decision.</exception>
    Task<CibaCompleteOutcome> CompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default);
}
