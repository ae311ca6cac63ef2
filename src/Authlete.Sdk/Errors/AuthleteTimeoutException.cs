namespace Authlete.Sdk;

/// <summary>
/// Authlete did not answer in time (the attempt or total timeout of the pipeline, or <see cref="HttpClient.Timeout"/>).
/// The request may have been processed, so it was not retried.
/// </summary>
public class AuthleteTimeoutException : AuthleteApiException
{
    /// <summary>Creates an exception with a default message.</summary>
    public AuthleteTimeoutException()
        : this("The Authlete API did not answer in time.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AuthleteTimeoutException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AuthleteTimeoutException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for an API call that timed out.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="apiName">The API called.</param>
    /// <param name="innerException">The cause.</param>
    public AuthleteTimeoutException(string message, string? apiName, Exception? innerException)
        : base(message, apiName, 0, null, null, null, innerException)
    {
    }
}
