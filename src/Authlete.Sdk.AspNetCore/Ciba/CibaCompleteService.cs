using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Records the end-user's decision on a CIBA request (<c>/backchannel/authentication/complete</c>) and, in ping and push
/// modes, delivers the notification to the client through <see cref="ICibaNotificationSender"/>.
/// </summary>
public sealed class CibaCompleteService : ICibaCompleteService
{
    private readonly IAuthleteApi _api;
    private readonly ICibaNotificationSender _sender;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="sender">Delivers ping and push notifications.</param>
    /// <param name="logger">Where failures are logged.</param>
    public CibaCompleteService(IAuthleteApi api, ICibaNotificationSender sender, ILogger<CibaCompleteService> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _sender = sender;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task<CibaCompleteOutcome> CompleteAsync(string ticket, string subject, BackchannelAuthenticationCompleteResult result, CancellationToken cancellationToken = default)
        => CompleteAsync(new BackchannelAuthenticationCompleteRequest { Ticket = ticket, Subject = subject, Result = result }, cancellationToken);

    /// <inheritdoc />
    public async Task<CibaCompleteOutcome> CompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
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
            return new CibaCompleteOutcome(CibaCompleteStatus.ServerError, null, null, ex);
        }

        if (response.Action == BackchannelAuthenticationCompleteAction.NoAction)
        {
            return new CibaCompleteOutcome(CibaCompleteStatus.Recorded, response, null);
        }

        if (response.Action != BackchannelAuthenticationCompleteAction.Notification)
        {
            AspNetCoreLog.CibaCompleteFailed(_logger, response.Action.Value, response.ResultCode, null);
            return new CibaCompleteOutcome(CibaCompleteStatus.ServerError, response, null);
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
            return new CibaCompleteOutcome(CibaCompleteStatus.NotificationFailed, response, delivery);
        }

        return new CibaCompleteOutcome(CibaCompleteStatus.Notified, response, delivery);
    }

    // Named by type only: an exception's message might quote the notification token.
    private static string DescribeFailure(Exception exception) => exception is OperationCanceledException
        ? "The delivery was cancelled after Authlete had recorded the decision."
        : $"The notification sender failed ({exception.GetType().Name}).";
}
