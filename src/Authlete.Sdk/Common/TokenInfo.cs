using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// Details of a token Authlete issued (the subject or actor token of a token exchange).
/// </summary>
public sealed class TokenInfo : AuthleteModel
{
    /// <summary>The numeric client ID. (wire name <c>clientId</c>)</summary>
    public long ClientId { get; set; }

    /// <summary>The client ID alias. (wire name <c>clientIdAlias</c>)</summary>
    public string? ClientIdAlias { get; set; }

    /// <summary>Whether the alias was used to identify the client. (wire name <c>clientIdAliasUsed</c>)</summary>
    public bool ClientIdAliasUsed { get; set; }

    /// <summary>The resource owner. (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The scopes. (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<Scope>? Scopes { get; set; }

    /// <summary>Expiry time, milliseconds since the Unix epoch. (wire name <c>expiresAt</c>)</summary>
    public long ExpiresAt { get; set; }

    /// <summary>Extra properties of the token. (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>The resources the token is bound to. (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>The authorization details of the token. (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>The OpenID Federation entity ID of the client. (wire name <c>clientEntityId</c>)</summary>
    public string? ClientEntityId { get; set; }

    /// <summary>Whether the entity ID was used to identify the client. (wire name <c>clientEntityIdUsed</c>)</summary>
    public bool ClientEntityIdUsed { get; set; }

    /// <summary>The location of the client's metadata document (CIMD). (wire name <c>metadataDocumentLocation</c>)</summary>
    public string? MetadataDocumentLocation { get; set; }

    /// <summary>Whether the client's metadata came from a metadata document (CIMD). (wire name <c>metadataDocumentUsed</c>)</summary>
    public bool MetadataDocumentUsed { get; set; }
}
