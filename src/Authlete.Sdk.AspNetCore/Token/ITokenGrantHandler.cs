using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Optional: handles the token endpoint actions that are not an HTTP answer (<c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>,
/// <c>JWT_BEARER</c>, <c>NATIVE_SSO</c>, or an action a newer Authlete adds). Without one, <see cref="TokenHandler"/>
/// answers them with 400 <c>unsupported_grant_type</c>. CIBA and device code grants never reach it.
/// </summary>
public interface ITokenGrantHandler
{
    /// <summary>Builds the answer for a token request Authlete handed back to the authorization server.</summary>
    /// <param name="response">Authlete's <c>/auth/token</c> answer; its <see cref="TokenResponse.Action"/> is not an HTTP answer.</param>
    /// <param name="context">The request's context.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the callback times out.</param>
    /// <returns>The answer (for example an <see cref="AuthleteResult"/> from <c>/auth/token/issue</c>).</returns>
    Task<IResult> HandleAsync(TokenResponse response, HttpContext context, CancellationToken cancellationToken);
}
