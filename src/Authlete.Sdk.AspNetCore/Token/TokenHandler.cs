using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The token endpoint for the CIBA (<c>urn:openid:params:grant-type:ciba</c>) and device code
/// (<c>urn:ietf:params:oauth:grant-type:device_code</c>) grants, and any other grant Authlete answers by itself: forwards the
/// form, Basic credentials, client certificate, attestation headers and <c>DPoP</c> proof to <c>/auth/token</c> and answers
/// as Authlete prescribes. <c>authorization_pending</c>, <c>slow_down</c>, <c>expired_token</c> and <c>access_denied</c>
/// pass through as 400 with Authlete's body unchanged.
/// </summary>
/// <remarks>Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteToken"/>, or call <see cref="HandleAsync"/> from your own endpoint.</remarks>
public sealed class TokenHandler
{
    private readonly IAuthleteApi _api;
    private readonly ITokenHandlerSpi? _spi;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where failures are logged.</param>
    /// <param name="spi">The host's handling of the actions that are not an HTTP answer; optional.</param>
    public TokenHandler(IAuthleteApi api, IOptions<AuthleteAspNetCoreOptions> options, ILogger<TokenHandler> logger, ITokenHandlerSpi? spi = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _options = options.Value;
        _logger = logger;
        _spi = spi;
    }

    /// <summary>Handles one token request.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer for the client; a failure on Authlete's or the host's side gives 500 <c>server_error</c>.</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = new TokenRequest();
        if (await ClientRequestReader.FillAsync(context, request, _options, _logger, "token", cancellationToken).ConfigureAwait(false) is { } malformed)
        {
            return malformed;
        }

        request.Dpop = ClientRequestReader.NullIfEmpty(context.Request.Headers["DPoP"].ToString());
        if (request.Dpop is not null)
        {
            request.Htm = HttpMethods.Post;
        }

        TokenResponse response;
        try
        {
            response = await _api.TokenAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, "token", ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (response.TryToResult(ClientRequestReader.Authorization(context), out AuthleteResult? answer))
        {
            return answer;
        }

        if (_spi is not null)
        {
            try
            {
                return await ClientRequestReader.CallAsync(ct => _spi.HandleAsync(response, context, ct), _options.CallbackTimeout, cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
            {
                AspNetCoreLog.CallbackFailed(_logger, nameof(ITokenHandlerSpi), "token", ex);
                return AuthleteResult.ServerError("The authorization server could not process the request.");
            }
        }

        if (response.Action is { IsKnown: true } known)
        {
            AspNetCoreLog.GrantNotHandled(_logger, known.Value);
            return AuthleteResult.Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "The grant type is not supported by this token endpoint.");
        }

        AspNetCoreLog.UnknownAction(_logger, "/auth/token", response.Action.Value);
        return AuthleteResult.ServerError("The authorization server could not process the request.");
    }
}
