using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A scope entry of a Grant Management grant.
/// </summary>
public sealed class GrantScope : AuthleteModel
{
    /// <summary>Space-delimited scopes. (wire name <c>scope</c>)</summary>
    public string? Scope { get; set; }

    /// <summary>The resources the scopes are bound to. (wire name <c>resource</c>)</summary>
    public IReadOnlyList<string>? Resource { get; set; }
}
