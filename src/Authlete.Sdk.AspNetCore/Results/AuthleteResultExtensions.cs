using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Turns the Authlete answers that carry a <c>responseContent</c> for the client into the HTTP answer Authlete prescribes
/// for their action (status, JSON body, <c>Cache-Control: no-store</c>, <c>Pragma: no-cache</c>, challenge and nonce headers).
/// </summary>
/// <remarks>
/// <para>
/// Some actions are not an HTTP answer but a step the authorization server must take: <c>USER_IDENTIFICATION</c> (CIBA),
/// <c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>, <c>JWT_BEARER</c> and <c>NATIVE_SSO</c> (token), and any action this SDK does
/// not know. <c>TryToResult</c> returns false for them, so the caller must handle them; <c>ToResult</c> throws
/// <see cref="InvalidOperationException"/> naming the action, so that none becomes an answer by accident.
/// </para>
/// <para>
/// The <c>authorizationHeader</c> argument is the client's <c>Authorization</c> header: when the client used HTTP Basic,
/// a 401 carries <c>WWW-Authenticate: Basic realm="...", error="invalid_client"</c> (RFC 6749 §5.2).
/// </para>
/// </remarks>
public static class AuthleteResultExtensions
{
    /// <summary>The realm of the backchannel authentication endpoint's challenge.</summary>
    public const string BackchannelAuthenticationRealm = "backchannel_authentication";

    /// <summary>The realm of the device authorization endpoint's challenge.</summary>
    public const string DeviceAuthorizationRealm = "device_authorization";

    /// <summary>The realm of the token endpoint's challenge.</summary>
    public const string TokenRealm = "token";

    /// <summary>
    /// Gets the answer for a <c>/backchannel/authentication</c> action: <c>BAD_REQUEST</c> → 400, <c>UNAUTHORIZED</c> →
    /// 401 with a challenge, <c>INTERNAL_SERVER_ERROR</c> → 500. False for <c>USER_IDENTIFICATION</c> and unknown actions.
    /// </summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <param name="result">The answer, when there is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult(this BackchannelAuthenticationResponse response, string? authorizationHeader, [NotNullWhen(true)] out AuthleteResult? result)
    {
        ArgumentNullException.ThrowIfNull(response);
        BackchannelAuthenticationAction? action = response.Action;
        int? status = action switch
        {
            _ when action == BackchannelAuthenticationAction.BadRequest => StatusCodes.Status400BadRequest,
            _ when action == BackchannelAuthenticationAction.Unauthorized => StatusCodes.Status401Unauthorized,
            _ when action == BackchannelAuthenticationAction.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        result = status is { } s
            ? Create(s, response.ResponseContent, authorizationHeader, BackchannelAuthenticationRealm, null, response.AttestationChallenge)
            : null;
        return result is not null;
    }

    /// <summary>Gets the answer for a <c>/backchannel/authentication</c> action; see <see cref="TryToResult(BackchannelAuthenticationResponse, string?, out AuthleteResult?)"/>.</summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is <c>USER_IDENTIFICATION</c> or unknown: not an HTTP answer.</exception>
    public static AuthleteResult ToResult(this BackchannelAuthenticationResponse response, string? authorizationHeader = null)
        => response.TryToResult(authorizationHeader, out AuthleteResult? result) ? result : throw NotAnAnswer("/backchannel/authentication", response.Action.Value);

    /// <summary>
    /// Gets the answer for a <c>/backchannel/authentication/issue</c> action: <c>OK</c> → 200, <c>INTERNAL_SERVER_ERROR</c>
    /// and <c>INVALID_TICKET</c> → 500. False for unknown actions.
    /// </summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="result">The answer, when there is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult(this BackchannelAuthenticationIssueResponse response, [NotNullWhen(true)] out AuthleteResult? result)
    {
        ArgumentNullException.ThrowIfNull(response);
        BackchannelAuthenticationIssueAction? action = response.Action;
        int? status = action switch
        {
            _ when action == BackchannelAuthenticationIssueAction.Ok => StatusCodes.Status200OK,
            _ when action == BackchannelAuthenticationIssueAction.InternalServerError => StatusCodes.Status500InternalServerError,
            _ when action == BackchannelAuthenticationIssueAction.InvalidTicket => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        result = status is { } s ? Create(s, response.ResponseContent, null, null, null, null) : null;
        return result is not null;
    }

    /// <summary>Gets the answer for a <c>/backchannel/authentication/issue</c> action.</summary>
    /// <param name="response">Authlete's answer.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is unknown.</exception>
    public static AuthleteResult ToResult(this BackchannelAuthenticationIssueResponse response)
        => response.TryToResult(out AuthleteResult? result) ? result : throw NotAnAnswer("/backchannel/authentication/issue", response.Action.Value);

    /// <summary>
    /// Gets the answer for a <c>/backchannel/authentication/fail</c> action: <c>BAD_REQUEST</c> → 400, <c>FORBIDDEN</c> →
    /// 403, <c>INTERNAL_SERVER_ERROR</c> → 500. False for unknown actions.
    /// </summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="result">The answer, when there is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult(this BackchannelAuthenticationFailResponse response, [NotNullWhen(true)] out AuthleteResult? result)
    {
        ArgumentNullException.ThrowIfNull(response);
        BackchannelAuthenticationFailAction? action = response.Action;
        int? status = action switch
        {
            _ when action == BackchannelAuthenticationFailAction.BadRequest => StatusCodes.Status400BadRequest,
            _ when action == BackchannelAuthenticationFailAction.Forbidden => StatusCodes.Status403Forbidden,
            _ when action == BackchannelAuthenticationFailAction.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        result = status is { } s ? Create(s, response.ResponseContent, null, null, null, null) : null;
        return result is not null;
    }

    /// <summary>Gets the answer for a <c>/backchannel/authentication/fail</c> action.</summary>
    /// <param name="response">Authlete's answer.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is unknown.</exception>
    public static AuthleteResult ToResult(this BackchannelAuthenticationFailResponse response)
        => response.TryToResult(out AuthleteResult? result) ? result : throw NotAnAnswer("/backchannel/authentication/fail", response.Action.Value);

    /// <summary>
    /// Gets the answer for a <c>/device/authorization</c> action: <c>OK</c> → 200, <c>BAD_REQUEST</c> → 400,
    /// <c>UNAUTHORIZED</c> → 401 with a challenge, <c>INTERNAL_SERVER_ERROR</c> → 500. False for unknown actions.
    /// </summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <param name="result">The answer, when there is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult(this DeviceAuthorizationResponse response, string? authorizationHeader, [NotNullWhen(true)] out AuthleteResult? result)
    {
        ArgumentNullException.ThrowIfNull(response);
        DeviceAuthorizationAction? action = response.Action;
        int? status = action switch
        {
            _ when action == DeviceAuthorizationAction.Ok => StatusCodes.Status200OK,
            _ when action == DeviceAuthorizationAction.BadRequest => StatusCodes.Status400BadRequest,
            _ when action == DeviceAuthorizationAction.Unauthorized => StatusCodes.Status401Unauthorized,
            _ when action == DeviceAuthorizationAction.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        result = status is { } s
            ? Create(s, response.ResponseContent, authorizationHeader, DeviceAuthorizationRealm, null, response.AttestationChallenge)
            : null;
        return result is not null;
    }

    /// <summary>Gets the answer for a <c>/device/authorization</c> action.</summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is unknown.</exception>
    public static AuthleteResult ToResult(this DeviceAuthorizationResponse response, string? authorizationHeader = null)
        => response.TryToResult(authorizationHeader, out AuthleteResult? result) ? result : throw NotAnAnswer("/device/authorization", response.Action.Value);

    /// <summary>
    /// Gets the answer for an <c>/auth/token</c> action: <c>OK</c> and <c>ID_TOKEN_REISSUABLE</c> → 200,
    /// <c>BAD_REQUEST</c> → 400 (<c>authorization_pending</c>, <c>slow_down</c>, <c>expired_token</c>,
    /// <c>access_denied</c>...), <c>INVALID_CLIENT</c> → 401 with a Basic challenge when the client used Basic, else 400
    /// (RFC 6749 §5.2), <c>INTERNAL_SERVER_ERROR</c> → 500. <c>DPoP-Nonce</c> is added whenever Authlete gives one.
    /// False for <c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>, <c>JWT_BEARER</c>, <c>NATIVE_SSO</c> and unknown actions.
    /// </summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <param name="result">The answer, when there is one.</param>
    /// <returns>True when the action is an HTTP answer.</returns>
    public static bool TryToResult(this TokenResponse response, string? authorizationHeader, [NotNullWhen(true)] out AuthleteResult? result)
    {
        ArgumentNullException.ThrowIfNull(response);
        TokenAction? action = response.Action;
        int? status = action switch
        {
            _ when action == TokenAction.Ok => StatusCodes.Status200OK,
            _ when action == TokenAction.IdTokenReissuable => StatusCodes.Status200OK,
            _ when action == TokenAction.BadRequest => StatusCodes.Status400BadRequest,
            _ when action == TokenAction.InvalidClient => UsedBasic(authorizationHeader) ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest,
            _ when action == TokenAction.InternalServerError => StatusCodes.Status500InternalServerError,
            _ => null,
        };
        result = status is { } s
            ? Create(s, response.ResponseContent, authorizationHeader, TokenRealm, response.DpopNonce, response.AttestationChallenge)
            : null;
        return result is not null;
    }

    /// <summary>Gets the answer for an <c>/auth/token</c> action; see <see cref="TryToResult(TokenResponse, string?, out AuthleteResult?)"/>.</summary>
    /// <param name="response">Authlete's answer.</param>
    /// <param name="authorizationHeader">The client's <c>Authorization</c> header, or null.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="InvalidOperationException">The action is <c>PASSWORD</c>, <c>TOKEN_EXCHANGE</c>, <c>JWT_BEARER</c>, <c>NATIVE_SSO</c> or unknown.</exception>
    public static AuthleteResult ToResult(this TokenResponse response, string? authorizationHeader = null)
        => response.TryToResult(authorizationHeader, out AuthleteResult? result) ? result : throw NotAnAnswer("/auth/token", response.Action.Value);

    internal static bool UsedBasic(string? authorizationHeader)
        => authorizationHeader is not null && authorizationHeader.TrimStart().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);

    private static AuthleteResult Create(int status, string? content, string? authorizationHeader, string? realm, string? dpopNonce, string? attestationChallenge)
        => new(status, content)
        {
            WwwAuthenticate = status == StatusCodes.Status401Unauthorized
                ? UsedBasic(authorizationHeader) ? $"Basic realm=\"{realm}\", error=\"invalid_client\"" : $"Basic realm=\"{realm}\""
                : null,
            DpopNonce = dpopNonce,
            AttestationChallenge = attestationChallenge,
        };

    private static InvalidOperationException NotAnAnswer(string api, string? action) => new(
        $"The {api} action '{(string.IsNullOrEmpty(action) ? "(none)" : action)}' is not an HTTP answer to the client: handle it before answering (use TryToResult).");
}
