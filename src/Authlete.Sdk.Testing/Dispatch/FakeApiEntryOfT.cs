using Authlete.Sdk.Testing.Http;
using Authlete.Sdk.Testing.Scripting;

namespace Authlete.Sdk.Testing.Dispatch;

/// <summary>A typed row of <see cref="FakeApiTable"/>: the fake's processor of one API, and what it records of each answer.</summary>
/// <typeparam name="TRequest">The API's request type.</typeparam>
/// <typeparam name="TResponse">The API's response type.</typeparam>
internal sealed class FakeApiEntry<TRequest, TResponse>(
    AuthleteApiDescription<TRequest, TResponse> api,
    Func<FakeAuthlete, TRequest, TResponse> process,
    Action<FakeAuthlete, TResponse>? observe)
    : FakeApiEntry
    where TRequest : AuthleteRequest
    where TResponse : AuthleteResponse
{
    public override AuthleteApiDescription Api => api;

    /// <summary>Answers an in-process call: the next scripted outcome (a failure throws), else the fake's processor.</summary>
    /// <exception cref="AuthleteApiException">The next outcome of the API was scripted as a failure.</exception>
    public TResponse Call(FakeAuthlete fake, TRequest request)
    {
        FakeScriptedOutcome? scripted = fake.TakeScriptedOutcome(api);
        if (scripted is { IsFailure: true })
        {
            throw scripted.ToException(api);
        }

        return Respond(fake, request, scripted);
    }

    public override FakeHttpAnswer Answer(FakeAuthlete fake, byte[] body)
    {
        TRequest request = AuthleteJsonSerializer.Deserialize<TRequest>(body);
        if (!IsComplete(request))
        {
            // An incomplete request gets the API's own error answer, as in-process, and leaves the script for the next call.
            return new FakeHttpAnswer(200, AuthleteJsonSerializer.Serialize(Respond(fake, request, null)));
        }

        FakeScriptedOutcome? scripted = fake.TakeScriptedOutcome(api);
        if (scripted is { IsFailure: true })
        {
            return new FakeHttpAnswer(scripted.Status, scripted.ErrorBody);
        }

        return ToHttp(Respond(fake, request, scripted));
    }

    /// <summary>
    /// The HTTP answer of a response: its JSON, or for a document API the document itself, and 204 No Content for an
    /// empty document (a service without a JWK Set).
    /// </summary>
    private static FakeHttpAnswer ToHttp(TResponse response)
    {
        if (response is IAuthleteDocumentResponse { ResponseContent: { } document })
        {
            return new FakeHttpAnswer(200, document);
        }

        string json = AuthleteJsonSerializer.Serialize(response);
        return response is IAuthleteDocumentResponse && json == "{}" ? new FakeHttpAnswer(204, string.Empty) : new FakeHttpAnswer(200, json);
    }

    private static bool IsComplete(TRequest request)
    {
        try
        {
            request.Validate();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private TResponse Respond(FakeAuthlete fake, TRequest request, FakeScriptedOutcome? scripted)
    {
        TResponse response = scripted is null ? process(fake, request) : (TResponse)scripted.Response!;
        observe?.Invoke(fake, response);
        return response;
    }
}
