namespace Authlete.Sdk;

/// <summary>
/// Authlete's CIBA, device flow and token APIs. Each method sends one request to Authlete and returns its answer;
/// the <c>Action</c> of the answer says what the authorization server must do next.
/// </summary>
/// <remarks>
/// Every method throws <see cref="ArgumentNullException"/> for a null request, <see cref="ArgumentException"/> when a
/// required member is missing, <see cref="AuthleteApiException"/> when Authlete answers with an error status or cannot be
/// reached (<see cref="AuthleteTimeoutException"/> when it does not answer in time, <see cref="AuthleteSerializationException"/>
/// when its answer cannot be read), and <see cref="OperationCanceledException"/> when <c>cancellationToken</c> is cancelled.
/// </remarks>
public interface IAuthleteApi
{
    /// <summary>Calls <c>/backchannel/authentication</c>: parses and checks a CIBA backchannel authentication request.</summary>
    /// <param name="request">The client's request, as the endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; <see cref="BackchannelAuthenticationResponse.Action"/> says what to do.</returns>
    Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(
        BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/backchannel/authentication/issue</c>: issues the <c>auth_req_id</c> for a ticket.</summary>
    /// <param name="request">The ticket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(
        BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/backchannel/authentication/fail</c>: builds the error response for a rejected CIBA request.</summary>
    /// <param name="request">The ticket and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(
        BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/backchannel/authentication/complete</c>: records the end-user's decision on a CIBA request.</summary>
    /// <param name="request">The ticket, the result and the subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; for ping and push it holds the notification to deliver.</returns>
    Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(
        BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/device/authorization</c>: parses a device authorization request and issues the codes.</summary>
    /// <param name="request">The client's request, as the endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(
        DeviceAuthorizationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/device/verification</c>: checks the user code an end-user entered.</summary>
    /// <param name="request">The user code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<DeviceVerificationResponse> DeviceVerificationAsync(
        DeviceVerificationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/device/complete</c>: records the end-user's decision on a device flow.</summary>
    /// <param name="request">The user code, the result and the subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<DeviceCompleteResponse> DeviceCompleteAsync(
        DeviceCompleteRequest request, CancellationToken cancellationToken = default);

    /// <summary>Calls <c>/auth/token</c>: processes a token request (CIBA and device code grants among others).</summary>
    /// <param name="request">The client's request, as the token endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default);
}
