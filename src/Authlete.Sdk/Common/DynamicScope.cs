using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A dynamic scope found in the <c>scope</c> request parameter; for example <c>payment:123</c> has the name <c>payment</c> and the value <c>123</c>.
/// </summary>
public sealed class DynamicScope : AuthleteModel
{
    /// <summary>The scope name. (wire name <c>name</c>)</summary>
    public string? Name { get; set; }

    /// <summary>The scope value. (wire name <c>value</c>)</summary>
    public string? Value { get; set; }
}
