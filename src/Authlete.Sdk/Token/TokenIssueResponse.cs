using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/token/issue</c> API.
/// </summary>
/// <remarks>
/// This response has no <c>DPoP-Nonce</c> or attestation challenge of its own: send those of the preceding
/// <c>/auth/token</c> response.
/// </remarks>
public sealed class TokenIssueResponse : AuthleteClientResponse, IAuthleteAnswerResponse<TokenIssueAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TokenIssueAction Action { get; set; }

    /// <summary>The ready-made body (JSON text) for the client: the token response or an error (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The issued access token (<c>OK</c> only). A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <summary>The access token expiry, milliseconds since the Unix epoch (wire name <c>accessTokenExpiresAt</c>)</summary>
    public long AccessTokenExpiresAt { get; set; }

    /// <summary>The access token lifetime in seconds (wire name <c>accessTokenDuration</c>)</summary>
    public long AccessTokenDuration { get; set; }

    /// <summary>The issued refresh token, when the service issues refresh tokens. A secret (wire name <c>refreshToken</c>)</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The refresh token expiry, milliseconds since the Unix epoch (wire name <c>refreshTokenExpiresAt</c>)</summary>
    public long RefreshTokenExpiresAt { get; set; }

    /// <summary>The refresh token lifetime in seconds (wire name <c>refreshTokenDuration</c>)</summary>
    public long RefreshTokenDuration { get; set; }

    /// <summary>The resource owner of the tokens (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The scopes the access token covers (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>Extra properties attached to the access token; null when there are none (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>The JWT form of the access token, issued beside the random-string one when the service signs access tokens. A secret (wire name <c>jwtAccessToken</c>)</summary>
    public string? JwtAccessToken { get; set; }

    /// <summary>The resources the access token is bound to (wire name <c>accessTokenResources</c>)</summary>
    public IReadOnlyList<string>? AccessTokenResources { get; set; }

    /// <summary>RFC 9396 <c>authorization_details</c> of the access token (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>The scopes tied to the refresh token; may be null (wire name <c>refreshTokenScopes</c>)</summary>
    public IReadOnlyList<string>? RefreshTokenScopes { get; set; }

    /// <summary>Reads <see cref="ResponseContent"/> as the successful token response (RFC 6749 §5.1).</summary>
    /// <returns>The content, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public TokenContent? ReadContent() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.TokenContent);
}
