using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The base of every object this SDK reads from or writes to Authlete. It keeps the JSON members this version
/// of the SDK does not know, so that a member a newer Authlete adds survives a read and a write.
/// </summary>
public abstract class AuthleteModel
{
    /// <summary>
    /// JSON members that have no typed property here, keyed by their wire name. They are written back unchanged;
    /// set entries to send a member this SDK does not yet model.
    /// </summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
