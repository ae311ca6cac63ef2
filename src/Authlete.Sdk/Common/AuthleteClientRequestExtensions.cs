using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Authlete.Sdk;

/// <summary>
/// Builds the requests that forward a client's request to Authlete from what a web endpoint receives:
/// form fields, the <c>Authorization</c> header and the client certificate. Nothing needs encoding by hand.
/// </summary>
/// <example>
/// <code>
/// var request = new TokenRequest()
///     .WithParameters(httpRequest.Form)
///     .WithClientCredentials(httpRequest.Headers.Authorization)
///     .WithClientCertificate(httpContext.Connection.ClientCertificate);
/// </code>
/// </example>
public static class AuthleteClientRequestExtensions
{
    /// <summary>Sets <see cref="AuthleteClientRequest.Parameters"/> to the form-encoded form of <paramref name="form"/>.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request to fill.</param>
    /// <param name="form">The form fields, each with one or more values (for example ASP.NET Core's <c>IFormCollection</c>).</param>
    /// <returns>The same request.</returns>
    public static TRequest WithParameters<TRequest>(this TRequest request, IEnumerable<KeyValuePair<string, StringValues>> form)
        where TRequest : AuthleteClientRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var builder = new StringBuilder();
        foreach (KeyValuePair<string, StringValues> field in form)
        {
            foreach (string? value in field.Value)
            {
                AppendField(builder, field.Key, value);
            }
        }

        request.Parameters = builder.ToString();
        return request;
    }

    /// <summary>Sets <see cref="AuthleteClientRequest.Parameters"/> to the form-encoded form of <paramref name="form"/>.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request to fill.</param>
    /// <param name="form">The form fields in order; a key may repeat.</param>
    /// <returns>The same request.</returns>
    public static TRequest WithParameters<TRequest>(this TRequest request, IEnumerable<KeyValuePair<string, string?>> form)
        where TRequest : AuthleteClientRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(form);
        var builder = new StringBuilder();
        foreach (KeyValuePair<string, string?> field in form)
        {
            AppendField(builder, field.Key, field.Value);
        }

        request.Parameters = builder.ToString();
        return request;
    }

    /// <summary>
    /// Sets <see cref="AuthleteClientRequest.ClientId"/> and <see cref="AuthleteClientRequest.ClientSecret"/> from an
    /// HTTP Basic <c>Authorization</c> header value (RFC 6749 §2.3.1: both parts form-decoded). Any other scheme, or
    /// no header, leaves them unset, so that Authlete sees the client as it authenticated.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request to fill.</param>
    /// <param name="authorizationHeader">The <c>Authorization</c> header value, for example <c>Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3</c>.</param>
    /// <returns>The same request.</returns>
    public static TRequest WithClientCredentials<TRequest>(this TRequest request, string? authorizationHeader)
        where TRequest : AuthleteClientRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BasicCredentials.TryParse(authorizationHeader, out string? clientId, out string? clientSecret))
        {
            request.ClientId = clientId;
            request.ClientSecret = clientSecret;
        }

        return request;
    }

    /// <summary>
    /// Sets <see cref="AuthleteClientRequest.ClientCertificate"/> (and optionally the chain) from the mutual-TLS
    /// connection's certificates. A null certificate leaves the request unchanged.
    /// </summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <param name="request">The request to fill.</param>
    /// <param name="certificate">The client certificate, or null.</param>
    /// <param name="chain">Intermediate certificates of the client's chain, if any.</param>
    /// <returns>The same request.</returns>
    public static TRequest WithClientCertificate<TRequest>(
        this TRequest request, X509Certificate2? certificate, IEnumerable<X509Certificate2>? chain = null)
        where TRequest : AuthleteClientRequest
    {
        ArgumentNullException.ThrowIfNull(request);
        if (certificate is not null)
        {
            request.ClientCertificate = certificate.ExportCertificatePem();
            if (chain is not null)
            {
                request.ClientCertificatePath = chain.Select(c => c.ExportCertificatePem()).ToArray();
            }
        }

        return request;
    }

    private static void AppendField(StringBuilder builder, string key, string? value)
    {
        if (builder.Length > 0)
        {
            builder.Append('&');
        }

        builder.Append(WebUtility.UrlEncode(key));
        builder.Append('=');
        builder.Append(WebUtility.UrlEncode(value ?? string.Empty));
    }
}
