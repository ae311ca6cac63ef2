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
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    public Task<CibaCompletionOutcome> CompleteAsync(string ticket, string subject, BackchannelAuthenticationCompleteResult result, CancellationToken cancellationToken = default)
        => CompleteAsync(new BackchannelAuthenticationCompleteRequest { Ticket = ticket, Subject = subject, Result = result }, cancellationToken);

    /// <summary>Records the user's decision with every option of the complete API (claims, ACR, auth time, scopes...).</summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Cancels the call and the delivery.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required member of <paramref name="request"/> is missing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
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
            AspNetCoreLog.CibaCompleteFailed(_logger, response.Action?.Value, response.ResultCode, null);
            return new CibaCompletionOutcome(CibaCompletionStatus.ServerError, response, null);
        }

        CibaNotificationResult delivery;
        try
        {
            delivery = await _sender.SendAsync(response, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException ex)
        {
            delivery = new CibaNotificationResult(null, ex.Message, ex);
        }

        if (!delivery.Succeeded)
        {
            AspNetCoreLog.CibaNotificationFailed(_logger, response.AuthReqId, delivery.ToString());
            return new CibaCompletionOutcome(CibaCompletionStatus.NotificationFailed, response, delivery);
        }

        return new CibaCompletionOutcome(CibaCompletionStatus.Notified, response, delivery);
    }
}
