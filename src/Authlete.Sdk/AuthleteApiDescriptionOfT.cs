namespace Authlete.Sdk;

/// <summary>An <see cref="AuthleteApiDescription"/> that carries its request and response types, for typed calls.</summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResponse">The response type.</typeparam>
public sealed class AuthleteApiDescription<TRequest, TResponse> : AuthleteApiDescription
    where TRequest : AuthleteRequest
    where TResponse : AuthleteResponse
{
    internal AuthleteApiDescription(string name, string path, HttpMethod method, Type? actionType)
        : base(name, path, method, typeof(TRequest), typeof(TResponse), actionType)
    {
    }
}
