using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Binds Authlete endpoints to one of several Authlete services.</summary>
public static class AuthleteEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Makes the Authlete endpoints of <paramref name="builder"/> (one <c>MapAuthlete*</c> endpoint, or a whole group:
    /// <c>app.MapGroup("/tenants/a").WithAuthleteClient("tenant-a")</c>) call the keyed Authlete client registered with
    /// <c>AddKeyedAuthleteClient(serviceKey, ...)</c> instead of the default one. Their handlers and SPIs come from the
    /// keyed registrations of <c>AddAuthleteAspNetCore</c>; a CIBA request carries the key in
    /// <see cref="CibaAuthenticationContext.ServiceKey"/> so that its completion goes to the same service.
    /// </summary>
    /// <typeparam name="TBuilder">The convention builder.</typeparam>
    /// <param name="builder">The endpoint or group.</param>
    /// <param name="serviceKey">The key of the keyed Authlete client.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="InvalidOperationException">When the endpoints are built: no keyed client is registered with that key.</exception>
    public static TBuilder WithAuthleteClient<TBuilder>(this TBuilder builder, string serviceKey)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new AuthleteClientMetadata(serviceKey);
        builder.Add(endpoint =>
        {
            if (endpoint.ApplicationServices.GetService<IServiceProviderIsKeyedService>() is { } registry
                && !registry.IsKeyedService(typeof(IAuthleteApi), serviceKey))
            {
                throw new InvalidOperationException(
                    $"{endpoint.DisplayName ?? "An endpoint"} is bound to the Authlete client '{serviceKey}', which is not registered: call builder.Services.AddKeyedAuthleteClient(\"{serviceKey}\", ...) before building the application.");
            }

            endpoint.Metadata.Add(metadata);
        });
        return builder;
    }
}
