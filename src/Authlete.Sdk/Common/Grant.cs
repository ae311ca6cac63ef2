using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A Grant Management grant: what an earlier authorization granted.
/// </summary>
public sealed class Grant : AuthleteModel
{
    /// <summary>The granted scopes. (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<GrantScope>? Scopes { get; set; }

    /// <summary>The granted claims. (wire name <c>claims</c>)</summary>
    public IReadOnlyList<string>? Claims { get; set; }

    /// <summary>The granted authorization details. (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }
}
