namespace Authlete.Sdk.Testing.Token;

/// <summary>The tokens issued for a grant.</summary>
internal sealed class IssuedTokens
{
    public required string AccessToken { get; init; }

    public required long AccessTokenDuration { get; init; }

    public required DateTimeOffset AccessTokenExpiresAt { get; init; }

    public string? RefreshToken { get; init; }

    public long RefreshTokenDuration { get; init; }

    public DateTimeOffset? RefreshTokenExpiresAt { get; init; }

    public string? IdToken { get; init; }

    public long IdTokenDuration { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required string Subject { get; init; }

    public IReadOnlyList<Property>? Properties { get; init; }

    /// <summary>The token response body for the client (RFC 6749 §5.1).</summary>
    public string ToResponseContent() => AuthleteJsonSerializer.Serialize(new TokenContent
    {
        AccessToken = AccessToken,
        TokenType = "Bearer",
        ExpiresIn = AccessTokenDuration,
        RefreshToken = RefreshToken,
        Scope = Scopes.Count > 0 ? string.Join(' ', Scopes) : null,
        IdToken = IdToken,
    });
}
