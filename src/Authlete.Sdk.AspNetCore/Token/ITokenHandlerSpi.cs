using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Optional, implemented by the host: the service provider interface of <see cref="TokenHandler"/>. Handles the token endpoint actions that are not an HTTP answer (<c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>,
/// <c>JWT_BEARER</c>, <c>NATIVE_SSO</c>, or an action a newer Authlete adds). Without one, <see cref="TokenHandler"/>
/// answers them with 400 <c>unsupported_grant_type</c>. CIBA and device code grants never reach it.
/// </summary>
public interface ITokenHandlerSpi
{
    /// <summary>Builds the answer for a token request Authlete handed back to the authorization server.</summary>
    /// <param name="response">Authlete's <c>/auth/token</c> answer; its <see cref="TokenResponse.Action"/> is not an HTTP answer.</param>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the callback times out.</param>
    /// <returns>The answer (for example an <see cref="AuthleteResult"/> from <c>/auth/token/issue</c>).</returns>
    Task<AuthleteResult> HandleAsync(TokenResponse response, HttpContext context, CancellationToken cancellationToken);
}
