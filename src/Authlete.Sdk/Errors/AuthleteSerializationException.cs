namespace Authlete.Sdk;

/// <summary>
/// Authlete's answer (or a response content) could not be read: it was empty, not JSON, or JSON of the wrong shape.
/// <see cref="AuthleteApiException.ResponseBody"/> holds what arrived.
/// </summary>
public class AuthleteSerializationException : AuthleteApiException
{
    /// <summary>Creates an exception with a default message.</summary>
    public AuthleteSerializationException()
        : this("Authlete's answer could not be read.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AuthleteSerializationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AuthleteSerializationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception for a body that could not be read.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="responseBody">What arrived.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AuthleteSerializationException(string message, string? responseBody, Exception? innerException)
        : base(message, null, 0, null, null, responseBody, innerException)
    {
    }

    /// <summary>Creates an exception for an API answer that could not be read.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="apiName">The API called.</param>
    /// <param name="status">The HTTP status of the answer.</param>
    /// <param name="responseBody">What arrived.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AuthleteSerializationException(
        string message, string? apiName, int status, string? responseBody, Exception? innerException)
        : base(message, apiName, status, null, null, responseBody, innerException)
    {
    }
}
