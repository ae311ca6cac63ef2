namespace Authlete.Sdk.Testing.Token;

/// <summary>What the authorization server told the fake through a complete API: the end-user's decision and the token details.</summary>
internal sealed class GrantDecision
{
    /// <summary><c>AUTHORIZED</c>, <c>ACCESS_DENIED</c> or <c>TRANSACTION_FAILED</c>.</summary>
    public required string Result { get; init; }

    public required string Subject { get; init; }

    public string? Sub { get; init; }

    public long? AuthTime { get; init; }

    public string? Acr { get; init; }

    public string? Claims { get; init; }

    public IReadOnlyList<string>? Scopes { get; init; }

    public IReadOnlyList<Property>? Properties { get; init; }

    public string? AccessToken { get; init; }

    public long? AccessTokenDuration { get; init; }

    public long? RefreshTokenDuration { get; init; }

    public string? IdTokenAudType { get; init; }

    public string? ErrorDescription { get; init; }

    public string? ErrorUri { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public bool Authorized => Result == "AUTHORIZED";
}
