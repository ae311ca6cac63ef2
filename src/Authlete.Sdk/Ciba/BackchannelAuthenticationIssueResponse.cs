using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/backchannel/authentication/issue</c> API.
/// </summary>
public sealed class BackchannelAuthenticationIssueResponse : AuthleteResponse, IAuthleteAnswerResponse<BackchannelAuthenticationIssueAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public BackchannelAuthenticationIssueAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The issued <c>auth_req_id</c> (wire name <c>authReqId</c>)</summary>
    public string? AuthReqId { get; set; }

    /// <summary>The lifetime of the <c>auth_req_id</c> in seconds (wire name <c>expiresIn</c>)</summary>
    public int ExpiresIn { get; set; }

    /// <summary>The minimum polling interval in seconds (wire name <c>interval</c>)</summary>
    public int Interval { get; set; }

    /// <summary>Reads <see cref="ResponseContent"/> as the successful backchannel authentication response (CIBA Core §7.3).</summary>
    /// <returns>The content, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public BackchannelAuthenticationContent? ReadContent() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.BackchannelAuthenticationContent);
}
