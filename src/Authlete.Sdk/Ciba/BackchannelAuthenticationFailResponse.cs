using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/backchannel/authentication/fail</c> API.
/// </summary>
public sealed class BackchannelAuthenticationFailResponse : AuthleteResponse, IAuthleteAnswerResponse<BackchannelAuthenticationFailAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public BackchannelAuthenticationFailAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }
}
