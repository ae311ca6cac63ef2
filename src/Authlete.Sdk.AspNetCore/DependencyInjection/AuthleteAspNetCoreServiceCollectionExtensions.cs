using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Authlete.Sdk.AspNetCore;

/// <summary>Registers the Authlete ASP.NET Core handlers and services.</summary>
public static class AuthleteAspNetCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BackchannelAuthenticationHandler"/>, <see cref="CibaCompletionService"/>,
    /// <see cref="DeviceAuthorizationHandler"/>, <see cref="DeviceVerificationService"/> and <see cref="TokenHandler"/>
    /// (scoped, like the Authlete client they use). Also call <c>AddAuthleteClient(...)</c> for <see cref="IAuthleteApi"/>,
    /// and, for CIBA, register your <see cref="ICibaUserHandler"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options (paths, callback timeout, binding message check); optional.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddAuthleteAspNetCore(this IServiceCollection services, Action<AuthleteAspNetCoreOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AuthleteAspNetCoreOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddScoped<BackchannelAuthenticationHandler>();
        services.TryAddScoped<CibaCompletionService>();
        services.TryAddScoped<DeviceAuthorizationHandler>();
        services.TryAddScoped<DeviceVerificationService>();
        services.TryAddScoped<TokenHandler>();
        return services;
    }

    /// <summary>Registers <typeparamref name="THandler"/> as the <see cref="ICibaUserHandler"/> (scoped) and the rest as <see cref="AddAuthleteAspNetCore"/> does.</summary>
    /// <typeparam name="THandler">The host's user handler.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddAuthleteCiba<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IServiceCollection services, Action<AuthleteAspNetCoreOptions>? configure = null)
        where THandler : class, ICibaUserHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<ICibaUserHandler, THandler>();
        return services.AddAuthleteAspNetCore(configure);
    }
}
