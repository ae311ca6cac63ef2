using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A scope as Authlete describes it.
/// </summary>
public sealed class Scope : AuthleteModel
{
    /// <summary>The scope name. (wire name <c>name</c>)</summary>
    public string? Name { get; set; }

    /// <summary>Whether the scope is a default scope. (wire name <c>defaultEntry</c>)</summary>
    public bool DefaultEntry { get; set; }

    /// <summary>The description; null in the flow APIs' responses. (wire name <c>description</c>)</summary>
    public string? Description { get; set; }

    /// <summary>Localized descriptions; null in the flow APIs' responses. (wire name <c>descriptions</c>)</summary>
    public IReadOnlyList<TaggedValue>? Descriptions { get; set; }

    /// <summary>Arbitrary attributes of the scope. (wire name <c>attributes</c>)</summary>
    public IReadOnlyList<Pair>? Attributes { get; set; }
}
