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
            response = await _api.DeviceVerificationAsync(new() { UserCode = NormalizeUserCode(userCode) }, cancellationToken).ConfigureAwait(false);
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
        => CompleteAsync(new DeviceCompleteRequest { UserCode = NormalizeUserCode(userCode), Subject = subject, Result = result }, cancellationToken);

    /// <summary>
    /// The user code as Authlete issued it from what the user typed (RFC 8628 §6.1): without spaces, dashes or other
    /// punctuation, in upper case (Authlete's user codes are upper-case letters or digits).
    /// </summary>
    /// <param name="userCode">What the user typed, such as <c>wdjb-mjht</c>.</param>
    /// <returns>The code to send, such as <c>WDJBMJHT</c>.</returns>
    public static string NormalizeUserCode(string userCode)
    {
        ArgumentNullException.ThrowIfNull(userCode);
        var code = new System.Text.StringBuilder(userCode.Length);
        foreach (char c in userCode)
        {
            if (char.IsLetterOrDigit(c))
            {
                code.Append(char.ToUpperInvariant(c));
            }
        }

        return code.Length == 0 ? userCode : code.ToString();
    }

    /// <inheritdoc />
    public async Task<DeviceCompleteOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.UserCode is { } typed)
        {
            request.UserCode = NormalizeUserCode(typed);
        }

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
