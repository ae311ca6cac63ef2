namespace Authlete.Sdk;

/// <summary>The outcome of delivering a CIBA notification to a client notification endpoint.</summary>
public sealed class CibaNotificationResult
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="status">The HTTP status the client endpoint answered, or null when no answer arrived.</param>
    /// <param name="error">Why delivery failed, or null when it succeeded.</param>
    /// <param name="exception">The exception behind the failure, if any.</param>
    public CibaNotificationResult(int? status, string? error, Exception? exception = null)
    {
        Status = status;
        Error = error;
        Exception = exception;
    }

    /// <summary>True when the client endpoint answered with a 2xx status (CIBA Core expects 204 No Content).</summary>
    public bool Succeeded => Error is null && Status is >= 200 and < 300;

    /// <summary>The HTTP status the client notification endpoint answered; null when no answer arrived.</summary>
    public int? Status { get; }

    /// <summary>
    /// Why delivery failed (invalid endpoint or token, refused destination, timeout, connection failure, redirect, error
    /// status); null on success. Never holds the token or the body.
    /// </summary>
    public string? Error { get; }

    /// <summary>The exception behind the failure, if any; null when the sender refused before sending.</summary>
    public Exception? Exception { get; }

    /// <summary>
    /// How many times the notification was sent (see <see cref="CibaNotificationSenderOptions.MaxAttempts"/>); 1 when it
    /// was not retried, 0 when nothing was sent (refused before sending).
    /// </summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Describes the outcome without any token.</summary>
    /// <returns>The status and error, and the number of attempts when more than one.</returns>
    public override string ToString()
    {
        string outcome = Succeeded ? $"Delivered (HTTP {Status})" : $"Not delivered (HTTP {Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}): {Error}";
        return Attempts > 1 ? $"{outcome} after {Attempts.ToString(System.Globalization.CultureInfo.InvariantCulture)} attempts" : outcome;
    }
}
