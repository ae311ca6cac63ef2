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
/// <para>
/// The interface grows without breaking implementations: the eight methods above are its 1.0 contract; an API added in
/// a minor version comes as a default method that calls <see cref="SendAsync{TRequest, TResponse}"/>. A decorator or
/// stub written against the eight methods keeps compiling; one that also implements <c>SendAsync</c> (forwarding it to
/// the decorated client) serves every later API unchanged.
/// </para>
/// </remarks>
public interface IAuthleteApi
{
    /// <summary>
    /// Calls the API <paramref name="api"/> describes: the one method every API goes through in <see cref="AuthleteApi"/>
    /// and the fake. Implement it in a decorator to intercept every API, those added later included.
    /// </summary>
    /// <typeparam name="TRequest">The API's request type.</typeparam>
    /// <typeparam name="TResponse">The API's response type.</typeparam>
    /// <param name="api">The API, one of <see cref="AuthleteApis"/>.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    /// <exception cref="NotSupportedException">The implementation predates <c>SendAsync</c> and implements only the API methods.</exception>
    Task<TResponse> SendAsync<TRequest, TResponse>(
        AuthleteApiDescription<TRequest, TResponse> api, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
        => throw new NotSupportedException(
            $"{GetType().Name} does not implement IAuthleteApi.SendAsync, through which the Authlete API {api} is called: implement it (a decorator forwards it to the client it decorates).");

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

    /// <summary>
    /// Calls <c>/service/configuration</c> (a GET, retried after transient failures since it only reads): the service's
    /// OpenID Provider metadata, to serve at <c>/.well-known/openid-configuration</c>.
    /// </summary>
    /// <param name="request">The query parameters; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document; <see cref="ServiceConfigurationResponse.ResponseContent"/> is the body to serve.</returns>
    Task<ServiceConfigurationResponse> ServiceConfigurationAsync(
        ServiceConfigurationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceConfiguration, request, cancellationToken);

    /// <summary>
    /// Calls <c>/service/jwks/get</c> (a GET, retried after transient failures since it only reads): the service's JWK
    /// Set, to serve at the <c>jwks_uri</c>.
    /// </summary>
    /// <param name="request">The query parameters; all optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The JWK Set; <see cref="ServiceJwksResponse.HasContent"/> is false when the service has none.</returns>
    Task<ServiceJwksResponse> ServiceJwksAsync(ServiceJwksRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceJwks, request, cancellationToken);
}
