using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Authlete.Sdk.Http;

/// <summary>
/// The default resilience pipeline of the Authlete client: a total timeout, retries only for failures that prove the
/// request was not processed, a circuit breaker, and a per-attempt timeout (outermost first).
/// </summary>
/// <remarks>
/// Authlete's POST APIs issue tickets, codes and tokens, so a retry must never repeat a POST Authlete may have processed.
/// Retried: a connection that could not be established (name resolution, TCP connect, TLS handshake), and 429 or 503
/// answers carrying a <c>Retry-After</c> no longer than <see cref="AuthleteResilienceOptions.MaxRetryAfter"/>. Never
/// retried: timeouts, resets or any failure after the request was sent, and every other status. The GET APIs only read
/// (the discovery document, the JWK Set): they are also retried after timeouts, resets, 408, 429 and 5xx but 501.
/// </remarks>
internal static class AuthleteResiliencePipeline
{
    public const string PipelineName = "authlete";

    public static void AddTo(IHttpClientBuilder builder, string optionsName)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            // Rebuilt when the named options change (a reloaded configuration).
            context.EnableReloads<AuthleteOptions>(optionsName);
            AuthleteResilienceOptions options =
                context.ServiceProvider.GetRequiredService<IOptionsMonitor<AuthleteOptions>>().Get(optionsName).Resilience;
            ConfigureTelemetry(pipeline, context.ServiceProvider);
            Configure(pipeline, options);
        });
    }

    /// <summary>
    /// Keeps the pipeline's own log events to what a host needs: every execution attempt at Debug (a successful call
    /// logs nothing above Debug; the SDK logs each call and its failure itself, event 1000/1001), retries and circuit
    /// changes at their own level.
    /// </summary>
    private static void ConfigureTelemetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, IServiceProvider services)
    {
        var telemetry = new TelemetryOptions
        {
            LoggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance,
            SeverityProvider = static args => args.Event.EventName == "ExecutionAttempt"
                ? ResilienceEventSeverity.Debug
                : args.Event.Severity,
        };
        pipeline.ConfigureTelemetry(telemetry);
    }

    internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AuthleteResilienceOptions options)
    {
        if (!options.Enabled)
        {
            return;
        }

        pipeline.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout, Name = "authlete-total-timeout" });

        if (options.MaxRetryAttempts > 0)
        {
            TimeSpan maxRetryAfter = options.MaxRetryAfter;
            pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                Name = "authlete-retry",
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                // Stryker disable once Boolean : jitter spreads the retries of many clients over time; one retry's delay cannot tell a jittered delay from an exact one
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    IsProvenUnprocessed(args.Outcome, maxRetryAfter)
                    || (args.Context.GetRequestMessage()?.Method == HttpMethod.Get && IsTransient(args.Outcome))),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } response ? RetrySignals.RetryAfter(response) : null),
            });
        }

        if (options.CircuitBreakerEnabled)
        {
            pipeline.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                Name = "authlete-circuit-breaker",
                FailureRatio = options.CircuitBreakerFailureRatio,
                MinimumThroughput = options.CircuitBreakerMinimumThroughput,
                SamplingDuration = options.CircuitBreakerSamplingDuration,
                BreakDuration = options.CircuitBreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
            });
        }

        pipeline.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout, Name = "authlete-attempt-timeout" });
    }

    /// <summary>True only when the outcome proves Authlete did not process the request.</summary>
    internal static bool IsProvenUnprocessed(Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter)
    {
        if (outcome.Exception is HttpRequestException { HttpRequestError: var error })
        {
            return RetrySignals.NothingWasSent(error);
        }

        if (outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } response)
        {
            TimeSpan? wait = RetrySignals.RetryAfter(response);
            return wait is { } delay && delay <= maxRetryAfter;
        }

        return false;
    }

    /// <summary>
    /// A failure worth repeating a GET for: a GET only reads (the discovery document, the JWK Set), so repeating it is
    /// safe even when Authlete may have processed it. Any connection failure or timeout, 408, 429, and 5xx but 501.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
            || outcome.Result is { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests }
            || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError and not HttpStatusCode.NotImplemented };

    private static bool IsFailure(Outcome<HttpResponseMessage> outcome)
        => outcome.Exception is HttpRequestException or TimeoutRejectedException
            || outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests };
}
