using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Turns an Authlete answer whose <c>responseContent</c> is for the client (<see cref="IAuthleteAnswerResponse{TAction}"/>:
/// <c>/backchannel/authentication</c>, its issue and fail steps, <c>/device/authorization</c>, <c>/auth/token</c>, and
/// every such API added later) into the HTTP answer Authlete prescribes for its action: the status declared beside the
/// action (<see cref="IAuthleteAnswerAction.HttpStatus"/>), the JSON body, <c>Cache-Control: no-store</c>,
/// <c>Pragma: no-cache</c>, and the challenge, <c>DPoP-Nonce</c> and attestation challenge headers.
/// </summary>
/// <remarks>
/// <para>
/// Some actions are not an HTTP answer but a step the authorization server must take first: <c>USER_IDENTIFICATION</c>
/// (CIBA), <c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>, <c>JWT_BEARER</c> and <c>NATIVE_SSO</c> (token), and any action this
/// SDK does not know. <c>TryToResult</c> returns false for them, so the caller must handle them; <c>ToResult</c> throws
/// <see cref="InvalidOperationException"/> naming the action, so that none becomes an answer by accident.
/// </para>
/// <para>
/// The <c>authorizationHeader</c> argument is the client's <c>Authorization</c> header. A failed client authentication
/// (<see cref="IAuthleteAnswerAction.IsClientAuthenticationFailure"/>) is answered 401 with
/// <c>WWW-Authenticate: Basic realm="...", error="invalid_client"</c> when the client used HTTP Basic (RFC 6749 §5.2);
/// otherwise with the action's own status (401 with a bare challenge, or 400 for the token endpoint).
/// </para>
/// </remarks>
public static class AuthleteResultExtensions
{
    /// <summary>Gets the HTTP answer for the response's action.</summary>
    /// <typeparam name="TAction">The API's action type.</typeparam>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <param name="result">The answer, when the action is one.</param>
    /// <returns>True when the action is an HTTP answer; false for a step the server must take, or an unknown action.</returns>
    public static bool TryToResult<TAction>(
        this IAuthleteAnswerResponse<TAction> response, string? authorizationHeader, [NotNullWhen(true)] out AuthleteResult? result)
        where TAction : struct, IAuthleteAnswerAction
    {
        ArgumentNullException.ThrowIfNull(response);
        TAction action = response.Action;
        if (action.HttpStatus is not { } status)
        {
            result = null;
            return false;
        }

        bool basic = UsedBasic(authorizationHeader);
        if (action.IsClientAuthenticationFailure && basic)
        {
            status = StatusCodes.Status401Unauthorized;
        }

        string realm = AuthleteRealm.Of(response);
        result = new AuthleteResult(status, response.ResponseContent)
        {
            WwwAuthenticate = status == StatusCodes.Status401Unauthorized
                ? basic ? $"Basic realm=\"{realm}\", error=\"invalid_client\"" : $"Basic realm=\"{realm}\""
                : null,
            DpopNonce = response.DpopNonce,
            AttestationChallenge = response.AttestationChallenge,
        };
        return true;
    }

    /// <summary>Gets the HTTP answer for the response's action, for a client that sent no <c>Authorization</c> header.</summary>
    /// <typeparam name="TAction">The API's action type.</typeparam>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="result">The answer, when the action is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult<TAction>(this IAuthleteAnswerResponse<TAction> response, [NotNullWhen(true)] out AuthleteResult? result)
        where TAction : struct, IAuthleteAnswerAction
        => response.TryToResult(null, out result);

    /// <summary>Gets the HTTP answer for the response's action.</summary>
    /// <typeparam name="TAction">The API's action type.</typeparam>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is a step the server must take first, or unknown: not an HTTP answer.</exception>
    public static AuthleteResult ToResult<TAction>(this IAuthleteAnswerResponse<TAction> response, string? authorizationHeader = null)
        where TAction : struct, IAuthleteAnswerAction
        => response.TryToResult(authorizationHeader, out AuthleteResult? result)
            ? result
            : throw new InvalidOperationException(
                $"The {AuthleteRealm.ApiOf(response)} action '{(string.IsNullOrEmpty(response.Action.Value) ? "(none)" : response.Action.Value)}' is not an HTTP answer to the client: handle it before answering (use TryToResult).");

    internal static bool UsedBasic(string? authorizationHeader)
        => authorizationHeader is not null && authorizationHeader.TrimStart().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
}
