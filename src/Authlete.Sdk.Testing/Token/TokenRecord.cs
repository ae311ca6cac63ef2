namespace Authlete.Sdk.Testing.Token;

/// <summary>An access token the fake issued (with its refresh token), as introspection, UserInfo and revocation see it.</summary>
internal sealed class TokenRecord
{
    public required IssuedTokens Tokens { get; init; }

    public required FakeClient Client { get; init; }

    public required bool ClientIdAliasUsed { get; init; }

    public required IReadOnlyList<string> Resources { get; init; }

    public required GrantType GrantType { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>The client identifier as the client used it: its alias when it used the alias, else its numeric ID.</summary>
    public string ClientIdentifier => ClientIdAliasUsed && Client.ClientIdAlias is not null
        ? Client.ClientIdAlias
        : Client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool AccessTokenActive(DateTimeOffset now) => now < Tokens.AccessTokenExpiresAt;

    public bool RefreshTokenActive(DateTimeOffset now) => Tokens.RefreshTokenExpiresAt is { } expiresAt && now < expiresAt;
}
