using System.Text.Json.Nodes;

namespace Authlete.Samples.Quickstart;

/// <summary>
/// What the client takes from the server's discovery document (OpenID Connect Discovery 1.0 §3): the issuer and every
/// endpoint. Nothing else is configured in the client besides the issuer.
/// </summary>
/// <param name="Issuer">The <c>issuer</c>, equal to the one the document was fetched for (Discovery §4.3).</param>
/// <param name="Document">The whole document.</param>
internal sealed record ProviderMetadata(string Issuer, JsonObject Document)
{
    /// <summary>The endpoints the quickstart uses, by their metadata name.</summary>
    public static readonly string[] EndpointNames =
    [
        "backchannel_authentication_endpoint", "device_authorization_endpoint", "token_endpoint", "jwks_uri",
        "userinfo_endpoint", "introspection_endpoint", "revocation_endpoint",
    ];

    public Uri BackchannelAuthenticationEndpoint => Endpoint("backchannel_authentication_endpoint");

    public Uri DeviceAuthorizationEndpoint => Endpoint("device_authorization_endpoint");

    public Uri TokenEndpoint => Endpoint("token_endpoint");

    public Uri JwksUri => Endpoint("jwks_uri");

    public Uri UserInfoEndpoint => Endpoint("userinfo_endpoint");

    public Uri IntrospectionEndpoint => Endpoint("introspection_endpoint");

    public Uri RevocationEndpoint => Endpoint("revocation_endpoint");

    /// <summary>The values of a metadata array such as <c>grant_types_supported</c>; empty when absent.</summary>
    public IReadOnlyList<string> Values(string name)
        => Document[name] is JsonArray array ? array.Select(v => (string?)v).OfType<string>().ToList() : [];

    /// <summary>An endpoint of the document: an absolute URI.</summary>
    public Uri Endpoint(string name)
        => (Document[name] as JsonValue)?.ToString() is { } text && Uri.TryCreate(text, UriKind.Absolute, out Uri? uri)
            ? uri
            : throw new FlowFailedException($"the discovery document has no {name}");
}
