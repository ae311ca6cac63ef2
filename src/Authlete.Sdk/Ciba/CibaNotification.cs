using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The body of a CIBA notification to the client notification endpoint: ping (CIBA Core §10.2), push success and push error (§10.3).
/// </summary>
public sealed class CibaNotification : AuthleteModel
{
    /// <summary>The <c>auth_req_id</c> the notification is about (always present) (wire name <c>auth_req_id</c>)</summary>
    [JsonPropertyName("auth_req_id")]
    public string? AuthReqId { get; set; }

    /// <summary>The access token (push success). A secret (wire name <c>access_token</c>)</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>The token type, for example <c>Bearer</c> (push success) (wire name <c>token_type</c>)</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>The refresh token (push success). A secret (wire name <c>refresh_token</c>)</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }

    /// <summary>The access token lifetime in seconds (push success) (wire name <c>expires_in</c>)</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    /// <summary>The ID token (push success) (wire name <c>id_token</c>)</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; set; }

    /// <summary>The error code (push error): <c>access_denied</c>, <c>expired_token</c> or <c>transaction_failed</c> (wire name <c>error</c>)</summary>
    public string? Error { get; set; }

    /// <summary>A human-readable description of the error (push error) (wire name <c>error_description</c>)</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }

    /// <summary>True when the notification reports an error (push error).</summary>
    [JsonIgnore]
    public bool IsError => Error is not null;
}
