using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// An extra property attached to an access token (and to the grant behind it).
/// </summary>
/// <remarks>
/// Create one with the object initializer: <c>new Property { Key = "k", Value = "v" }</c>.
/// </remarks>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Authlete names this type Property; keeping its name lets users find it from Authlete's documentation.")]
public sealed class Property : AuthleteModel
{
    /// <summary>The key. (wire name <c>key</c>)</summary>
    public string? Key { get; set; }

    /// <summary>The value. (wire name <c>value</c>)</summary>
    public string? Value { get; set; }

    /// <summary>When true the property is kept away from the client (for example out of the token response) but stays with the token for the authorization server and resource servers. (wire name <c>hidden</c>)</summary>
    public bool Hidden { get; set; }
}
