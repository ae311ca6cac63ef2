using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authlete.Sdk;

/// <summary>
/// Delivers CIBA ping and push notifications as CIBA Core §10.2 prescribes: an https POST to the client notification
/// endpoint with <c>Authorization: Bearer {client notification token}</c> and <c>Content-Type: application/json</c>.
/// It has its own timeout, follows no redirect (a redirect is reported as a failure), and reports the outcome instead of
/// throwing. Neither the token nor the body is logged.
/// </summary>
public sealed class CibaNotificationSender : ICibaNotificationSender
{
    private readonly HttpClient _httpClient;
    private readonly CibaNotificationSenderOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates a sender with default settings and its own <see cref="HttpClient"/> that follows no redirects.</summary>
    public CibaNotificationSender()
        : this(CreateHttpClient(), null, null)
    {
    }

    /// <summary>Creates a sender with its own <see cref="HttpClient"/> that follows no redirects.</summary>
    /// <param name="options">The settings.</param>
    public CibaNotificationSender(CibaNotificationSenderOptions options)
        : this(CreateHttpClient(), options ?? throw new ArgumentNullException(nameof(options)), null)
    {
    }

    /// <summary>Creates a sender over <paramref name="httpClient"/>, whose handler should not follow redirects.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="options">The settings; defaults when null.</param>
    /// <param name="logger">Where to log outcomes (endpoint host, status, duration; never tokens or bodies).</param>
    public CibaNotificationSender(HttpClient httpClient, CibaNotificationSenderOptions? options, ILogger<CibaNotificationSender>? logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _options = options ?? new CibaNotificationSenderOptions();
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Creates the handler the sender needs: no automatic redirects.</summary>
    /// <returns>A handler that does not follow redirects.</returns>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler { AllowAutoRedirect = false };

    /// <inheritdoc />
    public Task<CibaNotificationResult> SendAsync(BackchannelAuthenticationCompleteResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Action != BackchannelAuthenticationCompleteAction.Notification)
        {
            throw new ArgumentException($"The response's action is '{response.Action}', not NOTIFICATION: there is nothing to deliver.", nameof(response));
        }

        // On Unix "/cb" parses as an absolute file URI, so the scheme is checked here too.
        if (!Uri.TryCreate(response.ClientNotificationEndpoint, UriKind.Absolute, out Uri? endpoint)
            || !(endpoint.Scheme == Uri.UriSchemeHttps || endpoint.Scheme == Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The response has no absolute http(s) client notification endpoint.", nameof(response));
        }

        return SendContentAsync(endpoint, response.ClientNotificationToken!, response.ResponseContent!, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<CibaNotificationResult> SendContentAsync(
        Uri endpoint, string clientNotificationToken, string content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (string.IsNullOrEmpty(clientNotificationToken))
        {
            throw new ArgumentException("The client notification token is required.", nameof(clientNotificationToken));
        }

        if (string.IsNullOrEmpty(content))
        {
            throw new ArgumentException("The notification content is required.", nameof(content));
        }

        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The client notification endpoint must be an absolute https URI.", nameof(endpoint));
        }

        if (!(endpoint.Scheme == Uri.UriSchemeHttps || (endpoint.Scheme == Uri.UriSchemeHttp && _options.AllowInsecureHttp)))
        {
            throw new ArgumentException(
                $"The client notification endpoint must be an https URI (CIBA Core §10.2); got scheme '{endpoint.Scheme}'. Set CibaNotificationSenderOptions.AllowInsecureHttp for local tests only.",
                nameof(endpoint));
        }

        long started = Stopwatch.GetTimestamp();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(content, Encoding.UTF8, "application/json"),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", clientNotificationToken);

        CibaNotificationResult result;
        try
        {
            using HttpResponseMessage answer = await _httpClient
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            int status = (int)answer.StatusCode;
            bool redirected = answer.RequestMessage?.RequestUri is { } final && final != endpoint;
            result = status is >= 300 and < 400 || redirected
                ? new CibaNotificationResult(status, "The client notification endpoint answered with a redirect, which is not followed.")
                : status is >= 200 and < 300
                    ? new CibaNotificationResult(status, null)
                    : new CibaNotificationResult(status, $"The client notification endpoint answered HTTP {status}.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException ex)
        {
            result = new CibaNotificationResult(null, $"The client notification endpoint did not answer within {_options.Timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (HttpRequestException ex)
        {
            result = new CibaNotificationResult(null, $"The client notification endpoint could not be reached ({ex.HttpRequestError}).", ex);
        }

        double elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        CibaNotificationLog.Delivered(_logger, endpoint.Host, result.Status ?? 0, result.Succeeded, elapsedMs);
        return result;
    }

    private static HttpClient CreateHttpClient() => new(CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan };
}
