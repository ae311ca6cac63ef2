using System.Text;

namespace Authlete.Sdk;

/// <summary>
/// A request to Authlete's <c>/service/jwks/get</c> API (an HTTP GET): the service's JWK Set, the document an
/// authorization server serves at its <c>jwks_uri</c>. Its members travel as query parameters.
/// </summary>
public sealed class ServiceJwksRequest : AuthleteRequest
{
    /// <summary>
    /// Whether the private keys are included (query parameter <c>includePrivateKeys</c>). False by default; never set it
    /// for a document served to clients.
    /// </summary>
    public bool? IncludePrivateKeys { get; set; }

    /// <summary>Whether Authlete pretty-prints the document (query parameter <c>pretty</c>). False by default.</summary>
    public bool? Pretty { get; set; }

    /// <inheritdoc />
    public override void Validate()
    {
    }

    internal override void AppendQuery(StringBuilder query)
    {
        AppendQuery(query, "includePrivateKeys", IncludePrivateKeys);
        AppendQuery(query, "pretty", Pretty);
    }
}
