using Authlete.Sdk.Testing.Common;

namespace Authlete.Sdk.Testing.Scripting;

/// <summary>
/// The outcome a test scripted for the next call of an API (<see cref="FakeAuthlete.EnqueueResponse{TRequest, TResponse}"/>,
/// <see cref="FakeAuthlete.EnqueueFailure"/>): a response to answer as is, or an HTTP error status.
/// </summary>
internal sealed class FakeScriptedOutcome
{
    private FakeScriptedOutcome(AuthleteResponse? response, int status, string? resultCode, string? resultMessage)
    {
        Response = response;
        Status = status;
        ResultCode = resultCode;
        ResultMessage = resultMessage;
        ErrorBody = response is null ? Common.ErrorBody.Json(resultCode, resultMessage) : string.Empty;
    }

    /// <summary>The response to answer, or null for a failure.</summary>
    public AuthleteResponse? Response { get; }

    /// <summary>The HTTP status: 200 for a response, the scripted error status for a failure.</summary>
    public int Status { get; }

    public string? ResultCode { get; }

    public string? ResultMessage { get; }

    /// <summary>The Authlete error body of a failure (empty for a response).</summary>
    public string ErrorBody { get; }

    public bool IsFailure => Response is null;

    public static FakeScriptedOutcome Answer(AuthleteResponse response) => new(response, 200, null, null);

    public static FakeScriptedOutcome Failure(int status, string? resultCode, string? resultMessage) => new(null, status, resultCode, resultMessage);

    /// <summary>
    /// What <see cref="AuthleteApi"/> throws when the API answers this failure over HTTP: the same message, status,
    /// result code and message, and body, so a test sees the same exception in-process and over HTTP.
    /// </summary>
    public AuthleteApiException ToException(AuthleteApiDescription api)
    {
        string detail = ResultMessage ?? ResultCode ?? "no Authlete result in the body";
        return new AuthleteApiException(
            $"The Authlete API '{api.Path}' answered HTTP {Status}: {detail}", api.Path, Status, ResultCode, ResultMessage, ErrorBody);
    }
}
