namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// What the host provides to the introspection endpoint (<see cref="IntrospectionHandler"/>): who may call it. Authlete's
/// <c>/auth/introspection/standard</c> does not authenticate the caller, and RFC 7662 §2.1 and §4 require the endpoint to
/// be protected, or anyone could probe tokens; so the endpoint refuses every caller this does not accept.
/// </summary>
/// <remarks>Register it with <c>AddAuthleteIntrospection&lt;TSpi&gt;()</c>; it is resolved from the request's scope.</remarks>
public interface IIntrospectionHandlerSpi
{
    /// <summary>Decides whether the caller (a resource server) may introspect tokens.</summary>
    /// <param name="caller">The client credentials sent and the request.</param>
    /// <param name="cancellationToken">Cancelled when the client goes away or <see cref="AuthleteAspNetCoreOptions.CallbackTimeout"/> passes.</param>
    /// <returns>
    /// True to accept; false answers 401 <c>invalid_client</c> with a <c>Basic</c> challenge (RFC 7662 §2.3). Compare
    /// secrets in constant time (<see cref="System.Security.Cryptography.CryptographicOperations.FixedTimeEquals"/>).
    /// </returns>
    Task<bool> AuthenticateCallerAsync(IntrospectionCaller caller, CancellationToken cancellationToken);
}
