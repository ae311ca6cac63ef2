using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Who called the introspection endpoint, as <see cref="IIntrospectionHandlerSpi.AuthenticateCallerAsync"/> sees it: the
/// client credentials read as the token endpoint reads them (HTTP Basic, else the <c>client_id</c> and
/// <c>client_secret</c> form parameters), and the request itself for any other scheme (a bearer token, mutual TLS).
/// </summary>
public sealed class IntrospectionCaller
{
    /// <summary>Creates the description of a caller.</summary>
    /// <param name="httpContext">The request's context.</param>
    /// <param name="clientId">The client ID sent, or null.</param>
    /// <param name="clientSecret">The client secret sent, or null.</param>
    /// <param name="usedBasic">True when the credentials came in an HTTP Basic <c>Authorization</c> header.</param>
    public IntrospectionCaller(HttpContext httpContext, string? clientId, string? clientSecret, bool usedBasic)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        HttpContext = httpContext;
        ClientId = clientId;
        ClientSecret = clientSecret;
        UsedBasic = usedBasic;
    }

    /// <summary>The request's context (headers, client certificate, authenticated user of your own schemes).</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The client ID sent, or null.</summary>
    public string? ClientId { get; }

    /// <summary>The client secret sent, or null. A secret: never log it.</summary>
    public string? ClientSecret { get; }

    /// <summary>True when the credentials came in an HTTP Basic <c>Authorization</c> header.</summary>
    public bool UsedBasic { get; }

    /// <summary>Describes the caller without its secret.</summary>
    /// <returns>The client ID.</returns>
    public override string ToString() => $"IntrospectionCaller {ClientId ?? "(no client_id)"}";
}
