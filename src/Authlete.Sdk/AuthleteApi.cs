using System.Diagnostics;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Http;
using Authlete.Sdk.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Authlete.Sdk;

/// <summary>
/// The client of Authlete's CIBA, device flow and token APIs. Register it with <c>AddAuthleteClient</c>, or create it
/// over your own <see cref="HttpClient"/>: <c>new AuthleteApi(httpClient, options)</c>.
/// </summary>
/// <remarks>
/// Each call writes the request as camelCase JSON (nulls omitted), POSTs it to the path of the configured API version
/// with the service credentials, checks the HTTP status and reads the answer. Thread-safe: one instance may serve
/// concurrent calls.
/// </remarks>
public sealed class AuthleteApi : IAuthleteApi
{
    private const string DpopHeader = "DPoP";
    private const string DpopNonceHeader = "DPoP-Nonce";
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly ILogger _logger;
    private readonly AuthleteApiSettings _settings;

    /// <summary>Creates a client over <paramref name="httpClient"/>.</summary>
    /// <param name="httpClient">The HTTP client to send with; its own base address is not used.</param>
    /// <param name="options">Where Authlete is and the service credentials.</param>
    /// <exception cref="ArgumentException">The options are incomplete or invalid; the message says what to set.</exception>
    public AuthleteApi(HttpClient httpClient, AuthleteOptions options)
        : this(httpClient, options, null)
    {
    }

    /// <summary>Creates a client over <paramref name="httpClient"/> that logs to <paramref name="logger"/>.</summary>
    /// <param name="httpClient">The HTTP client to send with; its own base address is not used.</param>
    /// <param name="options">Where Authlete is and the service credentials.</param>
    /// <param name="logger">Where to log calls (API, status, result code, duration; never bodies or credentials).</param>
    /// <exception cref="ArgumentException">The options are incomplete or invalid; the message says what to set.</exception>
    public AuthleteApi(HttpClient httpClient, AuthleteOptions options, ILogger<AuthleteApi>? logger)
        : this(httpClient, CheckedSettings(httpClient, options), logger)
    {
    }

    /// <summary>Creates a client from settings already checked and derived (shared by the clients of one options instance).</summary>
    internal AuthleteApi(HttpClient httpClient, AuthleteApiSettings settings, ILogger<AuthleteApi>? logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _settings = settings;
    }

    private static AuthleteApiSettings CheckedSettings(HttpClient httpClient, AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);

        // Derived afresh: options built in code may be changed between two constructions.
        return AuthleteApiSettings.Create(options);
    }

    /// <inheritdoc />
    public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthentication, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationIssue, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationFail, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.BackchannelAuthenticationComplete, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceAuthorization, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceVerificationResponse> DeviceVerificationAsync(DeviceVerificationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceVerification, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceCompleteResponse> DeviceCompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.DeviceComplete, request, cancellationToken);

    /// <inheritdoc />
    public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Token, request, cancellationToken);

    /// <inheritdoc />
    public Task<ServiceConfigurationResponse> ServiceConfigurationAsync(ServiceConfigurationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceConfiguration, request, cancellationToken);

    /// <inheritdoc />
    public Task<ServiceJwksResponse> ServiceJwksAsync(ServiceJwksRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceJwks, request, cancellationToken);

    /// <inheritdoc />
    public Task<IntrospectionResponse> IntrospectionAsync(IntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Introspection, request, cancellationToken);

    /// <inheritdoc />
    public Task<StandardIntrospectionResponse> StandardIntrospectionAsync(StandardIntrospectionRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.StandardIntrospection, request, cancellationToken);

    /// <inheritdoc />
    public Task<UserInfoResponse> UserInfoAsync(UserInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfo, request, cancellationToken);

    /// <inheritdoc />
    public Task<UserInfoIssueResponse> UserInfoIssueAsync(UserInfoIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.UserInfoIssue, request, cancellationToken);

    /// <inheritdoc />
    public Task<RevocationResponse> RevocationAsync(RevocationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.Revocation, request, cancellationToken);

    /// <inheritdoc />
    public Task<TokenIssueResponse> TokenIssueAsync(TokenIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenIssue, request, cancellationToken);

    /// <inheritdoc />
    public Task<TokenFailResponse> TokenFailAsync(TokenFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.TokenFail, request, cancellationToken);

    /// <summary>
    /// Creates the primary handler the client needs over its own <see cref="HttpClient"/>: it never follows a redirect
    /// (a redirected POST would carry the service credentials and the client's secrets to another host).
    /// <c>AddAuthleteClient</c> uses it, and turns redirects off on any primary handler configured instead.
    /// </summary>
    /// <returns>A new handler that does not follow redirects.</returns>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <summary>
    /// Creates the primary handler for <paramref name="options"/> over the client's own <see cref="HttpClient"/>: it never
    /// follows a redirect and presents <see cref="AuthleteOptions.ClientCertificate"/>, when set, on every connection.
    /// </summary>
    /// <param name="options">The options the client is created with.</param>
    /// <returns>A new handler.</returns>
    /// <exception cref="ArgumentException"><see cref="AuthleteOptions.ClientCertificate"/> cannot be read.</exception>
    public static HttpMessageHandler CreateHandler(AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        HttpMessageHandler handler = CreateHandler();
        X509Certificate2? certificate;
        try
        {
            certificate = AuthleteClientCertificate.For(options);
        }
        catch (FormatException ex)
        {
            handler.Dispose();
            throw new ArgumentException($"{AuthleteOptions.SectionName}:ClientCertificate cannot be used: {ex.Message}", nameof(options));
        }

        if (certificate is not null)
        {
            AuthleteClientCertificate.Apply(handler, certificate);
        }

        return handler;
    }

    /// <inheritdoc />
    public async Task<TResponse> SendAsync<TRequest, TResponse>(
        AuthleteApiDescription<TRequest, TResponse> api, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        long started = Stopwatch.GetTimestamp();
        using Activity? activity = AuthleteCallTelemetry.Start(api);
        int status = 0;
        string? resultCode = null;
        AuthleteCallOutcome outcome = AuthleteCallOutcome.Error;
        Exception? failure = null;
        try
        {
            // One method for the whole call, so that one state machine carries it.
            Uri uri = GetUri(api, request);
            byte[]? body = api.Method == HttpMethod.Get ? null : JsonSerializer.SerializeToUtf8Bytes(request, AuthleteJson.TypeInfo<TRequest>());
            bool nonceRetried = false;
            while (true)
            {
                using HttpRequestMessage message = CreateMessage(api, uri, body);
                HttpResponseMessage response = await _httpClient
                    .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                try
                {
                    int code = (int)response.StatusCode;
                    if (message.RequestUri != uri || (response.RequestMessage?.RequestUri is { } answered && answered != uri))
                    {
                        // A handler that follows redirects sent the call elsewhere: never take another host's answer as Authlete's.
                        throw new AuthleteApiException(
                            $"The Authlete API '{api.Path}' was redirected (HTTP {code}) and the answer came from another URI; the client never follows redirects. Give AuthleteApi an HttpClient whose handler does not follow redirects (AuthleteApi.CreateHandler()).",
                            api.Path, code, null, null, null);
                    }

                    if (_settings.DpopKey is not null && TakeDpopNonce(response) && code == 401 && !nonceRetried && AsksForDpopNonce(response))
                    {
                        // RFC 9449 §8: Authlete refused the proof for want of its nonce, so it processed nothing; send once
                        // more with a proof that carries the nonce.
                        nonceRetried = true;
                        continue;
                    }

                    if (code is >= 300 and < 400)
                    {
                        throw new AuthleteApiException(
                            $"The Authlete API '{api.Path}' answered HTTP {code}, a redirect, which the client never follows (check AuthleteOptions.BaseAddress).",
                            api.Path, code, null, null, null);
                    }

                    // The body, within what is left of the timeouts and under the size cap.
                    ResponseBuffer? read;
                    CancellationTokenSource bodyLimit = _settings.Reader.StartBodyLimit(_httpClient, started, cancellationToken, out CancellationTokenRegistration link);
                    try
                    {
                        read = await ResponseBuffer.ReadAsync(response.Content, _settings.Reader.MaxBufferSize, bodyLimit.Token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (AuthleteResponseReader.BodyFailure(api, code, ex, cancellationToken) is { } mapped)
                    {
                        throw mapped;
                    }
                    finally
                    {
                        AuthleteResponseReader.EndBodyLimit(bodyLimit, link);
                    }

                    using ResponseBuffer answer = read ?? throw _settings.Reader.TooLarge(api, code);
                    TResponse result = AuthleteResponseReader.Parse(api, response, answer, AuthleteJson.TypeInfo<TResponse>());
                    status = code;
                    resultCode = result.ResultCode;
                    outcome = AuthleteCallOutcome.Success;
                    return result;
                }
                finally
                {
                    response.Dispose();
                }
            }
        }
        catch (Exception ex)
        {
            (outcome, failure) = Classify(api, ex, cancellationToken);
            if (failure is AuthleteApiException known)
            {
                status = known.Status;
                resultCode = known.ResultCode;
            }

            if (ReferenceEquals(failure, ex))
            {
                throw;
            }

            throw failure;
        }
        finally
        {
            double elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            AuthleteCallTelemetry.Record(_logger, api, activity, status, resultCode, outcome, elapsed, failure);
        }
    }

    /// <summary>Turns what a call threw into its outcome and the exception the caller gets (the SDK's own, where it has one).</summary>
    private static (AuthleteCallOutcome Outcome, Exception Failure) Classify(AuthleteApiDescription api, Exception ex, CancellationToken cancellationToken)
    {
        switch (ex)
        {
            case AuthleteTimeoutException:
                return (AuthleteCallOutcome.Timeout, ex);
            case AuthleteSerializationException:
                return (AuthleteCallOutcome.InvalidResponse, ex);
            case AuthleteApiException { InnerException: IOException or HttpRequestException }:
                return (AuthleteCallOutcome.ConnectionError, ex);
            case AuthleteApiException:
                return (AuthleteCallOutcome.Error, ex);
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return (AuthleteCallOutcome.Cancelled, ex);
            case OperationCanceledException or TimeoutRejectedException:
                return (AuthleteCallOutcome.Timeout, new AuthleteTimeoutException($"The Authlete API '{api.Path}' did not answer in time.", api.Path, ex));
            case BrokenCircuitException:
                return (AuthleteCallOutcome.CircuitOpen, new AuthleteApiException(
                    $"The Authlete API '{api.Path}' was not called: the circuit breaker is open after repeated failures.", api.Path, 0, null, null, null, ex));
            case HttpRequestException { InnerException: AuthleteRequestContent.RedirectRefusedException }:
                return (AuthleteCallOutcome.Error, new AuthleteApiException(
                    $"The Authlete API '{api.Path}' was redirected and the client never follows redirects: the request body was not sent to the new location. Give AuthleteApi an HttpClient whose handler does not follow redirects (AuthleteApi.CreateHandler()).",
                    api.Path, 0, null, null, null, ex));
            case HttpRequestException http:
                return (AuthleteCallOutcome.ConnectionError, new AuthleteApiException(
                    $"The Authlete API '{api.Path}' could not be reached: {http.HttpRequestError}.", api.Path, 0, null, null, null, ex));
            default:
                // Not one of the SDK's outcomes (a host's own handler threw, say): still logged and traced as a failure.
                return (AuthleteCallOutcome.Error, ex);
        }
    }

    private HttpRequestMessage CreateMessage(AuthleteApiDescription api, Uri uri, byte[]? body)
    {
        var message = new HttpRequestMessage(api.Method, uri);
        if (body is not null)
        {
            message.Content = new AuthleteRequestContent(body, message, uri);
        }

        message.Headers.Authorization = new AuthenticationHeaderValue(_settings.AuthScheme, _settings.AuthParameter);
        message.Headers.Accept.Add(AcceptJson);
        if (_settings.DpopKey is { } dpopKey)
        {
            var proof = new AuthleteDpopProof(dpopKey, api.Method, uri, _settings.AccessTokenHash!);
            message.Options.Set(AuthleteDpopProof.OptionKey, proof);
            message.Headers.TryAddWithoutValidation(DpopHeader, proof.Create());
        }

        return message;
    }

    /// <summary>Keeps the <c>DPoP-Nonce</c> Authlete gave, for the next proofs.</summary>
    /// <returns>True when the answer carried a new nonce.</returns>
    private bool TakeDpopNonce(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues(DpopNonceHeader, out IEnumerable<string>? values)
            && values.FirstOrDefault() is { Length: > 0 } nonce
            && !string.Equals(nonce, _settings.DpopKey!.Nonce, StringComparison.Ordinal))
        {
            _settings.DpopKey.Nonce = nonce;
            return true;
        }

        return false;
    }

    private static bool AsksForDpopNonce(HttpResponseMessage response)
        => response.Headers.WwwAuthenticate.Any(static c =>
            string.Equals(c.Scheme, "DPoP", StringComparison.OrdinalIgnoreCase)
            && c.Parameter?.Contains("use_dpop_nonce", StringComparison.Ordinal) == true);

    private Uri GetUri(AuthleteApiDescription api, AuthleteRequest request)
    {
        Uri uri = _settings.Uris[api.Index] ??= new Uri(_settings.BaseAddress, _settings.PathPrefix + api.Path);
        if (api.Method != HttpMethod.Get)
        {
            return uri;
        }

        // A GET API's members are its query parameters.
        var query = new StringBuilder();
        request.AppendQuery(query);
        return query.Length == 0 ? uri : new Uri(uri.AbsoluteUri + query);
    }
}
