using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>The client credentials of a request, read as the token endpoint reads them.</summary>
internal readonly record struct ClientCredentials(string? ClientId, string? ClientSecret, bool UsedBasic, string? CertificatePem)
{
    /// <summary>The HTTP Basic credentials (RFC 6749 §2.3.1) and the mutual-TLS certificate of the request.</summary>
    public static ClientCredentials FromHeaders(HttpContext context)
    {
        // AuthleteClientRequestExtensions parse Basic exactly as for /auth/token (form-decoding both parts); a scratch
        // request reuses that parser for the requests that are not AuthleteClientRequests.
        var scratch = new TokenRequest()
            .WithClientCredentials(context.Request.Headers.Authorization.ToString())
            .WithClientCertificate(context.Connection.ClientCertificate);
        return new ClientCredentials(scratch.ClientId, scratch.ClientSecret, scratch.ClientId is not null, scratch.ClientCertificate);
    }
}
