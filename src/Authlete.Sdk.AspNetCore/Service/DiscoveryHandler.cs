using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Serves the discovery document (OpenID Connect Discovery 1.0 §4, RFC 8414 §3) and the JWK Set (RFC 7517) as Authlete
/// gives them (<c>/service/configuration</c>, <c>/service/jwks/get</c>), unchanged.
/// </summary>
/// <remarks>Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteDiscovery"/>, or call it from your own endpoints.</remarks>
public sealed class DiscoveryHandler
{
    private readonly IAuthleteApi _api;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="logger">Where failures are logged.</param>
    public DiscoveryHandler(IAuthleteApi api, ILogger<DiscoveryHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _logger = logger;
    }

    /// <summary>Answers the discovery document: 200 with Authlete's document, or 500 <c>server_error</c> when Authlete cannot give it.</summary>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer.</returns>
    public async Task<AuthleteResult> HandleConfigurationAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            ServiceConfigurationResponse document = await _api.ServiceConfigurationAsync(new ServiceConfigurationRequest(), cancellationToken).ConfigureAwait(false);
            return new AuthleteResult(StatusCodes.Status200OK, document.ResponseContent);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, "discovery", ex);
            return AuthleteResult.ServerError("The discovery document is not available.");
        }
    }

    /// <summary>
    /// Answers the JWK Set: 200 with Authlete's document, 404 when the service has none (Authlete's 204), or 500
    /// <c>server_error</c> when Authlete cannot give it.
    /// </summary>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer.</returns>
    public async Task<AuthleteResult> HandleJwksAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            ServiceJwksResponse jwks = await _api.ServiceJwksAsync(new ServiceJwksRequest(), cancellationToken).ConfigureAwait(false);
            return jwks.HasContent
                ? new AuthleteResult(StatusCodes.Status200OK, jwks.ResponseContent)
                : AuthleteResult.Error(StatusCodes.Status404NotFound, "not_found", "The service has no JWK Set.");
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, "jwks", ex);
            return AuthleteResult.ServerError("The JWK Set is not available.");
        }
    }
}
