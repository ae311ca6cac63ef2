using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Authlete.Sdk.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authlete.Sdk;

/// <summary>
/// Delivers CIBA ping and push notifications as CIBA Core §10.2 prescribes: an https POST to the client notification
/// endpoint with <c>Authorization: Bearer {client notification token}</c> and <c>Content-Type: application/json</c>.
/// It has its own timeout, follows no redirect (a redirect is reported as a failure), refuses endpoints on loopback,
/// private, link-local and other non-public addresses unless allowed (see <see cref="CibaNotificationSenderOptions"/>),
/// and reports every failure to deliver instead of throwing. Neither the token nor the body is logged.
/// </summary>
/// <remarks>
/// The endpoint's host is checked before anything is sent, whatever <see cref="HttpClient"/> the sender was given. The
/// address actually connected is checked too when the client's handler comes from <see cref="CreateHandler(CibaNotificationSenderOptions)"/>
/// (as with <c>AddAuthleteClient</c>): only that check covers host names that resolve to a refused address.
/// </remarks>
public sealed class CibaNotificationSender : ICibaNotificationSender
{
    private readonly HttpClient _httpClient;
    private readonly TimeSpan _timeout;
    private readonly bool _allowInsecureHttp;
    private readonly int _maxAttempts;
    private readonly TimeSpan _retryDelay;
    private readonly TimeSpan _maxRetryDelay;
    private readonly NotificationDestinationPolicy _policy;
    private readonly ILogger _logger;

    /// <summary>Creates a sender with default settings and its own <see cref="HttpClient"/> (see <see cref="CreateHandler()"/>).</summary>
    public CibaNotificationSender()
        : this(new CibaNotificationSenderOptions())
    {
    }

    /// <summary>Creates a sender with its own <see cref="HttpClient"/> (see <see cref="CreateHandler(CibaNotificationSenderOptions)"/>).</summary>
    /// <param name="options">The settings, read once here.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (see <see cref="CibaNotificationSenderOptionsValidator"/>).</exception>
    public CibaNotificationSender(CibaNotificationSenderOptions options)
        : this(CreateHttpClient(options), options, null)
    {
    }

    /// <summary>
    /// Creates a sender over <paramref name="httpClient"/>, whose handler should come from
    /// <see cref="CreateHandler(CibaNotificationSenderOptions)"/> with the same options: another handler may follow redirects,
    /// go through a proxy, or connect to the address a host name resolves to without the sender seeing it.
    /// </summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">The settings, read once here; defaults when null.</param>
    /// <param name="logger">Where to log outcomes (endpoint host, status, duration, reasons; never tokens or bodies).</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (see <see cref="CibaNotificationSenderOptionsValidator"/>).</exception>
    public CibaNotificationSender(HttpClient httpClient, CibaNotificationSenderOptions? options, ILogger<CibaNotificationSender>? logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        options ??= new CibaNotificationSenderOptions();
        CibaNotificationSenderOptionsValidator.ThrowIfInvalid(options, nameof(options));
        _httpClient = httpClient;
        _timeout = options.Timeout;
        _allowInsecureHttp = options.AllowInsecureHttp;
        _maxAttempts = options.MaxAttempts;
        _retryDelay = options.RetryDelay;
        _maxRetryDelay = options.MaxRetryDelay;
        _policy = new NotificationDestinationPolicy(options);
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Creates the handler the sender needs, with the default settings (see <see cref="CreateHandler(CibaNotificationSenderOptions)"/>).</summary>
    /// <returns>A handler that follows no redirects, uses no proxy and connects only to public addresses.</returns>
    public static HttpMessageHandler CreateHandler() => CreateHandler(new CibaNotificationSenderOptions());

    /// <summary>
    /// Creates the handler the sender needs: no automatic redirects, no proxy (a proxy would connect on the sender's
    /// behalf, out of reach of the address check), and a connect callback that resolves the host once and connects only to
    /// addresses <paramref name="options"/> allow, so neither a host name nor a changing DNS answer leads to a refused address.
    /// </summary>
    /// <param name="options">The settings whose allow-lists apply, read once here.</param>
    /// <returns>The handler; a refused connection fails with an <see cref="HttpRequestException"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="options"/> are invalid (see <see cref="CibaNotificationSenderOptionsValidator"/>).</exception>
    public static HttpMessageHandler CreateHandler(CibaNotificationSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CibaNotificationSenderOptionsValidator.ThrowIfInvalid(options, nameof(options));
        var connector = new NotificationConnector(new NotificationDestinationPolicy(options));
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            ConnectCallback = connector.ConnectAsync,
        };
    }

    /// <inheritdoc />
    public Task<CibaNotificationResult> SendAsync(BackchannelAuthenticationCompleteResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Action != BackchannelAuthenticationCompleteAction.Notification)
        {
            throw new ArgumentException($"The response's action is '{response.Action}', not NOTIFICATION: there is nothing to deliver.", nameof(response));
        }

        if (!Uri.TryCreate(response.ClientNotificationEndpoint, UriKind.Absolute, out Uri? endpoint))
        {
            return Task.FromResult(NotSent(null, "The response has no absolute https client notification endpoint."));
        }

        return SendContentAsync(endpoint, response.ClientNotificationToken ?? string.Empty, response.ResponseContent ?? string.Empty, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CibaNotificationResult> SendContentAsync(
        Uri endpoint, string clientNotificationToken, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(clientNotificationToken);
        ArgumentNullException.ThrowIfNull(content);
        if (FindProblem(endpoint, clientNotificationToken, content) is { } problem)
        {
            return NotSent(endpoint, problem);
        }

        if (_policy.CheckEndpoint(endpoint) is { } refusal)
        {
            CibaNotificationLog.Refused(_logger, endpoint.Host, refusal);
            return new CibaNotificationResult(null, refusal) { Attempts = 0 };
        }

        for (int attempt = 1; ; attempt++)
        {
            (CibaNotificationResult result, bool retryable, TimeSpan? retryAfter) = await AttemptAsync(endpoint, clientNotificationToken, content, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded || !retryable || attempt >= _maxAttempts || NextDelay(attempt, retryAfter) is not { } delay)
            {
                return attempt == 1 ? result : new CibaNotificationResult(result.Status, result.Error, result.Exception) { Attempts = attempt };
            }

            CibaNotificationLog.Retrying(_logger, endpoint.Host, attempt, result.Error ?? "not delivered", delay.TotalMilliseconds);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One POST: its outcome, whether it proves non-delivery or a temporary refusal, and the endpoint's Retry-After.</summary>
    private async Task<(CibaNotificationResult Result, bool Retryable, TimeSpan? RetryAfter)> AttemptAsync(
        Uri endpoint, string token, string content, CancellationToken cancellationToken)
    {
        long started = Stopwatch.GetTimestamp();
        CibaNotificationResult result;
        bool retryable = false;
        TimeSpan? retryAfter = null;
        try
        {
            (result, retryable, retryAfter) = await PostAsync(endpoint, token, content, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            // Not retried: the endpoint may have received the notification.
            result = new CibaNotificationResult(null, $"The client notification endpoint did not answer within {_timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (HttpRequestException ex) when (NotificationDestinationRefusedException.Find(ex) is { } refused)
        {
            CibaNotificationLog.Refused(_logger, endpoint.Host, refused.Message);
            return (new CibaNotificationResult(null, refused.Message, ex) { Attempts = 0 }, false, null);
        }
        catch (HttpRequestException ex)
        {
            result = new CibaNotificationResult(null, $"The client notification endpoint could not be reached ({ex.HttpRequestError}).", ex);

            // Retried only when no connection was made, so nothing was sent.
            retryable = RetrySignals.NothingWasSent(ex.HttpRequestError);
        }
        catch (Exception ex)
        {
            // Reported, not thrown: the caller's decision is already recorded. The type only: a message might quote data.
            result = new CibaNotificationResult(null, $"The notification could not be sent ({ex.GetType().Name}).", ex);
        }

        double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        CibaNotificationLog.Delivered(_logger, endpoint.Host, result.Status ?? 0, result.Succeeded, elapsedMs);
        return (result, retryable, retryAfter);
    }

    /// <summary>The wait before the next attempt, or null when the endpoint asks for longer than the options allow.</summary>
    private TimeSpan? NextDelay(int attempt, TimeSpan? retryAfter)
    {
        double backoff = _retryDelay.TotalMilliseconds * Math.Pow(2, attempt - 1);
        TimeSpan delay = TimeSpan.FromMilliseconds(Math.Min(backoff, _maxRetryDelay.TotalMilliseconds));
        if (retryAfter is { } asked)
        {
            if (asked > _maxRetryDelay)
            {
                return null;
            }

            delay = asked > delay ? asked : delay;
        }

        return delay;
    }

    private async Task<(CibaNotificationResult Result, bool Retryable, TimeSpan? RetryAfter)> PostAsync(Uri endpoint, string token, string content, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_timeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(content, Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using HttpResponseMessage answer = await _httpClient
            .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        int status = (int)answer.StatusCode;
        bool redirected = answer.RequestMessage?.RequestUri is { } final && final != endpoint;
        if (status is >= 300 and < 400 || redirected)
        {
            return (new CibaNotificationResult(status, "The client notification endpoint answered with a redirect, which is not followed."), false, null);
        }

        if (status is >= 200 and < 300)
        {
            return (new CibaNotificationResult(status, null), false, null);
        }

        // 408, 429 and 503 refuse the notification for now (RFC 9110 §15.5.9, §15.6.4; RFC 6585 §4): safe to send again.
        bool temporary = status is 408 or 429 or 503;
        return (new CibaNotificationResult(status, $"The client notification endpoint answered HTTP {status}."), temporary, RetrySignals.RetryAfter(answer));
    }

    private string? FindProblem(Uri endpoint, string token, string content)
    {
        if (!endpoint.IsAbsoluteUri)
        {
            return "The client notification endpoint must be an absolute https URI.";
        }

        // On Unix "/cb" parses as an absolute file URI, so the scheme is checked whatever the parse.
        if (!(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && _allowInsecureHttp)))
        {
            return $"The client notification endpoint must be an absolute https URI (CIBA Core §10.2); got scheme '{endpoint.Scheme}'. Set CibaNotificationSenderOptions.AllowInsecureHttp for local tests only.";
        }

        if (token.Length == 0)
        {
            return "The client notification token is missing.";
        }

        if (!CanTravelInHeader(token))
        {
            return "The client notification token cannot be sent in an Authorization header: it holds a space, a control character (such as CR, LF or NUL) or a non-ASCII character.";
        }

        return content.Length == 0 ? "The notification content is missing." : null;
    }

    /// <summary>True when every character is visible ASCII, so the token is one header token (RFC 6750 §2.1 is stricter still).</summary>
    private static bool CanTravelInHeader(string token)
    {
        foreach (char c in token)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }

        return true;
    }

    private CibaNotificationResult NotSent(Uri? endpoint, string reason)
    {
        CibaNotificationLog.NotSent(_logger, endpoint is { IsAbsoluteUri: true } ? endpoint.Host : "(none)", reason);
        return new CibaNotificationResult(null, reason) { Attempts = 0 };
    }

    private static HttpClient CreateHttpClient(CibaNotificationSenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new HttpClient(CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
