using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The RFC 7009 token revocation endpoint: forwards the form, Basic credentials, client certificate and attestation
/// headers to <c>/auth/revocation</c>, which authenticates the client and revokes the token, and answers as Authlete
/// prescribes: <c>OK</c> → 200 with an empty body (also for an unknown token, RFC 7009 §2.2); <c>INVALID_CLIENT</c> → 401
/// with a <c>Basic</c> challenge after Basic, else 400; <c>BAD_REQUEST</c> → 400.
/// </summary>
/// <remarks>Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteRevocation"/>, or call <see cref="HandleAsync"/> from your own endpoint.</remarks>
public sealed class RevocationHandler
{
    private const string Endpoint = "revocation";

    private readonly IAuthleteApi _api;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where failures are logged.</param>
    public RevocationHandler(IAuthleteApi api, IOptions<AuthleteAspNetCoreOptions> options, ILogger<RevocationHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Handles one revocation request.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer; a failure on Authlete's side gives 500 <c>server_error</c>.</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (parameters, malformed) = await ClientRequestReader.ReadFormAsync(context, _options, _logger, Endpoint, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return malformed;
        }

        HttpRequest http = context.Request;
        ClientCredentials credentials = ClientCredentials.FromHeaders(context);
        var request = new RevocationRequest
        {
            Parameters = FormEncoding.Encode(parameters!),
            ClientId = credentials.ClientId,
            ClientSecret = credentials.ClientSecret,
            ClientCertificate = credentials.CertificatePem,
            OAuthClientAttestation = ClientRequestReader.NullIfEmpty(http.Headers["OAuth-Client-Attestation"].ToString()),
            OAuthClientAttestationPop = ClientRequestReader.NullIfEmpty(http.Headers["OAuth-Client-Attestation-PoP"].ToString()),
        };
        RevocationResponse response;
        try
        {
            response = await _api.RevocationAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (!response.TryToResult(ClientRequestReader.Authorization(context), out AuthleteResult? answer))
        {
            AspNetCoreLog.UnknownAction(_logger, "/auth/revocation", response.Action.Value);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        // OK has no content (RFC 7009 §2.2): an empty 200 without a Content-Type.
        return string.IsNullOrEmpty(answer.Content)
            ? new AuthleteResult(answer.StatusCode, null) { ContentType = null, WwwAuthenticate = answer.WwwAuthenticate, AttestationChallenge = answer.AttestationChallenge }
            : answer;
    }
}
