using Authlete.Sdk.AspNetCore.Internal;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// The OpenID Connect UserInfo endpoint (Core §5.3): takes the access token from the <c>Authorization: Bearer</c> or
/// <c>DPoP</c> header or the <c>access_token</c> form parameter (RFC 6750 §2.1, §2.2; never the query string), has
/// <c>/auth/userinfo</c> check it, asks the host's <see cref="IUserInfoHandlerSpi"/> for the claim values, and answers
/// with <c>/auth/userinfo/issue</c>'s JSON (<c>application/json</c>) or signed JWT (<c>application/jwt</c>).
/// </summary>
/// <remarks>
/// <para>
/// Errors are RFC 6750 §3 challenges: the status (400, 401, 403, 500) with <c>WWW-Authenticate</c> and no body. A request
/// without a token gets 401 with a bare <c>Bearer</c> challenge (§3.1). Every answer has <c>Cache-Control: no-store</c>;
/// the <c>DPoP-Nonce</c> Authlete gives is passed on.
/// </para>
/// <para>
/// Map it with <see cref="Microsoft.AspNetCore.Builder.AuthleteEndpointRouteBuilderExtensions.MapAuthleteUserInfo"/>, or
/// call <see cref="HandleAsync"/> from your own endpoint. For a DPoP-bound token the <c>htu</c> checked is the request's
/// URL as ASP.NET Core sees it (scheme, host, path base and path): behind a proxy, apply the forwarded headers first.
/// </para>
/// </remarks>
public sealed class UserInfoHandler
{
    private const string Endpoint = "userinfo";
    private const string ServerErrorChallenge = "Bearer error=\"server_error\", error_description=\"The authorization server could not process the request.\"";

    private readonly IAuthleteApi _api;
    private readonly IUserInfoHandlerSpi _spi;
    private readonly AuthleteAspNetCoreOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the handler.</summary>
    /// <param name="api">The Authlete client.</param>
    /// <param name="spi">The host's claim values.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">Where failures are logged.</param>
    public UserInfoHandler(IAuthleteApi api, IUserInfoHandlerSpi spi, IOptions<AuthleteAspNetCoreOptions> options, ILogger<UserInfoHandler> logger)
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

    /// <summary>Handles one UserInfo request (GET or POST).</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away.</param>
    /// <returns>The answer; a failure on Authlete's or the host's side gives 500 with a <c>server_error</c> challenge.</returns>
    public async Task<AuthleteResult> HandleAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest http = context.Request;
        if (http.Headers.Authorization.Count > 1)
        {
            return Challenge(StatusCodes.Status400BadRequest, "Bearer error=\"invalid_request\", error_description=\"The request has more than one Authorization header.\"");
        }

        string? headerToken = TokenOfHeader(http.Headers.Authorization.ToString(), out bool dpopScheme);
        string? formToken = null;
        if (HttpMethods.IsPost(http.Method) && HasFormBody(context))
        {
            var (parameters, malformed) = await ClientRequestReader.ReadFormAsync(context, _options, _logger, Endpoint, cancellationToken).ConfigureAwait(false);
            if (malformed is not null)
            {
                return new AuthleteResult(malformed.StatusCode, malformed.Content) { WwwAuthenticate = "Bearer error=\"invalid_request\"" };
            }

            formToken = FormEncoding.Find(parameters!, "access_token");
        }

        if (headerToken is not null && formToken is not null)
        {
            // RFC 6750 §2: a client must not use more than one method.
            return Challenge(StatusCodes.Status400BadRequest, "Bearer error=\"invalid_request\", error_description=\"The access token was sent in more than one way.\"");
        }

        string? token = headerToken is not null ? headerToken : formToken;   // never both: refused above
        if (token is null)
        {
            return Challenge(StatusCodes.Status401Unauthorized, "Bearer");   // RFC 6750 §3.1: no error code for a request without a token
        }

        var request = new UserInfoRequest
        {
            Token = token,
            ClientCertificate = context.Connection.ClientCertificate?.ExportCertificatePem(),
            Dpop = ClientRequestReader.NullIfEmpty(http.Headers["DPoP"].ToString()),
        };
        if (request.Dpop is not null || dpopScheme)
        {
            request.Htm = http.Method;
            request.Htu = UriHelper.BuildAbsolute(http.Scheme, http.Host, http.PathBase, http.Path);
        }

        UserInfoResponse response;
        try
        {
            response = await _api.UserInfoAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return Challenge(StatusCodes.Status500InternalServerError, ServerErrorChallenge);
        }

        if (response.Action.Kind != UserInfoActionKind.Ok)
        {
            if (response.Action.HttpStatus is { } status)
            {
                return Challenge(status, response.ResponseContent ?? (status == StatusCodes.Status500InternalServerError ? ServerErrorChallenge : "Bearer"), response.DpopNonce);
            }

            AspNetCoreLog.UnknownAction(_logger, "/auth/userinfo", response.Action.Value);
            return Challenge(StatusCodes.Status500InternalServerError, ServerErrorChallenge);
        }

        string claims;
        try
        {
            IReadOnlyList<string> names = response.Claims ?? [];
            IDictionary<string, object?>? values = await ClientRequestReader.CallAsync(
                ct => _spi.GetClaimsAsync(response.Subject ?? string.Empty, names, response, ct), _options.CallbackTimeout, cancellationToken).ConfigureAwait(false);
            claims = ClaimsJson.Write(values, names);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.CallbackFailed(_logger, nameof(IUserInfoHandlerSpi), Endpoint, ex);
            return Challenge(StatusCodes.Status500InternalServerError, ServerErrorChallenge, response.DpopNonce);
        }

        UserInfoIssueResponse issue;
        try
        {
            issue = await _api.UserInfoIssueAsync(new UserInfoIssueRequest { Token = token, Claims = claims }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ClientRequestReader.IsFailure(ex, cancellationToken))
        {
            AspNetCoreLog.AuthleteCallFailed(_logger, Endpoint, ex);
            return Challenge(StatusCodes.Status500InternalServerError, ServerErrorChallenge, response.DpopNonce);
        }

        switch (issue.Action.Kind)
        {
            case UserInfoIssueActionKind.Json:
                return new AuthleteResult(StatusCodes.Status200OK, issue.ResponseContent) { DpopNonce = response.DpopNonce };
            case UserInfoIssueActionKind.Jwt:
                return new AuthleteResult(StatusCodes.Status200OK, issue.ResponseContent) { ContentType = "application/jwt", DpopNonce = response.DpopNonce };
            default:
                if (issue.Action.HttpStatus is { } status)
                {
                    return Challenge(status, issue.ResponseContent ?? (status == StatusCodes.Status500InternalServerError ? ServerErrorChallenge : "Bearer"), response.DpopNonce);
                }

                AspNetCoreLog.UnknownAction(_logger, "/auth/userinfo/issue", issue.Action.Value);
                return Challenge(StatusCodes.Status500InternalServerError, ServerErrorChallenge, response.DpopNonce);
        }
    }

    private static AuthleteResult Challenge(int status, string challenge, string? dpopNonce = null)
        => new(status, null) { ContentType = null, WwwAuthenticate = challenge, DpopNonce = dpopNonce };

    /// <summary>The token of an <c>Authorization: Bearer</c> or <c>DPoP</c> header (schemes case-insensitive); null for none or another scheme.</summary>
    private static string? TokenOfHeader(string authorization, out bool dpop)
    {
        dpop = false;
        ReadOnlySpan<char> value = authorization.AsSpan().Trim();
        int space = value.IndexOf(' ');
        if (space == -1)   // never 0: the value is trimmed
        {
            return null;
        }

        ReadOnlySpan<char> scheme = value[..space];
        // Never empty: the value is trimmed, so something that is not white space follows the space.
        string token = value[(space + 1)..].Trim().ToString();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return token;
        }

        if (scheme.Equals("DPoP", StringComparison.OrdinalIgnoreCase))
        {
            dpop = true;
            return token;
        }

        return null;
    }

    /// <summary>True for a body sent as a form: one without a form media type is not a token carrier (RFC 6750 §2.2) and is ignored.</summary>
    private static bool HasFormBody(HttpContext context)
    {
        HttpRequest http = context.Request;
        // Stryker disable once Logical : a server reports no body for Content-Length: 0, so with a length only "> 0" decides
        bool unknownLength = http.ContentLength is null && (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? false);
        return (http.ContentLength is > 0 || unknownLength)
            && MediaTypeHeaderValue.TryParse(http.ContentType, out MediaTypeHeaderValue? type)
            && type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
    }
}
