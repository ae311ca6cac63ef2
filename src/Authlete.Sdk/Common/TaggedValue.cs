using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A value tagged with a language (BCP 47), such as a localized scope description.
/// </summary>
public sealed class TaggedValue : AuthleteModel
{
    /// <summary>The language tag. (wire name <c>tag</c>)</summary>
    public string? Tag { get; set; }

    /// <summary>The value. (wire name <c>value</c>)</summary>
    public string? Value { get; set; }
}
