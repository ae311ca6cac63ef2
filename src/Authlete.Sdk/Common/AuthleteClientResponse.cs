using System.Globalization;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The members that identify the client in the responses of the APIs that analyse a client's request.
/// </summary>
public abstract class AuthleteClientResponse : AuthleteResponse
{
    /// <summary>The numeric client ID (64-bit). (wire name <c>clientId</c>)</summary>
    public long ClientId { get; set; }

    /// <summary>The client ID alias, if the client has one. (wire name <c>clientIdAlias</c>)</summary>
    public string? ClientIdAlias { get; set; }

    /// <summary>True when the request identified the client by its alias rather than the numeric ID. (wire name <c>clientIdAliasUsed</c>)</summary>
    public bool ClientIdAliasUsed { get; set; }

    /// <summary>The OpenID Federation entity ID of the client (a URI). (wire name <c>clientEntityId</c>)</summary>
    public string? ClientEntityId { get; set; }

    /// <summary>True when the request identified the client by its entity ID. (wire name <c>clientEntityIdUsed</c>)</summary>
    public bool ClientEntityIdUsed { get; set; }

    /// <summary>The URI of the client's metadata document, when the metadata came from an OAuth Client ID Metadata Document (CIMD). (wire name <c>metadataDocumentLocation</c>)</summary>
    public string? MetadataDocumentLocation { get; set; }

    /// <summary>True when the client's metadata was resolved through CIMD instead of Authlete's database. (wire name <c>metadataDocumentUsed</c>)</summary>
    public bool MetadataDocumentUsed { get; set; }

    /// <summary>
    /// The client identifier as the client itself used it: the entity ID when it was used, else the metadata document
    /// location when CIMD was used, else the alias when it was used, else the numeric ID. Not a wire member.
    /// </summary>
    [JsonIgnore]
    public string ClientIdentifier =>
        ClientEntityIdUsed && ClientEntityId is not null ? ClientEntityId
        : MetadataDocumentUsed && MetadataDocumentLocation is not null ? MetadataDocumentLocation
        : ClientIdAliasUsed && ClientIdAlias is not null ? ClientIdAlias
        : ClientId.ToString(CultureInfo.InvariantCulture);
}
