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

    /// <summary>The grant the tokens came from (client, resources), kept to refresh them.</summary>
    public required PendingGrant Grant { get; init; }

    /// <summary>The end-user's decision (subject, <c>auth_time</c>, claims...), kept to reissue the ID token on refresh.</summary>
    public required GrantDecision Decision { get; init; }

    /// <summary>The scopes of the refresh token: those originally granted, which a refresh may narrow (RFC 6749 §6) but never widen.</summary>
    public required IReadOnlyList<string> RefreshTokenScopes { get; init; }

    /// <summary>The client identifier as the client used it: its alias when it used the alias, else its numeric ID.</summary>
    public string ClientIdentifier => ClientIdAliasUsed && Client.ClientIdAlias is not null
        ? Client.ClientIdAlias
        : Client.ClientId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool AccessTokenActive(DateTimeOffset now) => now < Tokens.AccessTokenExpiresAt;

    public bool RefreshTokenActive(DateTimeOffset now) => Tokens.RefreshTokenExpiresAt is { } expiresAt && now < expiresAt;
}
