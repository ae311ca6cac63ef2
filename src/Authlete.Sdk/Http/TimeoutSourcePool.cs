using System.Collections.Concurrent;

namespace Authlete.Sdk.Http;

/// <summary>
/// Reuses the <see cref="CancellationTokenSource"/> (and its timer) that bounds the reading of each answer's body, as
/// Polly's timeout strategy does: a source goes back to the pool only when <see cref="CancellationTokenSource.TryReset"/>
/// proves it was never cancelled and its timer never fired; any other is disposed.
/// </summary>
internal static class TimeoutSourcePool
{
    // Stryker disable once Arithmetic : how many sources are kept for reuse; a source is reused only after TryReset proved it untouched
    private static readonly int MaxPooled = Environment.ProcessorCount * 4;
    private static readonly ConcurrentQueue<CancellationTokenSource> Pool = new();

    /// <summary>A source that is not cancelled and has no timer running.</summary>
    public static CancellationTokenSource Rent() => Pool.TryDequeue(out CancellationTokenSource? source) ? source : new CancellationTokenSource();

    /// <summary>Gives back a source the caller no longer uses, whose registrations (the caller's link included) are disposed.</summary>
    public static void Return(CancellationTokenSource source)
    {
        // Stryker disable once Equality,Block : how many untouched sources are kept for reuse, and whether a spare one is disposed or collected
        if (Pool.Count < MaxPooled && source.TryReset())
        {
            // Stryker disable once Statement : a source not kept for reuse is collected instead
            Pool.Enqueue(source);
        }
        else
        {
            // Stryker disable once Statement : a source not kept is left to the collector instead; a timer still running only cancels a source no one uses any more
            source.Dispose();
        }
    }
}
