using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The RFC 7662 token introspection endpoint: reads the form (POST, <c>token</c>, <c>token_type_hint</c>), has the host's
/// <see cref="IIntrospectionHandlerSpi"/> authenticate the caller, and answers with <c>/auth/introspection/standard</c>'s
/// JSON (<c>OK</c>) or, when the caller asks for it with <c>Accept: application/token-introspection+jwt</c> and the
/// service is set up for it, a signed JWT (<c>JWT</c>, RFC 9701).
/// </summary>
/// <remarks>
/// The client credentials (<c>client_id</c>, <c>client_secret</c>, <c>client_assertion</c>, <c>client_assertion_type</c>)
/// are not forwarded to Authlete. Map it with
/// <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteIntrospection"/>, or call
/// <see cref="HandleAsync"/> from your own endpoint.
/// </remarks>
public sealed class IntrospectionHandler
{
    /// <summary>The media type of a JWT introspection response (RFC 9701 §5).</summary>
    public const string JwtContentType = "application/token-introspection+jwt";

    private const string Endpoint = "introspection";
    private static readonly string[] CredentialParameters = ["client_id", "client_secret", "client_assertion", "client_assertion_type"];

    private readonly IAuthleteApi _api;
    private readonly IIntrospectionHandlerSpi _spi;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="spi">The host's authentication of callers.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where failures are logged.</param>
    public IntrospectionHandler(IAuthleteApi api, IIntrospectionHandlerSpi spi, IOptions<AuthleteAspNetCoreOptions> options, ILogger<IntrospectionHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(spi);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _api = api;
        _spi = spi;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Handles one introspection request.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer; a failure on Authlete's or the host's side gives 500 <c>server_error</c>.</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (parameters, malformed) = await ClientRequestReader.ReadFormAsync(context, _options, _logger, Endpoint, cancellationToken).ConfigureAwait(false);
        if (malformed is not null)
        {
            return malformed;
        }

        ClientCredentials basic = ClientCredentials.FromHeaders(context);
        var caller = basic.UsedBasic
            ? new IntrospectionCaller(context, basic.ClientId, basic.ClientSecret, usedBasic: true)
            : new IntrospectionCaller(context, FormEncoding.Find(parameters!, "client_id"), FormEncoding.Find(parameters!, "client_secret"), usedBasic: false);
        bool accepted;
        try
        {
            accepted = await ClientRequestReader.CallAsync(ct => _spi.AuthenticateCallerAsync(caller, ct), _options.CallbackTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.CallbackFailed(_logger, nameof(IIntrospectionHandlerSpi), Endpoint, ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (!accepted)
        {
            AspNetCoreLog.IntrospectionCallerRefused(_logger, caller.ClientId);
            AuthleteResult refused = AuthleteResult.Error(StatusCodes.Status401Unauthorized, "invalid_client", "The caller could not be authenticated.");
            return new AuthleteResult(refused.StatusCode, refused.Content)
            {
                WwwAuthenticate = caller.UsedBasic ? $"Basic realm=\"{Endpoint}\", error=\"invalid_client\"" : $"Basic realm=\"{Endpoint}\"",
            };
        }

        var request = new StandardIntrospectionRequest
        {
            Parameters = FormEncoding.Encode(parameters!, CredentialParameters),
            HttpAcceptHeader = ClientRequestReader.NullIfEmpty(context.Request.Headers.Accept.ToString()),
        };
        StandardIntrospectionResponse response;
        try
        {
            response = await _api.StandardIntrospectionAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        if (!response.TryToResult(out AuthleteResult? answer))
        {
            AspNetCoreLog.UnknownAction(_logger, "/auth/introspection/standard", response.Action.Value);
            return AuthleteResult.ServerError("The authorization server could not process the request.");
        }

        return response.Action.Kind == StandardIntrospectionActionKind.Jwt
            ? new AuthleteResult(answer.StatusCode, answer.Content) { ContentType = JwtContentType }
            : answer;
    }
}
