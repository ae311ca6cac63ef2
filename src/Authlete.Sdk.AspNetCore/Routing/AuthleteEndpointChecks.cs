using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Builds the endpoints when the host starts if an Authlete endpoint's client can only be checked then (a host with
/// keyed clients only: whether the endpoint is bound with <c>WithAuthleteClient</c> is known once its conventions ran),
/// so that a missing client stops the start, naming the call, instead of failing the first request.
/// </summary>
internal sealed class AuthleteEndpointChecks(IServiceProvider services) : IHostedService
{
    private volatile bool _pending;

    /// <summary>Asks for the endpoints to be built and checked at start-up.</summary>
    public void Defer() => _pending = true;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_pending && services.GetService<EndpointDataSource>() is { } endpoints)
        {
            _ = endpoints.Endpoints;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
