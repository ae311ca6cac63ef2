namespace Authlete.Sdk;

/// <summary>
/// Authlete's CIBA, device flow, token, introspection, UserInfo and revocation APIs. Each method sends one request to Authlete and returns its answer;
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
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
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
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<ServiceJwksResponse> ServiceJwksAsync(ServiceJwksRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceJwks, request, cancellationToken);
    /// <summary>Calls <c>/auth/introspection</c>: validates an access token a resource server received.</summary>
    /// <param name="request">The token and the checks to make (scopes, subject).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; <see cref="IntrospectionResponse.Action"/> says whether to serve the resource, and <c>ResponseContent</c> is the <c>WWW-Authenticate</c> value otherwise.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<IntrospectionResponse> IntrospectionAsync(IntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Introspection, request, cancellationToken);

    /// <summary>Calls <c>/auth/introspection/standard</c>: answers an RFC 7662 token introspection request.</summary>
    /// <param name="request">The request's form parameters, as the introspection endpoint received them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; its content is the introspection response.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<StandardIntrospectionResponse> StandardIntrospectionAsync(StandardIntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.StandardIntrospection, request, cancellationToken);

    /// <summary>Calls <c>/auth/userinfo</c>: checks the access token of a UserInfo request.</summary>
    /// <param name="request">The access token, as the UserInfo endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; for <c>OK</c>, the subject and the claims to collect for <c>/auth/userinfo/issue</c>.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<UserInfoResponse> UserInfoAsync(UserInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfo, request, cancellationToken);

    /// <summary>Calls <c>/auth/userinfo/issue</c>: builds the UserInfo response from the claim values.</summary>
    /// <param name="request">The access token and the claim values.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; its content is the UserInfo response or a <c>WWW-Authenticate</c> value.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<UserInfoIssueResponse> UserInfoIssueAsync(UserInfoIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfoIssue, request, cancellationToken);

    /// <summary>Calls <c>/auth/revocation</c>: processes a token revocation request (RFC 7009).</summary>
    /// <param name="request">The client's request, as the revocation endpoint received it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<RevocationResponse> RevocationAsync(RevocationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Revocation, request, cancellationToken);

    /// <summary>Calls <c>/auth/token/issue</c>: issues the tokens of a password grant (after <c>/auth/token</c> answered <c>PASSWORD</c>).</summary>
    /// <param name="request">The ticket and the authenticated end-user's subject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; its content is the token response.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<TokenIssueResponse> TokenIssueAsync(TokenIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenIssue, request, cancellationToken);

    /// <summary>Calls <c>/auth/token/fail</c>: builds the error response of a rejected password grant (after <c>/auth/token</c> answered <c>PASSWORD</c>).</summary>
    /// <param name="request">The ticket and the reason.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authlete's answer; its content is the error response.</returns>
    /// <remarks>A default method over <see cref="SendAsync{TRequest, TResponse}"/> (added in a minor version): an implementation that
    /// predates it serves it when it implements <c>SendAsync</c>, and throws <see cref="NotSupportedException"/> otherwise.</remarks>
    Task<TokenFailResponse> TokenFailAsync(TokenFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenFail, request, cancellationToken);
}
