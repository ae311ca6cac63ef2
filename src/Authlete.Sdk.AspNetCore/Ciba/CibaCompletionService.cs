using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Records the end-user's decision on a CIBA request (<c>/backchannel/authentication/complete</c>) and, in ping and push
/// modes, delivers the notification to the client through <see cref="ICibaNotificationSender"/>.
/// </summary>
public sealed class CibaCompletionService
{
    private readonly IAuthleteApi _api;
    private readonly ICibaNotificationSender _sender;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="sender">Delivers ping and push notifications.</param>
    /// <param name="logger">Where failures are logged.</param>
    public CibaCompletionService(IAuthleteApi api, ICibaNotificationSender sender, ILogger<CibaCompletionService> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _sender = sender;
        _logger = logger;
    }

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
    public Task<CibaCompletionOutcome> CompleteAsync(string ticket, string subject, BackchannelAuthenticationCompleteResult result, CancellationToken cancellationToken = default)
        => CompleteAsync(new BackchannelAuthenticationCompleteRequest { Ticket = ticket, Subject = subject, Result = result }, cancellationToken);

    /// <summary>Records the user's decision with every option of the complete API (claims, ACR, auth time, scopes...).</summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Cancels the call and the delivery.</param>
    /// <returns>
    /// The outcome; failures are reported (and logged), not thrown. Once Authlete has recorded the decision nothing is
    /// thrown: a failed delivery, whatever its cause (even the sender throwing, or <paramref name="cancellationToken"/>
    /// cancelled during the delivery), is <see cref="CibaCompletionStatus.NotificationFailed"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">A required member of <paramref name="request"/> is missing (nothing was sent to Authlete).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before Authlete recorded the decision.</exception>
    public async Task<CibaCompletionOutcome> CompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        BackchannelAuthenticationCompleteResponse response;
        try
        {
            response = await _api.BackchannelAuthenticationCompleteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ArgumentException && ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.CibaCompleteFailed(_logger, null, null, ex);
            return new CibaCompletionOutcome(CibaCompletionStatus.ServerError, null, null, ex);
        }

        if (response.Action == BackchannelAuthenticationCompleteAction.NoAction)
        {
            return new CibaCompletionOutcome(CibaCompletionStatus.Recorded, response, null);
        }

        if (response.Action != BackchannelAuthenticationCompleteAction.Notification)
        {
            AspNetCoreLog.CibaCompleteFailed(_logger, response.Action.Value, response.ResultCode, null);
            return new CibaCompletionOutcome(CibaCompletionStatus.ServerError, response, null);
        }

        // Authlete has recorded the decision: from here on nothing is thrown, a failed delivery (even a cancelled one) is reported.
        CibaNotificationResult? delivery;
        try
        {
            delivery = await _sender.SendAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            delivery = new CibaNotificationResult(null, DescribeFailure(ex), ex);
        }

        delivery ??= new CibaNotificationResult(null, "The notification sender returned no result.");

        if (!delivery.Succeeded)
        {
            AspNetCoreLog.CibaNotificationFailed(_logger, response.AuthReqId, delivery.ToString());
            return new CibaCompletionOutcome(CibaCompletionStatus.NotificationFailed, response, delivery);
        }

        return new CibaCompletionOutcome(CibaCompletionStatus.Notified, response, delivery);
    }

    // Named by type only: an exception's message might quote the notification token.
    private static string DescribeFailure(Exception exception) => exception is OperationCanceledException
        ? "The delivery was cancelled after Authlete had recorded the decision."
        : $"The notification sender failed ({exception.GetType().Name}).";
}
