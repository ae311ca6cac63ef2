using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/device/complete</c> API. It has no response content: the authorization server shows its own result page.
/// </summary>
public sealed class DeviceCompleteResponse : AuthleteResponse
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public DeviceCompleteAction Action { get; set; }
}
