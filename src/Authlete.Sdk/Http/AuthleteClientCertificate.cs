using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Authlete.Sdk.Http;

/// <summary>
/// The TLS client certificate that makes the service access token certificate-bound (RFC 8705): the PEM text of
/// <see cref="AuthleteOptions.ClientCertificate"/> (<c>AUTHLETE_CLIENT_CERTIFICATE</c>), with its private key, presented
/// on every connection to Authlete.
/// </summary>
internal static class AuthleteClientCertificate
{
    private static readonly ConditionalWeakTable<AuthleteOptions, Entry> Cache = [];

    /// <summary>The certificate of <paramref name="options"/>, loaded once per options instance.</summary>
    /// <returns>The certificate with its private key, or null when the options have none.</returns>
    /// <exception cref="FormatException">The text is not a certificate with its key; the message never shows the text.</exception>
    public static X509Certificate2? For(AuthleteOptions options)
    {
        string? pem = options.ClientCertificate;
        if (string.IsNullOrWhiteSpace(pem))
        {
            return null;
        }

        // Stryker disable once Block : without the cache the certificate is loaded again from the same PEM: the same certificate
        if (Cache.TryGetValue(options, out Entry? cached) && string.Equals(cached.Pem, pem, StringComparison.Ordinal))
        {
            return cached.Certificate;
        }

        X509Certificate2 certificate = Load(pem);
        // Stryker disable once Statement : without the cache the certificate is loaded again from the same PEM: the same certificate
        Cache.AddOrUpdate(options, new Entry(pem, certificate));
        return certificate;
    }

    /// <summary>Adds the certificate to a primary handler the client can present it with.</summary>
    /// <param name="handler">The primary handler.</param>
    /// <param name="certificate">The certificate.</param>
    /// <exception cref="InvalidOperationException">The handler is of a kind that cannot present a certificate.</exception>
    public static void Apply(HttpMessageHandler handler, X509Certificate2 certificate)
    {
        switch (handler)
        {
            case SocketsHttpHandler sockets:
                sockets.SslOptions.ClientCertificates ??= [];
                if (!sockets.SslOptions.ClientCertificates.Contains(certificate))
                {
                    sockets.SslOptions.ClientCertificates.Add(certificate);
                }

                break;
            case HttpClientHandler client:
                client.ClientCertificateOptions = ClientCertificateOption.Manual;
                if (!client.ClientCertificates.Contains(certificate))
                {
                    client.ClientCertificates.Add(certificate);
                }

                break;
            default:
                throw new InvalidOperationException(
                    $"Authlete:ClientCertificate is set, but the Authlete client's primary handler is a {handler.GetType().Name}, which cannot present a TLS client certificate. Use a SocketsHttpHandler or an HttpClientHandler (AuthleteApi.CreateHandler(options)).");
        }
    }

    private static X509Certificate2 Load(string pem)
    {
        X509Certificate2 loaded;
        try
        {
            loaded = X509Certificate2.CreateFromPem(pem, pem);
        }
        catch (CryptographicException)
        {
            throw new FormatException(
                "it must be PEM text holding the certificate (-----BEGIN CERTIFICATE-----) and its private key (-----BEGIN PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY), unencrypted.");
        }
        catch (ArgumentException)
        {
            throw new FormatException(
                "it must be PEM text holding the certificate (-----BEGIN CERTIFICATE-----) and its private key (-----BEGIN PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY), unencrypted.");
        }

        // Stryker disable once Boolean : selects how the key is imported for Windows' TLS stack; both ways give a usable certificate off Windows, where the tests run
        if (!OperatingSystem.IsWindows())
        {
            return loaded;
        }

        // Windows' TLS stack (SChannel) cannot use an ephemeral key: round-trip through PKCS #12 to give it a usable one.
        // Stryker disable once Block : reached on Windows only; the tests run on Linux
        using (loaded)
        {
#if NET9_0_OR_GREATER
            return X509CertificateLoader.LoadPkcs12(loaded.Export(X509ContentType.Pkcs12), null);
#else
            return new X509Certificate2(loaded.Export(X509ContentType.Pkcs12));
#endif
        }
    }

    private sealed record Entry(string Pem, X509Certificate2 Certificate);
}
