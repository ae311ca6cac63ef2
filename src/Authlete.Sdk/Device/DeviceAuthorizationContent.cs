using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The device authorization response (RFC 8628 §3.2).
/// </summary>
public sealed class DeviceAuthorizationContent : AuthleteModel
{
    /// <summary>The device verification code. A secret (wire name <c>device_code</c>)</summary>
    [JsonPropertyName("device_code")]
    public string? DeviceCode { get; set; }

    /// <summary>The end-user verification code (wire name <c>user_code</c>)</summary>
    [JsonPropertyName("user_code")]
    public string? UserCode { get; set; }

    /// <summary>The end-user verification URI on the authorization server (wire name <c>verification_uri</c>)</summary>
    [JsonPropertyName("verification_uri")]
    public string? VerificationUri { get; set; }

    /// <summary>The verification URI with the user code in it (wire name <c>verification_uri_complete</c>)</summary>
    [JsonPropertyName("verification_uri_complete")]
    public string? VerificationUriComplete { get; set; }

    /// <summary>The lifetime of the device code and user code in seconds (wire name <c>expires_in</c>)</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    /// <summary>The minimum polling interval in seconds (RFC 8628 default: 5) (wire name <c>interval</c>)</summary>
    public long? Interval { get; set; }
}
