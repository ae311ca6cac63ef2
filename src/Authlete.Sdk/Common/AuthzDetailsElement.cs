using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// One element of RFC 9396 <c>authorization_details</c> as Authlete's API carries it.
/// </summary>
/// <remarks>
/// On the Authlete wire the members RFC 9396 does not define sit inside <see cref="OtherFields"/> as JSON text.
/// </remarks>
public sealed class AuthzDetailsElement : AuthleteModel
{
    /// <summary>The type of the authorization details (required by RFC 9396). (wire name <c>type</c>)</summary>
    public string? Type { get; set; }

    /// <summary>The locations (resource server URIs). (wire name <c>locations</c>)</summary>
    public IReadOnlyList<string>? Locations { get; set; }

    /// <summary>The actions. (wire name <c>actions</c>)</summary>
    public IReadOnlyList<string>? Actions { get; set; }

    /// <summary>The data types. (wire name <c>dataTypes</c>)</summary>
    public IReadOnlyList<string>? DataTypes { get; set; }

    /// <summary>The identifier of a specific resource. (wire name <c>identifier</c>)</summary>
    public string? Identifier { get; set; }

    /// <summary>The privileges. (wire name <c>privileges</c>)</summary>
    public IReadOnlyList<string>? Privileges { get; set; }

    /// <summary>JSON object text holding every other member of the element. (wire name <c>otherFields</c>)</summary>
    public string? OtherFields { get; set; }
}
