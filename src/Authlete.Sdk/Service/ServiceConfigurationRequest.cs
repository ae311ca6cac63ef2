using System.Text;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/service/configuration</c> API (an HTTP GET): the service's OpenID Provider metadata, the
/// discovery document an authorization server serves at <c>/.well-known/openid-configuration</c>. Its members travel as
/// query parameters.
/// </summary>
public sealed class ServiceConfigurationRequest : AuthleteRequest
{
    /// <summary>Whether Authlete pretty-prints the document (query parameter <c>pretty</c>). False by default.</summary>
    public bool? Pretty { get; set; }

    /// <summary>
    /// An RFC 6902 JSON Patch, as JSON text, that Authlete applies to the document before returning it (query parameter
    /// <c>patch</c>; Authlete 2.2.36 and later).
    /// </summary>
    public string? Patch { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
    }

    internal override void AppendQuery(StringBuilder query)
    {
        AppendQuery(query, "pretty", Pretty);
        AppendQuery(query, "patch", Patch);
    }
}
