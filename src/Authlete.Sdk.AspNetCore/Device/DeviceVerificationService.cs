using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The server side of the RFC 8628 verification page: checks the user code the user entered (<c>/device/verification</c>)
/// and records their decision (<c>/device/complete</c>). The host owns the page (HTML, sign-in, consent); this service
/// gives it outcomes to <c>switch</c> on. Registered as <see cref="IDeviceVerificationService"/>.
/// </summary>
public sealed class DeviceVerificationService : IDeviceVerificationService
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

    /// <inheritdoc />
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
            return new DeviceVerificationOutcome(DeviceVerificationActionKind.InternalServerError, null, ex);
        }

        DeviceVerificationActionKind action = response.Action.Kind;
        if (action is not (DeviceVerificationActionKind.Valid or DeviceVerificationActionKind.Expired or DeviceVerificationActionKind.NotExist))
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/verification", response.Action.Value, response.ResultCode, null);
        }

        return new DeviceVerificationOutcome(action, response);
    }

    /// <inheritdoc />
    public Task<DeviceCompleteOutcome> CompleteAsync(string userCode, string subject, DeviceCompleteResult result, CancellationToken cancellationToken = default)
        => CompleteAsync(new DeviceCompleteRequest { UserCode = userCode, Subject = subject, Result = result }, cancellationToken);

    /// <inheritdoc />
    public async Task<DeviceCompleteOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
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
            return new DeviceCompleteOutcome(DeviceCompleteActionKind.ServerError, null, ex);
        }

        DeviceCompleteActionKind action = response.Action.Kind;
        if (action is not (DeviceCompleteActionKind.Success or DeviceCompleteActionKind.UserCodeExpired or DeviceCompleteActionKind.UserCodeNotExist))
        {
            AspNetCoreLog.DeviceFlowFailed(_logger, "/device/complete", response.Action.Value, response.ResultCode, null);
        }

        return new DeviceCompleteOutcome(action, response);
    }
}
