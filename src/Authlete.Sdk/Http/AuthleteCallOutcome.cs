namespace Authlete.Sdk.Http;

/// <summary>How a call ended: the <c>authlete.outcome</c> of its log event, span and metric points.</summary>
internal enum AuthleteCallOutcome
{
    /// <summary>A 2xx answer, read.</summary>
    Success,

    /// <summary>A non-2xx status, a redirect, the size cap, or an exception of the host's own handlers.</summary>
    Error,

    /// <summary>A 2xx answer that could not be read.</summary>
    InvalidResponse,

    /// <summary>No complete answer within the attempt or total timeout.</summary>
    Timeout,

    /// <summary>Authlete could not be reached, or the connection was cut mid-body.</summary>
    ConnectionError,

    /// <summary>Not called: the circuit breaker is open.</summary>
    CircuitOpen,

    /// <summary>The caller's token was cancelled.</summary>
    Cancelled,
}
