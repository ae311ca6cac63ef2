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
        return AddCore(services);
    }

    /// <summary>
    /// Registers <see cref="IAuthleteApi"/> as a typed <see cref="HttpClient"/> configured from <paramref name="configuration"/>:
    /// its <c>Authlete</c> section when it has one, else the given section itself.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root or the <c>Authlete</c> section.</param>
    /// <returns>The HTTP client builder, to add handlers or replace the primary handler.</returns>
    /// <remarks>Calling it again reconfigures the same client (see the other overload).</remarks>
    public static IHttpClientBuilder AddAuthleteClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        IConfigurationSection section = configuration.GetSection(AuthleteOptions.SectionName);
        IConfiguration source = section.Exists() ? section : configuration;
        services.AddOptions<AuthleteOptions>().Configure(options => AuthleteOptionsBinder.Bind(source, options));
        return AddCore(services);
    }

    private static IHttpClientBuilder AddCore(IServiceCollection services)
    {
        // A second call (a test pointing the client at a fake, say) reconfigures the options and returns the same
        // client's builder; it never stacks a second pipeline or a second notification client.
        ServiceDescriptor? registered = services.FirstOrDefault(static d => d.ServiceType == typeof(AuthleteClientRegistration));
        if (registered?.ImplementationInstance is AuthleteClientRegistration existing)
        {
            return services.AddHttpClient(existing.Name);
        }

        services.AddOptions<AuthleteOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuthleteOptions>, AuthleteOptionsValidator>());
        IHttpClientBuilder builder = services.AddHttpClient<IAuthleteApi, AuthleteApi>(static (httpClient, provider) =>
            new AuthleteApi(
                httpClient,
                provider.GetRequiredService<IOptions<AuthleteOptions>>().Value,
                provider.GetService<ILogger<AuthleteApi>>()));
        AuthleteResiliencePipeline.AddTo(builder);

        // Inside the pipeline, so once per attempt: a retried request gets a fresh DPoP proof.
        builder.AddHttpMessageHandler(static () => new AuthleteDpopHandler());
        AuthleteHttpHardening.Apply(builder);
        services.AddSingleton(new AuthleteClientRegistration(builder.Name));

        // The CIBA notification sender gets its own client: no redirects, no retries, no proxy (a notification carries
        // tokens), and a handler that connects only to addresses the options allow.
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
        return builder;
    }
}
