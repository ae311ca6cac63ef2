using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The answer of Authlete's <c>/service/jwks/get</c> API: the service's JWK Set (RFC 7517 §5). Unlike the other APIs the
/// body is the document itself, with no result code. Authlete answers 204 when the service has no JWK Set: then
/// <see cref="HasContent"/> is false and <see cref="Keys"/> and <see cref="ResponseContent"/> are null.
/// </summary>
/// <remarks>Serve <see cref="ResponseContent"/> unchanged at the authorization server's <c>jwks_uri</c>.</remarks>
public sealed class ServiceJwksResponse : AuthleteResponse, IAuthleteDocumentResponse
{
    /// <summary>The keys (wire name <c>keys</c>).</summary>
    [JsonPropertyName("keys")]
    public IReadOnlyList<JsonWebKey>? Keys { get; set; }

    /// <summary>The document exactly as Authlete sent it, to serve unchanged; null after a 204. Not a wire member (the whole body is).</summary>
    [JsonIgnore]
    public string? ResponseContent { get; set; }

    /// <summary>Whether Authlete sent a JWK Set (false after 204 No Content).</summary>
    [JsonIgnore]
    public bool HasContent => ResponseContent is not null;
}
