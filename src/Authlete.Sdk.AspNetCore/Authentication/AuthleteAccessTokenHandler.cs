using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>
/// Authenticates a resource request by its Authlete-issued access token: reads it (<c>Bearer</c> or <c>DPoP</c>), asks
/// Authlete's <c>/auth/introspection</c> with the endpoint's required scopes, the DPoP proof and the client certificate,
/// and turns Authlete's answer into a principal or into the challenge Authlete prescribes.
/// </summary>
internal sealed class AuthleteAccessTokenHandler : AuthenticationHandler<AuthleteAccessTokenOptions>
{
    private const string NoTokenChallenge = "Bearer";

    private readonly IAuthleteApi _api;
    private readonly AccessTokenCaches _caches;
    private Rejection? _rejection;

    public AuthleteAccessTokenHandler(
        IOptionsMonitor<AuthleteAccessTokenOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAuthleteApi api, AccessTokenCaches caches)
        : base(options, logger, encoder)
    {
        _api = api;
        _caches = caches;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        Endpoint? endpoint = Context.GetEndpoint();
        if (endpoint is not null && !RequiresAuthorization(endpoint))
        {
            // An endpoint that requires no authorization (for example /userinfo, which validates its token itself): as the
            // default scheme, this one would otherwise call Authlete on every request and use up DPoP proofs meant for it.
            return AuthenticateResult.NoResult();
        }

        PresentedToken? presented = PresentedToken.Read(Request);
        if (presented is null)
        {
            return AuthenticateResult.NoResult();   // not ours: another scheme may authenticate the request
        }

        if (presented.Malformed is { } reason)
        {
            AccessTokenLog.Malformed(Logger, reason);
            return Reject(StatusCodes.Status400BadRequest,
                presented.Scheme + " error=\"invalid_request\", error_description=\"" + reason + "\"", "The access token request is malformed.");
        }

        X509Certificate2? certificate = Context.Connection.ClientCertificate;
        IReadOnlyList<string>? scopes = RequiredScopes(endpoint);
        // The duration is never negative (validated): zero turns the cache off.
        bool cacheable = Options.CacheDuration != TimeSpan.Zero && presented.Dpop is null;
        AccessTokenCache? cache = cacheable ? _caches.For(Scheme.Name) : null;
        string? key = null;
        if (cache is not null)
        {
            key = AccessTokenCache.KeyOf(presented.Token!, certificate?.GetCertHashString(HashAlgorithmName.SHA256), scopes);
            if (cache.Get(key, TimeProvider.GetUtcNow()) is { } cached)
            {
                return Accept(cached, fromCache: true);
            }
        }

        IntrospectionResponse response;
        try
        {
            response = await _api.IntrospectionAsync(BuildRequest(presented, certificate, scopes), Context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (!(ex is OperationCanceledException && Context.RequestAborted.IsCancellationRequested))
        {
            // Authlete unreachable, timed out or refusing the service credentials: not the client's fault.
            AccessTokenLog.CallFailed(Logger, ex);
            return Reject(StatusCodes.Status500InternalServerError, null, "The access token could not be validated.");
        }

        Context.Features.Set(new AuthleteIntrospectionFeature(response));
        if (response.DpopNonce is { Length: > 0 } nonce && !Response.HasStarted)
        {
            Response.Headers["DPoP-Nonce"] = nonce;   // RFC 9449 §9: on success as on error
        }

        switch (response.Action.Kind)
        {
            case IntrospectionActionKind.Ok:
                if (cache is not null)
                {
                    cache.Set(key!, response, TimeProvider.GetUtcNow(), Options.CacheDuration, Options.CacheSizeLimit);
                }

                return Accept(response, fromCache: false);
            case IntrospectionActionKind.BadRequest:
            case IntrospectionActionKind.Unauthorized:
            case IntrospectionActionKind.Forbidden:
                int status = response.Action.HttpStatus!.Value;
                AccessTokenLog.Rejected(Logger, response.Action.Value, response.ResultCode, status);
                return Reject(status, response.ResponseContent, "Authlete rejected the access token.");
            default:
                // INTERNAL_SERVER_ERROR, or an action this SDK does not know: Authlete's side, answered 500.
                AccessTokenLog.AuthleteError(Logger, response.Action.Value, response.ResultCode);
                return Reject(StatusCodes.Status500InternalServerError,
                    response.Action.Kind == IntrospectionActionKind.InternalServerError ? response.ResponseContent : null,
                    "The access token could not be validated.");
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        Rejection rejection = _rejection ?? new Rejection(StatusCodes.Status401Unauthorized, NoTokenChallenge);
        Response.StatusCode = rejection.StatusCode;
        Response.Headers.CacheControl = "no-store";
        Response.Headers.Pragma = "no-cache";
        if (rejection.WwwAuthenticate is { Length: > 0 } challenge)
        {
            Response.Headers.WWWAuthenticate = challenge;
        }
    }

    private IntrospectionRequest BuildRequest(PresentedToken presented, X509Certificate2? certificate, IReadOnlyList<string>? scopes)
    {
        var request = new IntrospectionRequest
        {
            Token = presented.Token,
            Scopes = scopes,
            ClientCertificate = certificate?.ExportCertificatePem(),
            Resources = Options.Resources.Count > 0 ? [.. Options.Resources] : null,
            DpopNonceRequired = Options.DpopNonceRequired ? true : null,
        };
        if (presented.Dpop is not null)
        {
            // RFC 9449 §4.3: htu is the request's URI without query and fragment, as the client addressed it
            // (PathBase included; scheme and host as the forwarded headers middleware left them).
            request.Dpop = presented.Dpop;
            request.Htm = Request.Method;
            request.Htu = UriHelper.BuildAbsolute(Request.Scheme, Request.Host, Request.PathBase, Request.Path);
        }

        return request;
    }

    /// <summary>
    /// True when the endpoint asks for an Authlete token or for authorization (<see cref="IAuthorizeData"/> without
    /// <see cref="IAllowAnonymous"/>), or the application has a fallback authorization policy, which then applies to it.
    /// </summary>
    private bool RequiresAuthorization(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<AuthleteScopesAttribute>() is not null)
        {
            return true;
        }

        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return false;
        }

        return endpoint.Metadata.GetMetadata<IAuthorizeData>() is not null
            || Context.RequestServices.GetService<IOptions<AuthorizationOptions>>()?.Value.FallbackPolicy is not null;
    }

    /// <summary>The scopes of every <see cref="AuthleteScopesAttribute"/> of the endpoint, once each; null when none.</summary>
    private static string[]? RequiredScopes(Endpoint? endpoint)
    {
        IReadOnlyList<AuthleteScopesAttribute>? required = endpoint?.Metadata.GetOrderedMetadata<AuthleteScopesAttribute>();
        if (required is null || required.Count == 0)
        {
            return null;
        }

        string[] scopes = required.SelectMany(a => a.Scopes).Distinct(StringComparer.Ordinal).ToArray();
        return scopes.Length == 0 ? null : scopes;
    }

    private AuthenticateResult Accept(IntrospectionResponse response, bool fromCache)
    {
        if (fromCache)
        {
            Context.Features.Set(new AuthleteIntrospectionFeature(response) { FromCache = true });
        }

        var ticket = new AuthenticationTicket(AccessTokenClaims.PrincipalOf(response, Scheme.Name, ClaimsIssuer), Scheme.Name);
        return AuthenticateResult.Success(ticket);
    }

    private AuthenticateResult Reject(int statusCode, string? wwwAuthenticate, string message)
    {
        _rejection = new Rejection(statusCode, wwwAuthenticate);
        return AuthenticateResult.Fail(message);
    }

    /// <summary>How the challenge answers a rejected request.</summary>
    private sealed record Rejection(int StatusCode, string? WwwAuthenticate);
}
