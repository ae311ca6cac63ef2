using System.Net;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Authlete.Sdk.Benchmarks;

/// <summary>The SDK's default resilience pipeline written as an application would, for the baselines that carry one.</summary>
internal static class SamePipeline
{
    /// <summary>The strategies, order and settings of the SDK's default pipeline and its predicates for a POST, written as an application would.</summary>
    public static void Add(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AuthleteResilienceOptions options)
    {
        pipeline.AddTimeout(new TimeoutStrategyOptions { Timeout = options.TotalTimeout });
        pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError }
                || (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } r
                    && r.Headers.RetryAfter?.Delta is { } delta && delta <= options.MaxRetryAfter)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.Headers.RetryAfter?.Delta),
        });
        pipeline.AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpResponseMessage>
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => ValueTask.FromResult(
                args.Outcome.Exception is HttpRequestException or TimeoutRejectedException
                || args.Outcome.Result is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.TooManyRequests }),
        });
        pipeline.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout });
    }
}
