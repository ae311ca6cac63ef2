using Authlete.Sdk.Testing.Dispatch;

namespace Authlete.Sdk.Testing;

/// <summary>The one in-process entry of every API: <see cref="SendAsync{TRequest, TResponse}"/> over the table.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>
    /// Calls an API directly, as <see cref="AuthleteApi"/> would over HTTP: checks the request, then answers the next
    /// outcome scripted for the API (<see cref="EnqueueResponse{TRequest, TResponse}"/>, <see cref="EnqueueFailure"/>),
    /// else processes the request. The API methods of this class call it.
    /// </summary>
    /// <typeparam name="TRequest">The API's request type.</typeparam>
    /// <typeparam name="TResponse">The API's response type.</typeparam>
    /// <param name="api">The API, one of <see cref="AuthleteApis"/>.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer; as from <see cref="AuthleteApi"/>, the exceptions below come in the task.</returns>
    /// <exception cref="ArgumentException">The request is null or misses a required member.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled.</exception>
    /// <exception cref="AuthleteApiException">The call was scripted to fail with <see cref="EnqueueFailure"/>.</exception>
    /// <exception cref="FakeAuthleteNotSupportedException">The fake does not serve the API, or the request uses
    /// something the fake does not implement.</exception>
    public Task<TResponse> SendAsync<TRequest, TResponse>(
        AuthleteApiDescription<TRequest, TResponse> api, TRequest request, CancellationToken cancellationToken = default)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
    {
        // As from AuthleteApi (an async method), every failure comes in the returned task, none is thrown at the call.
        try
        {
            ArgumentNullException.ThrowIfNull(api);
            ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(FakeApiTable.Get(api).Call(this, request));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResponse>(cancellationToken);
        }
        catch (Exception ex)
        {
            return Task.FromException<TResponse>(ex);
        }
    }
}
