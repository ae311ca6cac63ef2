using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A key/value pair (service and client attributes, scope attributes).
/// </summary>
public sealed class Pair : AuthleteModel
{
    /// <summary>The key. (wire name <c>key</c>)</summary>
    public string? Key { get; set; }

    /// <summary>The value. (wire name <c>value</c>)</summary>
    public string? Value { get; set; }
}
