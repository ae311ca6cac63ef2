using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// RFC 9396 <c>authorization_details</c>, in the shape Authlete's API uses: an object holding the elements.
/// </summary>
public sealed class AuthzDetails : AuthleteModel
{
    /// <summary>The elements. (wire name <c>elements</c>)</summary>
    public IReadOnlyList<AuthzDetailsElement>? Elements { get; set; }
}
