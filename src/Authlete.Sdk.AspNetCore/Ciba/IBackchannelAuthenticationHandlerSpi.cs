namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Implemented by the host: the service provider interface of <see cref="BackchannelAuthenticationHandler"/>, what the
/// host alone knows for the CIBA backchannel authentication endpoint: who the hint designates, whether a user
/// code is right, whether the request is acceptable, and how to reach the user's authentication device. Register an
/// implementation in the service collection; <see cref="BackchannelAuthenticationHandler"/> calls it.
/// </summary>
/// <remarks>
/// A callback that throws or outlasts <see cref="AuthleteAspNetCoreOptions.CallbackTimeout"/> makes the handler call
/// <c>/backchannel/authentication/fail</c> with <c>SERVER_ERROR</c> and answer 500 <c>server_error</c>; it is logged.
/// </remarks>
public interface IBackchannelAuthenticationHandlerSpi
{
    /// <summary>
    /// Identifies the end-user from <see cref="BackchannelAuthenticationResponse.HintType"/> and
    /// <see cref="BackchannelAuthenticationResponse.Hint"/> (for <c>id_token_hint</c>, <see cref="BackchannelAuthenticationResponse.Sub"/>
    /// is the verified <c>sub</c>). For a <c>login_hint_token</c>, check its expiry here and return
    /// <see cref="CibaUserIdentification.Fail"/> with <see cref="BackchannelAuthenticationFailReason.ExpiredLoginHintToken"/>.
    /// </summary>
    /// <param name="request">Authlete's analysis of the client's request.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the callback times out.</param>
    /// <returns>The user, or a failure (<c>null</c> converts to <c>UNKNOWN_USER_ID</c>).</returns>
    Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken);

    /// <summary>
    /// Checks the <c>user_code</c> the client sent. Called only when Authlete says a user code is required
    /// (<see cref="BackchannelAuthenticationResponse.UserCodeRequired"/>) and one was sent; a missing one is rejected with
    /// <c>MISSING_USER_CODE</c> before this is called.
    /// </summary>
    /// <param name="user">The identified user.</param>
    /// <param name="userCode">The user code.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the callback times out.</param>
    /// <returns>True when it is the user's code; false rejects the request with <c>INVALID_USER_CODE</c>.</returns>
    Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the host's own policy to the request once the user is known (binding message wording, resources, client
    /// policy). The built-in checks (user code, binding message length) have already passed.
    /// </summary>
    /// <param name="user">The identified user.</param>
    /// <param name="request">Authlete's analysis of the client's request.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or the callback times out.</param>
    /// <returns>Null to accept, or why to reject (for example <c>INVALID_BINDING_MESSAGE</c>, <c>INVALID_TARGET</c>, <c>UNAUTHORIZED_CLIENT</c>, <c>ACCESS_DENIED</c>).</returns>
    Task<BackchannelAuthenticationFailReason?> ValidateRequestAsync(CibaUser user, BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
        => Task.FromResult<BackchannelAuthenticationFailReason?>(null);

    /// <summary>
    /// Starts authenticating the user on their authentication device. Runs in the background after the client got its
    /// <c>auth_req_id</c>, in its own service scope; when the user decides, call
    /// <see cref="CibaCompleteService.CompleteAsync(string, string, BackchannelAuthenticationCompleteResult, CancellationToken)"/>
    /// with <see cref="CibaAuthenticationContext.Ticket"/>. A failure is logged and, by default, completes the request with
    /// <c>TRANSACTION_FAILED</c>.
    /// </summary>
    /// <param name="context">The user, the request and the issued <c>auth_req_id</c>.</param>
    /// <param name="cancellationToken">
    /// Not cancelled by a graceful stop, which waits for this call to finish; cancelled only when the host's shutdown
    /// timeout (<c>HostOptions.ShutdownTimeout</c>) has passed. A crash loses the call: see docs/deployment.md.
    /// </param>
    /// <returns>A task that completes when the device has been contacted (not when the user decided).</returns>
    Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken);
}
