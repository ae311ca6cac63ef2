using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The RFC 8628 device authorization endpoint: forwards the client's request to <c>/device/authorization</c> and answers
/// with the device code, user code and verification URI (or the error) as Authlete prescribes.
/// </summary>
/// <remarks>Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteDeviceFlow"/>, or call <see cref="HandleAsync"/> from your own endpoint.</remarks>
public sealed class DeviceAuthorizationHandler
{
    private readonly IAuthleteApi _api;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="options">The settings (the form limits).</param>
    /// <param name="logger">Where failures are logged.</param>
    public DeviceAuthorizationHandler(IAuthleteApi api, IOptions<AuthleteAspNetCoreOptions> options, ILogger<DeviceAuthorizationHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Handles one device authorization request.</summary>
    /// <param name="context">The request's context (form body, <c>Authorization</c> header, client certificate).</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer for the client; a failure to reach Authlete gives 500 <c>server_error</c>.</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new DeviceAuthorizationRequest();
        if (await ClientRequestReader.FillAsync(context, request, _options, _logger, "device authorization", cancellationToken).ConfigureAwait(false) is { } malformed)
        {
            return malformed;
        }

        DeviceAuthorizationResponse response;
        try
        {
            response = await _api.DeviceAuthorizationAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, "device authorization", ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (response.TryToResult(ClientRequestReader.Authorization(context), out AuthleteResult? answer))
        {
            return answer;
        }

        AspNetCoreLog.UnknownAction(_logger, "/device/authorization", response.Action.Value);
        return AuthleteResult.ServerError("The authorization server could not process the request.");
    }
}
