using System.Net;

namespace Authlete.Sdk;

/// <summary>
/// An Authlete API call did not give a usable answer: Authlete answered with a non-success HTTP status, the
/// connection failed, or the answer could not be read. It carries the evidence: the API, the HTTP status, Authlete's
/// result code and message, and the raw body. It never carries a credential.
/// </summary>
public class AuthleteApiException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public AuthleteApiException()
        : this("The Authlete API call failed.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public AuthleteApiException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and its cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AuthleteApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception with all its evidence.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="apiName">The API called, for example <c>backchannel/authentication</c>.</param>
    /// <param name="status">The HTTP status, or 0 when no response arrived.</param>
    /// <param name="resultCode">Authlete's result code, if the body had one.</param>
    /// <param name="resultMessage">Authlete's result message, if the body had one.</param>
    /// <param name="responseBody">The raw response body (possibly truncated), if any.</param>
    /// <param name="innerException">The cause, if any.</param>
    public AuthleteApiException(
        string message,
        string? apiName,
        int status,
        string? resultCode,
        string? resultMessage,
        string? responseBody,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ApiName = apiName;
        Status = status;
        ResultCode = resultCode;
        ResultMessage = resultMessage;
        ResponseBody = responseBody;
    }

    /// <summary>The API called, for example <c>backchannel/authentication/complete</c>; null when unknown.</summary>
    public string? ApiName { get; }

    /// <summary>The HTTP status of Authlete's answer, or 0 when no answer arrived.</summary>
    public int Status { get; }

    /// <summary>The HTTP status as an enum; null when no answer arrived.</summary>
    public HttpStatusCode? StatusCode => Status == 0 ? null : (HttpStatusCode)Status;

    /// <summary>Authlete's <c>resultCode</c>, for example <c>A001202</c>, when the body had one.</summary>
    public string? ResultCode { get; }

    /// <summary>Authlete's <c>resultMessage</c>, when the body had one.</summary>
    public string? ResultMessage { get; }

    /// <summary>The raw response body, also when it is not JSON (an HTML page from a proxy, say); truncated to a bounded size.</summary>
    public string? ResponseBody { get; }
}
