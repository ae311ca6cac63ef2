using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// A successful token response (RFC 6749 §5.1, OpenID Connect Core §3.1.3.3, RFC 8693 §2.2.1).
/// </summary>
public sealed class TokenContent : AuthleteModel
{
    /// <summary>The access token. A secret (wire name <c>access_token</c>)</summary>
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    /// <summary>The token type, for example <c>Bearer</c> or <c>DPoP</c> (wire name <c>token_type</c>)</summary>
    [JsonPropertyName("token_type")]
    public string? TokenType { get; set; }

    /// <summary>The access token lifetime in seconds (wire name <c>expires_in</c>)</summary>
    [JsonPropertyName("expires_in")]
    public long? ExpiresIn { get; set; }

    /// <summary>The refresh token. A secret (wire name <c>refresh_token</c>)</summary>
    [JsonPropertyName("refresh_token")]
    public string? RefreshToken { get; set; }

    /// <summary>The granted scopes, space-delimited (wire name <c>scope</c>)</summary>
    public string? Scope { get; set; }

    /// <summary>The ID token (wire name <c>id_token</c>)</summary>
    [JsonPropertyName("id_token")]
    public string? IdToken { get; set; }

    /// <summary>The type of the issued token (token exchange) (wire name <c>issued_token_type</c>)</summary>
    [JsonPropertyName("issued_token_type")]
    public string? IssuedTokenType { get; set; }
}
