using Authlete.Sdk.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk;

/// <summary>
/// The response of Authlete's <c>/auth/token</c> API.
/// </summary>
public sealed class TokenResponse : AuthleteClientResponse, IAuthleteAnswerResponse<TokenAction>
{
    /// <summary>What the authorization server must do next; <c>Action.Kind</c> gives it as a C# enum for a plain <c>switch</c> (wire name <c>action</c>)</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public TokenAction Action { get; set; }

    /// <summary>The ready-made body (usually JSON text) for the client; its meaning depends on the action (wire name <c>responseContent</c>)</summary>
    public string? ResponseContent { get; set; }

    /// <summary>The <c>username</c> of a resource owner password request (wire name <c>username</c>)</summary>
    public string? Username { get; set; }

    /// <summary>The <c>password</c> of a resource owner password request. A secret (wire name <c>password</c>)</summary>
    public string? Password { get; set; }

    /// <summary>The ticket for <c>/auth/token/issue</c> or <c>/auth/token/fail</c> (PASSWORD action only) (wire name <c>ticket</c>)</summary>
    public string? Ticket { get; set; }

    /// <summary>The issued access token. A secret (wire name <c>accessToken</c>)</summary>
    public string? AccessToken { get; set; }

    /// <summary>The access token expiry, milliseconds since the Unix epoch (wire name <c>accessTokenExpiresAt</c>)</summary>
    public long AccessTokenExpiresAt { get; set; }

    /// <summary>The access token lifetime in seconds; 0 when none was issued (wire name <c>accessTokenDuration</c>)</summary>
    public long AccessTokenDuration { get; set; }

    /// <summary>The issued refresh token. A secret (wire name <c>refreshToken</c>)</summary>
    public string? RefreshToken { get; set; }

    /// <summary>The refresh token expiry, milliseconds since the Unix epoch (wire name <c>refreshTokenExpiresAt</c>)</summary>
    public long RefreshTokenExpiresAt { get; set; }

    /// <summary>The refresh token lifetime in seconds; 0 when none was issued (wire name <c>refreshTokenDuration</c>)</summary>
    public long RefreshTokenDuration { get; set; }

    /// <summary>The issued ID token (wire name <c>idToken</c>)</summary>
    public string? IdToken { get; set; }

    /// <summary>The grant type of the token request (wire name <c>grantType</c>)</summary>
    public GrantType? GrantType { get; set; }

    /// <summary>The resource owner of the token (null for client credentials) (wire name <c>subject</c>)</summary>
    public string? Subject { get; set; }

    /// <summary>The scopes the token covers (wire name <c>scopes</c>)</summary>
    public IReadOnlyList<string>? Scopes { get; set; }

    /// <summary>Extra properties attached to the token (wire name <c>properties</c>)</summary>
    public IReadOnlyList<Property>? Properties { get; set; }

    /// <summary>The JWT form of the access token, when the service issues JWT access tokens. A secret (wire name <c>jwtAccessToken</c>)</summary>
    public string? JwtAccessToken { get; set; }

    /// <summary>Resource indicators (RFC 8707 <c>resource</c> parameters) (wire name <c>resources</c>)</summary>
    public IReadOnlyList<string>? Resources { get; set; }

    /// <summary>The resources the issued access token is bound to (wire name <c>accessTokenResources</c>)</summary>
    public IReadOnlyList<string>? AccessTokenResources { get; set; }

    /// <summary>RFC 9396 <c>authorization_details</c> (wire name <c>authorizationDetails</c>)</summary>
    public AuthzDetails? AuthorizationDetails { get; set; }

    /// <summary>JSON object text of additional ID token claims (wire name <c>additionalClaims</c>)</summary>
    public string? AdditionalClaims { get; set; }

    /// <summary>Arbitrary attributes configured on the service (wire name <c>serviceAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ServiceAttributes { get; set; }

    /// <summary>Arbitrary attributes configured on the client (wire name <c>clientAttributes</c>)</summary>
    public IReadOnlyList<Pair>? ClientAttributes { get; set; }

    /// <summary>The client authentication method used or required (wire name <c>clientAuthMethod</c>)</summary>
    public ClientAuthMethod? ClientAuthMethod { get; set; }

    /// <summary>The Grant Management <c>grant_id</c> (wire name <c>grantId</c>)</summary>
    public string? GrantId { get; set; }

    /// <summary>The <c>audience</c> values of a token exchange request (wire name <c>audiences</c>)</summary>
    public IReadOnlyList<string>? Audiences { get; set; }

    /// <summary>The <c>requested_token_type</c> of a token exchange request (wire name <c>requestedTokenType</c>)</summary>
    public TokenType? RequestedTokenType { get; set; }

    /// <summary>The <c>subject_token</c> of a token exchange request. A secret (wire name <c>subjectToken</c>)</summary>
    public string? SubjectToken { get; set; }

    /// <summary>The <c>subject_token_type</c> of a token exchange request (wire name <c>subjectTokenType</c>)</summary>
    public TokenType? SubjectTokenType { get; set; }

    /// <summary>Details of the subject token, when Authlete issued it (wire name <c>subjectTokenInfo</c>)</summary>
    public TokenInfo? SubjectTokenInfo { get; set; }

    /// <summary>The <c>actor_token</c> of a token exchange request. A secret (wire name <c>actorToken</c>)</summary>
    public string? ActorToken { get; set; }

    /// <summary>The <c>actor_token_type</c> of a token exchange request (wire name <c>actorTokenType</c>)</summary>
    public TokenType? ActorTokenType { get; set; }

    /// <summary>Details of the actor token, when Authlete issued it (wire name <c>actorTokenInfo</c>)</summary>
    public TokenInfo? ActorTokenInfo { get; set; }

    /// <summary>The <c>assertion</c> of a JWT bearer grant (RFC 7523) (wire name <c>assertion</c>)</summary>
    public string? Assertion { get; set; }

    /// <summary>True when a just-rotated (kept) refresh token was presented (wire name <c>previousRefreshTokenUsed</c>)</summary>
    public bool PreviousRefreshTokenUsed { get; set; }

    /// <summary>The lifetime of the <c>c_nonce</c> in seconds (OpenID for Verifiable Credential Issuance) (wire name <c>cnonceDuration</c>)</summary>
    public long CnonceDuration { get; set; }

    /// <summary>The nonce to send in the <c>DPoP-Nonce</c> response header (wire name <c>dpopNonce</c>)</summary>
    public string? DpopNonce { get; set; }

    /// <summary>The <c>c_nonce</c> (OpenID for Verifiable Credential Issuance) (wire name <c>cnonce</c>)</summary>
    public string? Cnonce { get; set; }

    /// <summary>The <c>c_nonce</c> expiry, milliseconds since the Unix epoch (wire name <c>cnonceExpiresAt</c>)</summary>
    public long CnonceExpiresAt { get; set; }

    /// <summary>The claims the original authorization request asked to embed in ID tokens (wire name <c>requestedIdTokenClaims</c>)</summary>
    public IReadOnlyList<string>? RequestedIdTokenClaims { get; set; }

    /// <summary>The scopes tied to the refresh token (wire name <c>refreshTokenScopes</c>)</summary>
    public IReadOnlyList<string>? RefreshTokenScopes { get; set; }

    /// <summary>The authentication session ID (OpenID Native SSO) (wire name <c>sessionId</c>)</summary>
    public string? SessionId { get; set; }

    /// <summary>The device secret presented or issued for OpenID Native SSO. A secret (wire name <c>deviceSecret</c>)</summary>
    public string? DeviceSecret { get; set; }

    /// <summary>The hash of the device secret (OpenID Native SSO) (wire name <c>deviceSecretHash</c>)</summary>
    public string? DeviceSecretHash { get; set; }

    /// <summary>The expected <c>challenge</c> of the client attestation proof of possession; when set, return it to the client in an <c>OAuth-Client-Attestation-Challenge</c> header (Authlete 3.0.28+) (wire name <c>attestationChallenge</c>)</summary>
    public string? AttestationChallenge { get; set; }

    /// <summary>Reads <see cref="ResponseContent"/> as the successful token response (RFC 6749 §5.1).</summary>
    /// <returns>The content, or null when there is no response content.</returns>
    /// <exception cref="AuthleteSerializationException">The response content is not a JSON object.</exception>
    public TokenContent? ReadContent() => ResponseContentReader.Read(ResponseContent, ResponseContentJsonContext.Default.TokenContent);
}
