using System.Text.Json.Serialization;
using Authlete.Sdk.Json;

namespace Authlete.Sdk;

/// <summary>
/// An introspection response (RFC 7662 §2.2), as Authlete puts it in the content of <c>/auth/introspection/standard</c>.
/// Members Authlete adds beyond these (for example <c>cnf</c> or <c>authorization_details</c>) stay in
/// <see cref="AuthleteModel.ExtensionData"/>.
/// </summary>
public sealed class IntrospectionContent : AuthleteModel
{
    /// <summary>Whether the token is active; when false no other member need be present (wire name <c>active</c>)</summary>
    public bool Active { get; set; }

    /// <summary>The scopes of the token, space-delimited (wire name <c>scope</c>)</summary>
    public string? Scope { get; set; }

    /// <summary>The client identifier the token was issued to (wire name <c>client_id</c>)</summary>
    [JsonPropertyName("client_id")]
    public string? ClientId { get; set; }

    /// <summary>A human-readable identifier of the resource owner (wire name <c>username</c>)</summary>
    public string? Username { get; set; }

    /// <summary>The type of the token, for example <c>Bearer</c> or <c>DPoP</c> (wire name <c>token_type</c>)</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>The token expiry, seconds since the Unix epoch (wire name <c>exp</c>)</summary>
    public long? Exp { get; set; }

    /// <summary>The time the token was issued, seconds since the Unix epoch (wire name <c>iat</c>)</summary>
    public long? Iat { get; set; }

    /// <summary>The time before which the token must not be used, seconds since the Unix epoch (wire name <c>nbf</c>)</summary>
    public long? Nbf { get; set; }

    /// <summary>The subject (resource owner) of the token (wire name <c>sub</c>)</summary>
    public string? Sub { get; set; }

    /// <summary>The audiences of the token; a single string on the wire is read as a list of one (wire name <c>aud</c>)</summary>
    [JsonConverter(typeof(StringOrStringListConverter))]
    public IReadOnlyList<string>? Aud { get; set; }

    /// <summary>The issuer of the token (wire name <c>iss</c>)</summary>
    public string? Iss { get; set; }

    /// <summary>The identifier of the token (wire name <c>jti</c>)</summary>
    public string? Jti { get; set; }
}
