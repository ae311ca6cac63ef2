using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The server side of the RFC 8628 verification page: checks the user code the user entered (<c>/device/verification</c>)
/// and records their decision (<c>/device/complete</c>). The host owns the page (HTML, sign-in, consent); this service
/// gives it closed outcomes to show.
/// </summary>
public sealed class DeviceVerificationService
{
    private readonly IAuthleteApi _api;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="logger">Where failures are logged.</param>
    public DeviceVerificationService(IAuthleteApi api, ILogger<DeviceVerificationService> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _logger = logger;
    }

    /// <summary>Checks a user code the user entered.</summary>
    /// <param name="userCode">The user code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException"><paramref name="userCode"/> is null or empty.</exception>
    public async Task<DeviceVerificationOutcome> VerifyAsync(string userCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userCode);
        DeviceVerificationResponse response;
        try
        {
            response = await _api.DeviceVerificationAsync(new() { UserCode = userCode }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/verification", null, null, ex);
            return new DeviceVerificationOutcome(DeviceVerificationStatus.ServerError, null, ex);
        }

        DeviceVerificationAction? action = response.Action;
        DeviceVerificationStatus status = action switch
        {
            _ when action == DeviceVerificationAction.Valid => DeviceVerificationStatus.Valid,
            _ when action == DeviceVerificationAction.Expired => DeviceVerificationStatus.Expired,
            _ when action == DeviceVerificationAction.NotExist => DeviceVerificationStatus.NotExist,
            _ => DeviceVerificationStatus.ServerError,
        };
        if (status == DeviceVerificationStatus.ServerError)
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/verification", action?.Value, response.ResultCode, null);
        }

        return new DeviceVerificationOutcome(status, response);
    }

    /// <summary>Records the user's decision.</summary>
    /// <param name="userCode">The user code.</param>
    /// <param name="subject">The signed-in user's subject.</param>
    /// <param name="result"><c>AUTHORIZED</c>, <c>ACCESS_DENIED</c> or <c>TRANSACTION_FAILED</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    public Task<DeviceCompletionOutcome> CompleteAsync(string userCode, string subject, DeviceCompleteResult result, CancellationToken cancellationToken = default)
        => CompleteAsync(new DeviceCompleteRequest { UserCode = userCode, Subject = subject, Result = result }, cancellationToken);

    /// <summary>Records the user's decision with every option of the complete API (claims, ACR, auth time, scopes...).</summary>
    /// <param name="request">The complete request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The outcome; failures are reported (and logged), not thrown.</returns>
    /// <exception cref="ArgumentException">A required member of <paramref name="request"/> is missing.</exception>
    public async Task<DeviceCompletionOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        DeviceCompleteResponse response;
        try
        {
            response = await _api.DeviceCompleteAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not ArgumentException && ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/complete", null, null, ex);
            return new DeviceCompletionOutcome(DeviceCompletionStatus.ServerError, null, ex);
        }

        DeviceCompleteAction? action = response.Action;
        DeviceCompletionStatus status = action switch
        {
            _ when action == DeviceCompleteAction.Success => DeviceCompletionStatus.Success,
            _ when action == DeviceCompleteAction.UserCodeExpired => DeviceCompletionStatus.Expired,
            _ when action == DeviceCompleteAction.UserCodeNotExist => DeviceCompletionStatus.NotExist,
            _ when action == DeviceCompleteAction.InvalidRequest => DeviceCompletionStatus.InvalidRequest,
            _ => DeviceCompletionStatus.ServerError,
        };
        if (status is DeviceCompletionStatus.ServerError or DeviceCompletionStatus.InvalidRequest)
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/complete", action?.Value, response.ResultCode, null);
        }

        return new DeviceCompletionOutcome(status, response);
    }
}
