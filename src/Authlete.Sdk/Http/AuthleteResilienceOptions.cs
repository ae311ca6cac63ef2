namespace Authlete.Sdk;

/// <summary>
/// Settings of the resilience pipeline <c>AddAuthleteClient</c> puts in front of every call. Retries are limited to
/// failures that prove Authlete did not process the request; see <c>docs/reliability.md</c>.
/// </summary>
public sealed class AuthleteResilienceOptions
{
    /// <summary>Whether <c>AddAuthleteClient</c> adds the pipeline at all. True by default; set false to add your own handlers instead.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The longest a single attempt may wait for the answer's headers, and then for its body (within what is left of
    /// <see cref="TotalTimeout"/>). 10 seconds by default.
    /// </summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest a call may take, all attempts, waits and the reading of the body included. 30 seconds by default.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a call is retried after a failure that proves it was not processed. 2 by default; 0 turns retries off.</summary>
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>The base of the jittered exponential back-off between retries. 200 milliseconds by default.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest <c>Retry-After</c> wait honoured; an answer asking for longer is not retried. 5 seconds by default.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Whether the circuit breaker is on. True by default.</summary>
    public bool CircuitBreakerEnabled { get; set; } = true;

    /// <summary>The failure ratio (0 to 1) within <see cref="CircuitBreakerSamplingDuration"/> that opens the circuit. 0.5 by default.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>The fewest calls within the sampling duration before the circuit may open. 20 by default.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    /// <summary>The window over which failures are counted. 30 seconds by default.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before a trial call. 15 seconds by default.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
