using Authlete.Sdk.Testing.Dispatch;
using Authlete.Sdk.Testing.Scripting;

namespace Authlete.Sdk.Testing;

/// <summary>Scripted outcomes: what the next calls of an API answer instead of the fake's own processing.</summary>
public sealed partial class FakeAuthlete
{
    private readonly Dictionary<AuthleteApiDescription, Queue<FakeScriptedOutcome>> _scripts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Scripts the next call of <paramref name="api"/> to answer exactly <paramref name="response"/>, for example a
    /// <c>SERVER_ERROR</c> action the fake would never give on its own. Outcomes are kept per API and used in the order
    /// they were enqueued (first in, first out), each once; the calls after them are processed as usual.
    /// </summary>
    /// <remarks>
    /// In-process (<see cref="IAuthleteApi"/>) the same instance is returned; over HTTP it is written with
    /// <see cref="AuthleteJsonSerializer"/> under status 200. The request is still read and checked as by
    /// <see cref="AuthleteApi"/> (a null or incomplete request throws before the script is used), but not processed: a
    /// scripted answer changes no state of the fake. A scripted <c>/backchannel/authentication/complete</c> answer with
    /// the action <c>NOTIFICATION</c> is recorded in <see cref="Notifications"/> like the fake's own.
    /// </remarks>
    /// <typeparam name="TRequest">The API's request type.</typeparam>
    /// <typeparam name="TResponse">The API's response type.</typeparam>
    /// <param name="api">The API, one of <see cref="AuthleteApis"/>.</param>
    /// <param name="response">The answer of the next call.</param>
    /// <exception cref="FakeAuthleteNotSupportedException">The fake does not serve <paramref name="api"/>.</exception>
    public void EnqueueResponse<TRequest, TResponse>(AuthleteApiDescription<TRequest, TResponse> api, TResponse response)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(response);
        Enqueue(api, FakeScriptedOutcome.Answer(response));
    }

    /// <summary>
    /// Scripts the next call of <paramref name="api"/> to fail with the HTTP status <paramref name="httpStatus"/>, as
    /// Authlete does when it is overloaded (503) or refuses the service credentials (401). Outcomes are kept per API and
    /// used first in, first out, each once.
    /// </summary>
    /// <remarks>
    /// Over HTTP the fake answers the status with the Authlete error body <c>{"resultCode","resultMessage"}</c> (null
    /// members left out), which <see cref="AuthleteApi"/> raises as an <see cref="AuthleteApiException"/>. In-process
    /// (<see cref="IAuthleteApi"/>) the call throws that same exception: <see cref="AuthleteApiException.Status"/>,
    /// <see cref="AuthleteApiException.ResultCode"/>, <see cref="AuthleteApiException.ResultMessage"/> and
    /// <see cref="AuthleteApiException.ApiName"/> (the API's path) are as over HTTP.
    /// </remarks>
    /// <param name="api">The API, one of <see cref="AuthleteApis"/>.</param>
    /// <param name="httpStatus">The error status, 400 to 599.</param>
    /// <param name="resultCode">Authlete's <c>resultCode</c> in the body, if any.</param>
    /// <param name="resultMessage">Authlete's <c>resultMessage</c> in the body, if any (written as given).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="httpStatus"/> is not an error status.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">The fake does not serve <paramref name="api"/>.</exception>
    public void EnqueueFailure(AuthleteApiDescription api, int httpStatus, string? resultCode = null, string? resultMessage = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentOutOfRangeException.ThrowIfLessThan(httpStatus, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(httpStatus, 599);
        Enqueue(api, FakeScriptedOutcome.Failure(httpStatus, resultCode, resultMessage));
    }

    /// <summary>Takes the next scripted outcome of an API, or null when none is left.</summary>
    internal FakeScriptedOutcome? TakeScriptedOutcome(AuthleteApiDescription api)
    {
        lock (_scripts)
        {
            return _scripts.TryGetValue(api, out Queue<FakeScriptedOutcome>? queue) && queue.TryDequeue(out FakeScriptedOutcome? outcome)
                ? outcome
                : null;
        }
    }

    private void Enqueue(AuthleteApiDescription api, FakeScriptedOutcome outcome)
    {
        if (FakeApiTable.Find(api) is null)
        {
            throw FakeApiTable.NotServed(api);
        }

        lock (_scripts)
        {
            if (!_scripts.TryGetValue(api, out Queue<FakeScriptedOutcome>? queue))
            {
                queue = new Queue<FakeScriptedOutcome>();
                _scripts.Add(api, queue);
            }

            queue.Enqueue(outcome);
        }
    }
}
