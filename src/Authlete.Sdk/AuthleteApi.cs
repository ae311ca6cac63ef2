using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Errors;
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
    private static readonly MediaTypeWithQualityHeaderValue AcceptJson = new("application/json");

    private readonly HttpClient _httpClient;
    private readonly ILogger _logger;
    private readonly Uri _baseAddress;
    private readonly string _pathPrefix;
    private readonly string _authScheme;
    private readonly string _authParameter;
    private readonly int _maxResponseBufferSize;
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeSpan _totalTimeout;
    private readonly Uri?[] _uris = new Uri?[AuthleteEndpoint.Count];

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
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = AuthleteOptionsValidator.GetFailures(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Authlete options: " + string.Join(" ", failures), nameof(options));
        }

        _httpClient = httpClient;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        Uri address = options.EffectiveBaseAddress;
        _baseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
        _maxResponseBufferSize = options.MaxResponseBufferSize;

        // The pipeline's timeouts end when the headers arrive; the body is read after it, under the same limits.
        AuthleteResilienceOptions resilience = options.Resilience;
        _attemptTimeout = resilience.Enabled ? resilience.AttemptTimeout : httpClient.Timeout;
        _totalTimeout = resilience.Enabled ? resilience.TotalTimeout : httpClient.Timeout;
        if (options.ApiVersion == AuthleteApiVersion.V2)
        {
            _pathPrefix = "api/";
            _authScheme = "Basic";
            _authParameter = Convert.ToBase64String(
                Encoding.UTF8.GetBytes(options.ServiceApiKey!.Trim() + ":" + options.ServiceApiSecret!.Trim()));
        }
        else
        {
            _pathPrefix = "api/" + Uri.EscapeDataString(options.ServiceId!.Trim()) + "/";
            _authScheme = "Bearer";
            _authParameter = options.ServiceAccessToken!.Trim();
        }
    }

    /// <inheritdoc />
    public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(
        BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
        => SendAsync<BackchannelAuthenticationRequest, BackchannelAuthenticationResponse>(
            AuthleteEndpoint.BackchannelAuthentication, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(
        BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
        => SendAsync<BackchannelAuthenticationIssueRequest, BackchannelAuthenticationIssueResponse>(
            AuthleteEndpoint.BackchannelAuthenticationIssue, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(
        BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
        => SendAsync<BackchannelAuthenticationFailRequest, BackchannelAuthenticationFailResponse>(
            AuthleteEndpoint.BackchannelAuthenticationFail, request, cancellationToken);

    /// <inheritdoc />
    public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(
        BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync<BackchannelAuthenticationCompleteRequest, BackchannelAuthenticationCompleteResponse>(
            AuthleteEndpoint.BackchannelAuthenticationComplete, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(
        DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DeviceAuthorizationRequest, DeviceAuthorizationResponse>(
            AuthleteEndpoint.DeviceAuthorization, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceVerificationResponse> DeviceVerificationAsync(
        DeviceVerificationRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DeviceVerificationRequest, DeviceVerificationResponse>(
            AuthleteEndpoint.DeviceVerification, request, cancellationToken);

    /// <inheritdoc />
    public Task<DeviceCompleteResponse> DeviceCompleteAsync(
        DeviceCompleteRequest request, CancellationToken cancellationToken = default)
        => SendAsync<DeviceCompleteRequest, DeviceCompleteResponse>(
            AuthleteEndpoint.DeviceComplete, request, cancellationToken);

    /// <inheritdoc />
    public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync<TokenRequest, TokenResponse>(AuthleteEndpoint.Token, request, cancellationToken);

    /// <summary>
    /// Creates the primary handler the client needs over its own <see cref="HttpClient"/>: it never follows a redirect
    /// (a redirected POST would carry the service credentials and the client's secrets to another host).
    /// <c>AddAuthleteClient</c> uses it, and turns redirects off on any primary handler configured instead.
    /// </summary>
    /// <returns>A new handler that does not follow redirects.</returns>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false };

    private static bool IsRedirected(Uri sent, HttpRequestMessage message, HttpResponseMessage response)
        => message.RequestUri != sent || (response.RequestMessage?.RequestUri is { } answered && answered != sent);

    private Uri GetUri(AuthleteEndpoint endpoint)
        => _uris[endpoint.Index] ??= new Uri(_baseAddress, _pathPrefix + endpoint.Name);

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        AuthleteEndpoint endpoint, TRequest request, CancellationToken cancellationToken)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        cancellationToken.ThrowIfCancellationRequested();

        long started = Stopwatch.GetTimestamp();
        using Activity? activity = AuthleteDiagnostics.ActivitySource.StartActivity(endpoint.ActivityName, ActivityKind.Client);
        activity?.SetTag("authlete.api", endpoint.Name);
        int status = 0;
        string? resultCode = null;
        string outcome = "error";
        Exception? failure = null;
        try
        {
            (TResponse response, status) = await SendCoreAsync(
                endpoint, request, AuthleteJson.TypeInfo<TRequest>(), AuthleteJson.TypeInfo<TResponse>(), started, cancellationToken)
                .ConfigureAwait(false);
            resultCode = response.ResultCode;
            outcome = "success";
            return response;
        }
        catch (AuthleteApiException ex)
        {
            status = ex.Status;
            resultCode = ex.ResultCode;
            outcome = ex switch
            {
                AuthleteTimeoutException => "timeout",
                AuthleteSerializationException => "invalid_response",
                { InnerException: IOException or HttpRequestException } => "connection_error",
                _ => "error",
            };
            failure = ex;
            throw;
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            failure = ex;
            throw;
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutRejectedException)
        {
            outcome = "timeout";
            var timeout = new AuthleteTimeoutException($"The Authlete API '{endpoint.Name}' did not answer in time.", endpoint.Name, ex);
            failure = timeout;
            throw timeout;
        }
        catch (BrokenCircuitException ex)
        {
            outcome = "circuit_open";
            var open = new AuthleteApiException(
                $"The Authlete API '{endpoint.Name}' was not called: the circuit breaker is open after repeated failures.",
                endpoint.Name, 0, null, null, null, ex);
            failure = open;
            throw open;
        }
        catch (HttpRequestException ex) when (ex.InnerException is AuthleteRequestContent.RedirectRefusedException)
        {
            outcome = "error";
            var redirected = new AuthleteApiException(
                $"The Authlete API '{endpoint.Name}' was redirected and the client never follows redirects: the request body was not sent to the new location. Give AuthleteApi an HttpClient whose handler does not follow redirects (AuthleteApi.CreateHandler()).",
                endpoint.Name, 0, null, null, null, ex);
            failure = redirected;
            throw redirected;
        }
        catch (HttpRequestException ex)
        {
            outcome = "connection_error";
            var connection = new AuthleteApiException(
                $"The Authlete API '{endpoint.Name}' could not be reached: {ex.HttpRequestError}.",
                endpoint.Name, 0, null, null, null, ex);
            failure = connection;
            throw connection;
        }
        catch (Exception ex)
        {
            // Not one of the SDK's outcomes (a host's own handler threw, say): still logged and traced as a failure.
            outcome = "error";
            failure = ex;
            throw;
        }
        finally
        {
            double elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Record(endpoint, activity, status, resultCode, outcome, elapsed, failure);
        }
    }

    private async Task<(TResponse Response, int Status)> SendCoreAsync<TRequest, TResponse>(
        AuthleteEndpoint endpoint,
        TRequest request,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<TResponse> responseInfo,
        long started,
        CancellationToken cancellationToken)
        where TResponse : AuthleteResponse
    {
        Uri uri = GetUri(endpoint);
        using var message = new HttpRequestMessage(HttpMethod.Post, uri);
        message.Content = new AuthleteRequestContent(JsonSerializer.SerializeToUtf8Bytes(request, requestInfo), message, uri);
        message.Headers.Authorization = new AuthenticationHeaderValue(_authScheme, _authParameter);
        message.Headers.Accept.Add(AcceptJson);

        using HttpResponseMessage response = await _httpClient
            .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        int status = (int)response.StatusCode;
        if (IsRedirected(uri, message, response))
        {
            // A handler that follows redirects sent the call elsewhere: never take another host's answer as Authlete's.
            throw new AuthleteApiException(
                $"The Authlete API '{endpoint.Name}' was redirected (HTTP {status}) and the answer came from another URI; the client never follows redirects. Give AuthleteApi an HttpClient whose handler does not follow redirects (AuthleteApi.CreateHandler()).",
                endpoint.Name, status, null, null, null);
        }

        if (status is >= 300 and < 400)
        {
            throw new AuthleteApiException(
                $"The Authlete API '{endpoint.Name}' answered HTTP {status}, a redirect, which the client never follows (check AuthleteOptions.BaseAddress).",
                endpoint.Name, status, null, null, null);
        }

        using ResponseBuffer body = await ReadBodyAsync(endpoint, response, status, started, cancellationToken).ConfigureAwait(false)
            ?? throw new AuthleteApiException(
                $"The answer of the Authlete API '{endpoint.Name}' (HTTP {status}) is larger than the limit of {_maxResponseBufferSize} bytes (AuthleteOptions.MaxResponseBufferSize).",
                endpoint.Name, status, null, null, null);

        if (!response.IsSuccessStatusCode)
        {
            throw CreateStatusError(endpoint, status, body);
        }

        if (body.Length == 0)
        {
            throw new AuthleteSerializationException(
                $"The Authlete API '{endpoint.Name}' answered HTTP {status} with an empty body.", endpoint.Name, status, string.Empty, null);
        }

        try
        {
            TResponse result = JsonSerializer.Deserialize(body.Span, responseInfo)
                ?? throw new JsonException("The body is the JSON literal null.");
            return (result, status);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new AuthleteSerializationException(
                $"The answer of the Authlete API '{endpoint.Name}' (HTTP {status}) could not be read as {typeof(TResponse).Name}: {ex.Message}",
                endpoint.Name, status, body.ToBoundedString(), ex);
        }
    }

    /// <summary>
    /// Reads the body within what is left of the attempt and total timeouts (the pipeline's own timeouts stop at the
    /// headers), turning a timeout or a connection cut mid-body into the SDK's exceptions.
    /// </summary>
    private async Task<ResponseBuffer?> ReadBodyAsync(
        AuthleteEndpoint endpoint, HttpResponseMessage response, int status, long started, CancellationToken cancellationToken)
    {
        TimeSpan limit = _attemptTimeout;
        if (_totalTimeout != Timeout.InfiniteTimeSpan)
        {
            TimeSpan left = _totalTimeout - Stopwatch.GetElapsedTime(started);
            limit = limit == Timeout.InfiniteTimeSpan || left < limit ? (left > TimeSpan.Zero ? left : TimeSpan.FromTicks(1)) : limit;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        try
        {
            return await ResponseBuffer.ReadAsync(response.Content, _maxResponseBufferSize, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Message, ex, cancellationToken);
        }
        catch (OperationCanceledException ex)
        {
            throw new AuthleteTimeoutException(
                $"The answer of the Authlete API '{endpoint.Name}' (HTTP {status}) did not arrive in time.", endpoint.Name, ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new AuthleteApiException(
                $"The connection to the Authlete API '{endpoint.Name}' ended before its answer (HTTP {status}) was complete.",
                endpoint.Name, status, null, null, null, ex);
        }
    }

    private static AuthleteApiException CreateStatusError(AuthleteEndpoint endpoint, int status, ResponseBuffer body)
    {
        AuthleteErrorResult? result = null;
        if (body.Length > 0)
        {
            try
            {
                result = JsonSerializer.Deserialize(body.Span, AuthleteJson.TypeInfo<AuthleteErrorResult>());
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
            {
                // Not an Authlete error body (an HTML page from a proxy, say): keep the raw body only.
            }
        }

        string detail = result?.ResultMessage ?? result?.ResultCode ?? "no Authlete result in the body";
        return new AuthleteApiException(
            $"The Authlete API '{endpoint.Name}' answered HTTP {status}: {detail}",
            endpoint.Name, status, result?.ResultCode, result?.ResultMessage, body.ToBoundedString());
    }

    private void Record(
        AuthleteEndpoint endpoint, Activity? activity, int status, string? resultCode, string outcome, double elapsedSeconds, Exception? failure)
    {
        // Instruments with no listener ignore measurements; skip building the tags for them.
        if (AuthleteDiagnostics.Calls.Enabled || AuthleteDiagnostics.Duration.Enabled)
        {
            var tags = new TagList { { "authlete.api", endpoint.Name }, { "authlete.outcome", outcome } };
            AuthleteDiagnostics.Calls.Add(1, tags);
            AuthleteDiagnostics.Duration.Record(elapsedSeconds, tags);
        }

        if (activity is not null)
        {
            if (status != 0)
            {
                activity.SetTag("http.response.status_code", status);
            }

            activity.SetTag("authlete.result_code", resultCode);
            activity.SetTag("authlete.outcome", outcome);
            if (failure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, outcome);
            }
        }

        if (failure is null)
        {
            AuthleteLog.Called(_logger, endpoint.Name, status, resultCode, elapsedSeconds * 1000);
        }
        else if (outcome != "cancelled")
        {
            AuthleteLog.Failed(_logger, endpoint.Name, outcome, status, resultCode, elapsedSeconds * 1000, failure);
        }
    }
}
