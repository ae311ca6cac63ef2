namespace Authlete.Sdk.Http;

/// <summary>
/// What an HTTP failure says about sending again, shared by the calls to Authlete and the CIBA notifications: whether
/// nothing was sent at all, and how long the server asks to wait.
/// </summary>
internal static class RetrySignals
{
    /// <summary>True when the request never left: no name, no connection, or no TLS session, so nothing was sent.</summary>
    public static bool NothingWasSent(HttpRequestError error)
        => error is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError;

    /// <summary>The wait a <c>Retry-After</c> header asks for (a date in the past is no wait), or null without one.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            // Never negative: the header's parser takes only a non-negative number of seconds.
            return delta;
        }

        if (retryAfter.Date is { } date)
        {
            // A date in the past is no wait.
            return TimeSpan.FromTicks(Math.Max((date - DateTimeOffset.UtcNow).Ticks, 0));
        }

        return null;
    }
}
