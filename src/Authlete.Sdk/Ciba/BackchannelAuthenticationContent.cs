using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The successful response of a backchannel authentication endpoint (CIBA Core §7.3).
/// </summary>
public sealed class BackchannelAuthenticationContent : AuthleteModel
{
    /// <summary>The <c>auth_req_id</c> the client uses at the token endpoint (wire name <c>auth_req_id</c>)</summary>
    [JsonPropertyName("auth_req_id")]
    public string? AuthReqId { get; set; }

    /// <summary>The lifetime of the <c>auth_req_id</c> in seconds (wire name <c>expires_in</c>)</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    /// <summary>The minimum polling interval in seconds (poll and ping modes) (wire name <c>interval</c>)</summary>
    public long? Interval { get; set; }
}
