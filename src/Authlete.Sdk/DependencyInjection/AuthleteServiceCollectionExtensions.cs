using Authlete.Sdk;
using Authlete.Sdk.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Authlete API client.</summary>
public static class AuthleteServiceCollectionExtensions
{
    /// <summary>The prefix of the <see cref="HttpClient"/> name of a keyed client: <c>Authlete:</c> followed by its key.</summary>
    public const string KeyedClientNamePrefix = "Authlete:";

    /// <summary>
    /// Registers <see cref="IAuthleteApi"/> as a typed <see cref="HttpClient"/> configured in code, with the options
    /// validated at start-up and the default resilience pipeline (see <see cref="AuthleteResilienceOptions"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder of <see cref="IAuthleteApi"/>, to add handlers or replace the primary handler.</returns>
    /// <remarks>Calling it again (a test pointing the client at a fake, say) reconfigures: each call's settings apply in
    /// order, and it returns the builder of the same client, with one pipeline.
    /// Also registers <see cref="ICibaNotificationSender"/> (configure it with <c>services.Configure&lt;CibaNotificationSenderOptions&gt;</c>;
    /// validated at start-up by <see cref="CibaNotificationSenderOptionsValidator"/>).</remarks>
    public static IHttpClientBuilder AddAuthleteClient(this IServiceCollection services, Action<AuthleteOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AuthleteOptions>().Configure(configure);
        return AddCore(services, null);
    }

    /// <summary>
    /// Registers <see cref="IAuthleteApi"/> as a typed <see cref="HttpClient"/> configured from <paramref name="configuration"/>:
    /// its <c>Authlete</c> section when it has one, else the given section itself. A change of the configuration (a
    /// rotated credential, say) applies to the clients created after it, without a restart.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root or the <c>Authlete</c> section.</param>
    /// <returns>The HTTP client builder, to add handlers or replace the primary handler.</returns>
    /// <remarks>Calling it again reconfigures the same client (see the other overload).</remarks>
    public static IHttpClientBuilder AddAuthleteClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        Bind(services, Options.Options.DefaultName, configuration);
        return AddCore(services, null);
    }

    /// <summary>
    /// Registers a keyed <see cref="IAuthleteApi"/> for one Authlete service among several (one per tenant, say), with
    /// its own options, <see cref="HttpClient"/> and resilience pipeline; resolve it with
    /// <c>[FromKeyedServices("tenant-a")] IAuthleteApi</c> or <c>GetRequiredKeyedService&lt;IAuthleteApi&gt;("tenant-a")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key of this client; also the name of its options (<c>IOptionsMonitor&lt;AuthleteOptions&gt;.Get(serviceKey)</c>).</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The HTTP client builder of this client.</returns>
    /// <remarks>Calling it again with the same key reconfigures that client. The options are validated at start-up,
    /// each failure prefixed with the key.</remarks>
    public static IHttpClientBuilder AddKeyedAuthleteClient(this IServiceCollection services, string serviceKey, Action<AuthleteOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AuthleteOptions>(serviceKey).Configure(configure);
        return AddCore(services, serviceKey);
    }

    /// <summary>
    /// Registers a keyed <see cref="IAuthleteApi"/> configured from <paramref name="configuration"/> (its <c>Authlete</c>
    /// section when it has one, else the section itself), reloaded when the configuration changes (see
    /// <see cref="AddKeyedAuthleteClient(IServiceCollection, string, Action{AuthleteOptions})"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The key of this client and the name of its options.</param>
    /// <param name="configuration">This service's section, for example <c>Tenants:A</c>.</param>
    /// <returns>The HTTP client builder of this client.</returns>
    public static IHttpClientBuilder AddKeyedAuthleteClient(this IServiceCollection services, string serviceKey, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configuration);
        Bind(services, serviceKey, configuration);
        return AddCore(services, serviceKey);
    }

    private static void Bind(IServiceCollection services, string optionsName, IConfiguration configuration)
    {
        IConfigurationSection section = configuration.GetSection(AuthleteOptions.SectionName);
        IConfiguration source = section.Exists() ? section : configuration;
        services.AddOptions<AuthleteOptions>(optionsName).Configure(options => AuthleteOptionsBinder.Bind(source, options));

        // IOptionsMonitor rebuilds the options when the configuration reloads: clients created after it use them.
        services.AddSingleton<IOptionsChangeTokenSource<AuthleteOptions>>(new ConfigurationChangeTokenSource<AuthleteOptions>(optionsName, source));
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services, string? serviceKey)
    {
        string optionsName = serviceKey ?? Options.Options.DefaultName;

        // A second call for the same client (a test pointing it at a fake, say) reconfigures the options and returns
        // the same client's builder; it never stacks a second pipeline.
        foreach (ServiceDescriptor descriptor in services)
        {
            if (descriptor.ServiceType == typeof(AuthleteClientRegistration)
                && descriptor.ImplementationInstance is AuthleteClientRegistration existing
                && existing.OptionsName == optionsName)
            {
                return services.AddHttpClient(existing.ClientName);
            }
        }

        services.AddOptions<AuthleteOptions>(optionsName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthleteOptions>, AuthleteOptionsValidator>());
        IHttpClientBuilder builder;
        if (serviceKey is null)
        {
            builder = services.AddHttpClient<IAuthleteApi, AuthleteApi>(static (httpClient, provider) => CreateApi(httpClient, provider, Options.Options.DefaultName));
        }
        else
        {
            builder = services.AddHttpClient(KeyedClientNamePrefix + serviceKey);
            string clientName = builder.Name;
            services.AddKeyedTransient<IAuthleteApi>(serviceKey, (provider, _) =>
                CreateApi(provider.GetRequiredService<IHttpClientFactory>().CreateClient(clientName), provider, serviceKey));
        }

        AuthleteResiliencePipeline.AddTo(builder, optionsName);

        // Inside the pipeline, so once per attempt: a retried request gets a fresh DPoP proof.
        builder.AddHttpMessageHandler(static () => new AuthleteDpopHandler());
        AuthleteHttpHardening.Apply(builder, optionsName);
        services.AddSingleton(new AuthleteClientRegistration(optionsName, builder.Name));
        AddNotificationSender(services);
        return builder;
    }

    /// <summary>
    /// The options in effect now: a reloaded configuration or rotated credential applies to the next client. The monitor
    /// hands out one options instance until a reload, so what the client derives from it (checked options, base address,
    /// credentials, URIs) is derived once per instance, not once per scope.
    /// </summary>
    private static AuthleteApi CreateApi(HttpClient httpClient, IServiceProvider provider, string optionsName)
        => new(
            httpClient,
            AuthleteApiSettings.For(provider.GetRequiredService<IOptionsMonitor<AuthleteOptions>>().Get(optionsName)),
            provider.GetService<ILogger<AuthleteApi>>());

    /// <summary>
    /// The CIBA notification sender gets its own client, once whatever the number of Authlete clients: no redirects, no
    /// retries, no proxy (a notification carries tokens), and a handler that connects only to addresses the options allow.
    /// </summary>
    private static void AddNotificationSender(IServiceCollection services)
    {
        if (services.Any(static d => d.ServiceType == typeof(ICibaNotificationSender)))
        {
            return;
        }

        services.AddOptions<CibaNotificationSenderOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CibaNotificationSenderOptions>, CibaNotificationSenderOptionsValidator>());
        services.AddHttpClient<ICibaNotificationSender, CibaNotificationSender>(static (httpClient, provider) =>
                new CibaNotificationSender(
                    httpClient,
                    provider.GetRequiredService<IOptions<CibaNotificationSenderOptions>>().Value,
                    provider.GetService<ILogger<CibaNotificationSender>>()))
            .ConfigurePrimaryHttpMessageHandler(static provider =>
                CibaNotificationSender.CreateHandler(provider.GetRequiredService<IOptions<CibaNotificationSenderOptions>>().Value))
            .RemoveAllLoggers();
    }
}
