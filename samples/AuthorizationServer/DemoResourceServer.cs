using System.Security.Cryptography;
using System.Text;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// The one resource server allowed to call the introspection endpoint, with HTTP Basic or form credentials
/// (<see cref="ClientId"/>, <see cref="ClientSecret"/>). A real server keeps its resource servers' credentials in a store.
/// </summary>
public sealed class DemoResourceServer : IIntrospectionHandlerSpi
{
    /// <summary>The resource server's client ID.</summary>
    public const string ClientId = "demo-api";

    /// <summary>The resource server's secret.</summary>
    public const string ClientSecret = "demo-api-secret";

    /// <inheritdoc />
    public Task<bool> AuthenticateCallerAsync(IntrospectionCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        bool ok = caller.ClientId == ClientId
            && caller.ClientSecret is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(caller.ClientSecret), Encoding.UTF8.GetBytes(ClientSecret));
        return Task.FromResult(ok);
    }
}
