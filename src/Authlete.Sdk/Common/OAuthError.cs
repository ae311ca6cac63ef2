using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// An OAuth error body (RFC 6749 §5.2) as Authlete puts it in a response content: <c>error</c>, <c>error_description</c>, <c>error_uri</c>.
/// </summary>
public sealed class OAuthError : AuthleteModel
{
    /// <summary>The error code, for example <c>authorization_pending</c> (wire name <c>error</c>)</summary>
    public string? Error { get; set; }

    /// <summary>A human-readable description (wire name <c>error_description</c>)</summary>
    [JsonPropertyName("error_description")]
    public string? ErrorDescription { get; set; }

    /// <summary>A URI of a page describing the error (wire name <c>error_uri</c>)</summary>
    [JsonPropertyName("error_uri")]
    public string? ErrorUri { get; set; }
}
