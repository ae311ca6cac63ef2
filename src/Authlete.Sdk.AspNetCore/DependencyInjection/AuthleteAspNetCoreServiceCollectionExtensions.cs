using System.Diagnostics.CodeAnalysis;
using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authlete ASP.NET Core handlers and services.</summary>
public static class AuthleteAspNetCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="BackchannelAuthenticationHandler"/>, <see cref="ICibaCompleteService"/>,
    /// <see cref="DeviceAuthorizationHandler"/>, <see cref="IDeviceVerificationService"/>, <see cref="TokenHandler"/> and
    /// <see cref="DiscoveryHandler"/>, <see cref="UserInfoHandler"/>,
    /// <see cref="IntrospectionHandler"/> and <see cref="RevocationHandler"/> (scoped, like the Authlete client they use),
    /// and <see cref="ICibaPendingRequestStore"/> over the application's <c>IDistributedCache</c> (an in-memory one unless
    /// the host registers another, such as Redis with <c>AddStackExchangeRedisCache</c>, before or after). Also call <c>AddAuthleteClient(...)</c> for <see cref="IAuthleteApi"/>,
    /// and, for CIBA, UserInfo and introspection, register your <see cref="IBackchannelAuthenticationHandlerSpi"/>,
    /// <see cref="IUserInfoHandlerSpi"/> and <see cref="IIntrospectionHandlerSpi"/> (or use <c>AddAuthleteCiba</c>,
    /// <c>AddAuthleteUserInfo</c> and <c>AddAuthleteIntrospection</c>).
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

        // Each handler and service once without a key (over the default client) and once for any key (over the keyed
        // client of that key: endpoints bound with WithAuthleteClient, [FromKeyedServices(key)] in the host's pages),
        // from one factory. Factories also let a device-flow-only host (no IBackchannelAuthenticationHandlerSpi) pass the
        // container's validation in Development; MapAuthleteCiba checks the SPI is registered when the endpoint is mapped.
        Register(services, static (provider, key) => new BackchannelAuthenticationHandler(
            Api(provider, key),
            Spi<IBackchannelAuthenticationHandlerSpi>(provider, key),
            provider.GetRequiredService<IServiceScopeFactory>(),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<BackchannelAuthenticationHandler>>(),
            provider.GetService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>())
        {
            ServiceKey = Key(key),
        });
        Register<ICibaCompleteService>(services, static (provider, key) => new CibaCompleteService(
            Api(provider, key),
            provider.GetRequiredService<ICibaNotificationSender>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<CibaCompleteService>>()));

        // Work started after an answer (CIBA start, notification delivery), drained by a graceful stop.
        services.TryAddSingleton<Authlete.Sdk.AspNetCore.Background.BackgroundWork>();
        services.AddHostedService(static provider => provider.GetRequiredService<Authlete.Sdk.AspNetCore.Background.BackgroundWork>());

        // The flow state kept between requests: in memory unless the host registers a shared IDistributedCache (Redis).
        services.AddDistributedMemoryCache();
        services.TryAddSingleton<ICibaPendingRequestStore>(static provider => new DistributedCibaPendingRequestStore(
            provider.GetRequiredService<Microsoft.Extensions.Caching.Distributed.IDistributedCache>(),
            provider.GetService<TimeProvider>()));
        Register(services, static (provider, key) => new DeviceAuthorizationHandler(
            Api(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DeviceAuthorizationHandler>>()));
        Register<IDeviceVerificationService>(services, static (provider, key) => new DeviceVerificationService(
            Api(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DeviceVerificationService>>()));
        Register(services, static (provider, key) => new TokenHandler(
            Api(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<TokenHandler>>(),
            provider.GetKeyedService<ITokenHandlerSpi>(key) ?? provider.GetService<ITokenHandlerSpi>()));
        Register(services, static (provider, key) => new DiscoveryHandler(
            Api(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DiscoveryHandler>>()));
        Register(services, static (provider, key) => new UserInfoHandler(
            Api(provider, key),
            Spi<IUserInfoHandlerSpi>(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<UserInfoHandler>>()));
        Register(services, static (provider, key) => new IntrospectionHandler(
            Api(provider, key),
            Spi<IIntrospectionHandlerSpi>(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<IntrospectionHandler>>()));
        Register(services, static (provider, key) => new RevocationHandler(
            Api(provider, key),
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthleteAspNetCoreOptions>>(),
            provider.GetRequiredService<Microsoft.Extensions.Logging.ILogger<RevocationHandler>>()));
        if (!services.Any(static d => d.ServiceType == typeof(AuthleteEndpointChecks)))
        {
            services.AddSingleton<AuthleteEndpointChecks>();
            services.AddHostedService(static provider => provider.GetRequiredService<AuthleteEndpointChecks>());
        }

        return services;
    }

    /// <summary>Registers <typeparamref name="T"/> without a key and for any key, from one factory (the key is null for the former).</summary>
    private static void Register<T>(IServiceCollection services, Func<IServiceProvider, object?, T> create)
        where T : class
    {
        services.TryAddScoped(provider => create(provider, null));
        services.TryAddKeyedScoped(KeyedService.AnyKey, (provider, key) => create(provider, key));
    }

    /// <summary>The Authlete client of <paramref name="key"/>: the default one when it is null.</summary>
    private static IAuthleteApi Api(IServiceProvider provider, object? key) => provider.GetRequiredKeyedService<IAuthleteApi>(key);

    /// <summary>The host's SPI registered under <paramref name="key"/>, else the one registered without a key.</summary>
    private static TSpi Spi<TSpi>(IServiceProvider provider, object? key)
        where TSpi : notnull
        => provider.GetKeyedService<TSpi>(key) ?? provider.GetRequiredService<TSpi>();

    private static string? Key(object? key) => key as string ?? key?.ToString();

    /// <summary>Registers <typeparamref name="TSpi"/> as the <see cref="IBackchannelAuthenticationHandlerSpi"/> (scoped) and the rest as <see cref="AddAuthleteAspNetCore"/> does.</summary>
    /// <typeparam name="TSpi">The host's implementation: how it identifies users and reaches their authentication device.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddAuthleteCiba<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSpi>(this IServiceCollection services, Action<AuthleteAspNetCoreOptions>? configure = null)
        where TSpi : class, IBackchannelAuthenticationHandlerSpi
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IBackchannelAuthenticationHandlerSpi, TSpi>();
        return services.AddAuthleteAspNetCore(configure);
    }

    /// <summary>Registers <typeparamref name="TSpi"/> as the <see cref="IUserInfoHandlerSpi"/> (scoped) and the rest as <see cref="AddAuthleteAspNetCore"/> does.</summary>
    /// <typeparam name="TSpi">The host's implementation: the values of its users' claims.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddAuthleteUserInfo<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSpi>(this IServiceCollection services, Action<AuthleteAspNetCoreOptions>? configure = null)
        where TSpi : class, IUserInfoHandlerSpi
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IUserInfoHandlerSpi, TSpi>();
        return services.AddAuthleteAspNetCore(configure);
    }

    /// <summary>Registers <typeparamref name="TSpi"/> as the <see cref="IIntrospectionHandlerSpi"/> (scoped) and the rest as <see cref="AddAuthleteAspNetCore"/> does.</summary>
    /// <typeparam name="TSpi">The host's implementation: which resource servers may introspect tokens.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddAuthleteIntrospection<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSpi>(this IServiceCollection services, Action<AuthleteAspNetCoreOptions>? configure = null)
        where TSpi : class, IIntrospectionHandlerSpi
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IIntrospectionHandlerSpi, TSpi>();
        return services.AddAuthleteAspNetCore(configure);
    }
}
