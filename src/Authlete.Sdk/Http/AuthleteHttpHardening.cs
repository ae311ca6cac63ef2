using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Http;

/// <summary>
/// What <c>AddAuthleteClient</c> does to the Authlete client's HTTP pipeline so that it cannot leak credentials,
/// whatever else the host configures on the returned builder.
/// </summary>
internal static class AuthleteHttpHardening
{
    /// <summary>
    /// Sets a primary handler that follows no redirects, turns redirects off on any primary handler configured after
    /// it (the action runs after every <c>Configure</c> of the client) and has it present the client certificate of a
    /// certificate-bound service access token, and removes the factory's request loggers:
    /// their log state carries the raw <c>Authorization</c> header even where the message shows <c>*</c>. The client
    /// logs each call itself (API, status, result code, duration).
    /// </summary>
    public static void Apply(IHttpClientBuilder builder, string optionsName)
    {
        builder.ConfigurePrimaryHttpMessageHandler(AuthleteApi.CreateHandler).RemoveAllLoggers();
        builder.Services.PostConfigure<HttpClientFactoryOptions>(
            builder.Name,
            options => options.HttpMessageHandlerBuilderActions.Add(handlers =>
            {
                DisableRedirects(handlers.PrimaryHandler);
                PresentClientCertificate(handlers, optionsName);
            }));
    }

    /// <summary>
    /// Gives the primary handler, whichever the host configured, the certificate of a certificate-bound service access
    /// token (<see cref="AuthleteOptions.ClientCertificate"/>), when set.
    /// </summary>
    private static void PresentClientCertificate(HttpMessageHandlerBuilder handlers, string optionsName)
    {
        // The options in effect when the handler is built: the factory rebuilds handlers every few minutes, so a
        // rotated certificate is presented on new connections without a restart.
        AuthleteOptions options = handlers.Services.GetRequiredService<IOptionsMonitor<AuthleteOptions>>().Get(optionsName);
        if (AuthleteClientCertificate.For(options) is { } certificate)
        {
            AuthleteClientCertificate.Apply(handlers.PrimaryHandler, certificate);
        }
    }

    private static void DisableRedirects(HttpMessageHandler handler)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }
}
