using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// Maps the Authlete endpoints as minimal API endpoints (plain <see cref="RequestDelegate"/>s: no reflection-based
/// parameter binding, trimming and Native AOT safe). Register the services first with
/// <see cref="AuthleteAspNetCoreServiceCollectionExtensions.AddAuthleteAspNetCore"/>.
/// </summary>
public static class AuthleteEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the CIBA backchannel authentication endpoint (POST, <see cref="AuthleteAspNetCoreOptions.BackchannelAuthenticationPath"/>
    /// unless <paramref name="pattern"/> is given). Serves poll, ping and push clients alike; needs an <see cref="IBackchannelAuthenticationHandlerSpi"/>.
    /// </summary>
    /// <param name="endpoints">The route builder (the <c>WebApplication</c>).</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder (to add authorization policies, rate limits, CORS...).</returns>
    public static IEndpointConventionBuilder MapAuthleteCiba(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(BackchannelAuthenticationHandler), nameof(MapAuthleteCiba), "builder.Services.AddAuthleteCiba<TSpi>() (or AddAuthleteAspNetCore())");
        Require(endpoints, typeof(IBackchannelAuthenticationHandlerSpi), nameof(MapAuthleteCiba), "builder.Services.AddAuthleteCiba<TSpi>() with your IBackchannelAuthenticationHandlerSpi");
        return RequireClient(endpoints, endpoints.MapPost(pattern ?? Options(endpoints).BackchannelAuthenticationPath, HandleBackchannelAuthentication)
            .WithDisplayName("Authlete CIBA backchannel authentication"));
    }

    /// <summary>
    /// Maps the RFC 8628 device authorization endpoint (POST, <see cref="AuthleteAspNetCoreOptions.DeviceAuthorizationPath"/>
    /// unless <paramref name="pattern"/> is given). The verification page is the host's: it calls <see cref="IDeviceVerificationService"/>.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAuthleteDeviceFlow(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(DeviceAuthorizationHandler), nameof(MapAuthleteDeviceFlow), "builder.Services.AddAuthleteAspNetCore()");
        return RequireClient(endpoints, endpoints.MapPost(pattern ?? Options(endpoints).DeviceAuthorizationPath, HandleDeviceAuthorization)
            .WithDisplayName("Authlete device authorization"));
    }

    /// <summary>Maps the token endpoint (POST, <see cref="AuthleteAspNetCoreOptions.TokenPath"/> unless <paramref name="pattern"/> is given).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAuthleteToken(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(TokenHandler), nameof(MapAuthleteToken), "builder.Services.AddAuthleteAspNetCore()");
        return RequireClient(endpoints, endpoints.MapPost(pattern ?? Options(endpoints).TokenPath, HandleToken)
            .WithDisplayName("Authlete token"));
    }

    /// <summary>
    /// Maps the OpenID Connect UserInfo endpoint (GET and POST, Core §5.3.1; <see cref="AuthleteAspNetCoreOptions.UserInfoPath"/>
    /// unless <paramref name="pattern"/> is given). Needs an <see cref="IUserInfoHandlerSpi"/> for the claim values.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAuthleteUserInfo(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(UserInfoHandler), nameof(MapAuthleteUserInfo), "builder.Services.AddAuthleteUserInfo<TSpi>() (or AddAuthleteAspNetCore())");
        Require(endpoints, typeof(IUserInfoHandlerSpi), nameof(MapAuthleteUserInfo), "builder.Services.AddAuthleteUserInfo<TSpi>() with your IUserInfoHandlerSpi");
        return RequireClient(endpoints, endpoints.MapMethods(pattern ?? Options(endpoints).UserInfoPath, [HttpMethods.Get, HttpMethods.Post], HandleUserInfo)
            .WithDisplayName("Authlete UserInfo"));
    }

    /// <summary>
    /// Maps the RFC 7662 token introspection endpoint (POST, <see cref="AuthleteAspNetCoreOptions.IntrospectionPath"/> unless
    /// <paramref name="pattern"/> is given). Needs an <see cref="IIntrospectionHandlerSpi"/> to authenticate the callers.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAuthleteIntrospection(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(IntrospectionHandler), nameof(MapAuthleteIntrospection), "builder.Services.AddAuthleteIntrospection<TSpi>() (or AddAuthleteAspNetCore())");
        Require(endpoints, typeof(IIntrospectionHandlerSpi), nameof(MapAuthleteIntrospection), "builder.Services.AddAuthleteIntrospection<TSpi>() with your IIntrospectionHandlerSpi");
        return RequireClient(endpoints, endpoints.MapPost(pattern ?? Options(endpoints).IntrospectionPath, HandleIntrospection)
            .WithDisplayName("Authlete token introspection"));
    }

    /// <summary>Maps the RFC 7009 token revocation endpoint (POST, <see cref="AuthleteAspNetCoreOptions.RevocationPath"/> unless <paramref name="pattern"/> is given).</summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="pattern">The route pattern, overriding the option.</param>
    /// <returns>The endpoint's convention builder.</returns>
    public static IEndpointConventionBuilder MapAuthleteRevocation(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Require(endpoints, typeof(RevocationHandler), nameof(MapAuthleteRevocation), "builder.Services.AddAuthleteAspNetCore()");
        return RequireClient(endpoints, endpoints.MapPost(pattern ?? Options(endpoints).RevocationPath, HandleRevocation)
            .WithDisplayName("Authlete token revocation"));
    }

    /// <summary>
    /// Maps the discovery document at <c>/.well-known/openid-configuration</c> (OpenID Connect Discovery 1.0 §4) and
    /// <c>/.well-known/oauth-authorization-server</c> (RFC 8414 §3), and the JWK Set at <paramref name="jwksPattern"/>,
    /// all GET, served unchanged from Authlete's <c>/service/configuration</c> and <c>/service/jwks/get</c>. The service's
    /// settings in Authlete (issuer, endpoints, <c>jwks_uri</c>) must match where the host serves them.
    /// </summary>
    /// <param name="endpoints">The route builder.</param>
    /// <param name="jwksPattern">Where the JWK Set is served; <c>/jwks</c> by default (the document's <c>jwks_uri</c>).</param>
    /// <returns>The convention builder of the three endpoints, as a group.</returns>
    public static IEndpointConventionBuilder MapAuthleteDiscovery(this IEndpointRouteBuilder endpoints, string jwksPattern = "/jwks")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(jwksPattern);
        Require(endpoints, typeof(DiscoveryHandler), nameof(MapAuthleteDiscovery), "builder.Services.AddAuthleteAspNetCore()");
        RouteGroupBuilder group = endpoints.MapGroup(string.Empty);
        group.MapGet("/.well-known/openid-configuration", HandleConfiguration).WithDisplayName("Authlete OpenID Provider metadata");
        group.MapGet("/.well-known/oauth-authorization-server", HandleConfiguration).WithDisplayName("Authlete authorization server metadata");
        group.MapGet(jwksPattern, HandleJwks).WithDisplayName("Authlete JWK Set");
        return RequireClient(endpoints, group);
    }

    private static async Task HandleConfiguration(HttpContext context)
    {
        DiscoveryHandler handler = Resolve<DiscoveryHandler>(context);
        AuthleteResult result = await handler.HandleConfigurationAsync(context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleJwks(HttpContext context)
    {
        DiscoveryHandler handler = Resolve<DiscoveryHandler>(context);
        AuthleteResult result = await handler.HandleJwksAsync(context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    /// <summary>Fails at start-up, naming the missing call, instead of answering 500 to every request.</summary>
    private static void Require(IEndpointRouteBuilder endpoints, Type service, string map, string call)
    {
        IServiceProviderIsService? registry = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (registry is not null && !registry.IsService(service))
        {
            throw new InvalidOperationException($"{map}() needs {service.Name}, which is not registered: call {call} before building the application.");
        }

    }

    /// <summary>
    /// Checks, once the endpoint is built, that it has an Authlete client: the default one (<c>AddAuthleteClient</c>), or
    /// the keyed one its <c>WithAuthleteClient(key)</c> names (which checks that one itself).
    /// </summary>
    private static TBuilder RequireClient<TBuilder>(IEndpointRouteBuilder endpoints, TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        IServiceProviderIsService? registry = endpoints.ServiceProvider.GetService<IServiceProviderIsService>();
        if (registry is null || registry.IsService(typeof(IAuthleteApi)))
        {
            return builder;
        }

        endpoints.ServiceProvider.GetService<AuthleteEndpointChecks>()?.Defer();
        builder.Finally(static endpoint =>
        {
            if (!endpoint.Metadata.OfType<AuthleteClientMetadata>().Any())
            {
                throw new InvalidOperationException(
                    $"{endpoint.DisplayName ?? "An Authlete endpoint"} needs the Authlete client, which is not registered: call builder.Services.AddAuthleteClient(...) before building the application (or bind the endpoint to a keyed client with WithAuthleteClient(key)).");
            }
        });
        return builder;
    }

    /// <summary>The endpoint's service: over the keyed Authlete client its <c>WithAuthleteClient</c> names, else the default one.</summary>
    private static T Resolve<T>(HttpContext context)
        where T : notnull
        => context.GetEndpoint()?.Metadata.GetMetadata<AuthleteClientMetadata>() is { } client
            ? context.RequestServices.GetRequiredKeyedService<T>(client.ServiceKey)
            : context.RequestServices.GetRequiredService<T>();

    private static AuthleteAspNetCoreOptions Options(IEndpointRouteBuilder endpoints)
        => endpoints.ServiceProvider.GetService<IOptions<AuthleteAspNetCoreOptions>>()?.Value ?? new AuthleteAspNetCoreOptions();

    private static async Task HandleBackchannelAuthentication(HttpContext context)
    {
        BackchannelAuthenticationHandler handler = Resolve<BackchannelAuthenticationHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleDeviceAuthorization(HttpContext context)
    {
        DeviceAuthorizationHandler handler = Resolve<DeviceAuthorizationHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleToken(HttpContext context)
    {
        TokenHandler handler = Resolve<TokenHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleUserInfo(HttpContext context)
    {
        UserInfoHandler handler = Resolve<UserInfoHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleIntrospection(HttpContext context)
    {
        IntrospectionHandler handler = Resolve<IntrospectionHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task HandleRevocation(HttpContext context)
    {
        RevocationHandler handler = Resolve<RevocationHandler>(context);
        AuthleteResult result = await handler.HandleAsync(context, context.RequestAborted).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }
}
