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

    /// <summary>The decision of a complete request, CIBA or device flow: the one mapping of <see cref="AuthleteCompleteRequest"/>.</summary>
    /// <param name="request">The complete request (already validated: the subject is present).</param>
    /// <param name="result">The result, <c>AUTHORIZED</c>, <c>ACCESS_DENIED</c> or <c>TRANSACTION_FAILED</c>.</param>
    /// <param name="decidedAt">When the fake received it.</param>
    /// <param name="accessToken">The access token the caller chose (CIBA's <c>accessToken</c>), if any.</param>
    public static GrantDecision From(AuthleteCompleteRequest request, string result, DateTimeOffset decidedAt, string? accessToken = null) => new()
    {
        Result = result.ToUpperInvariant(),
        Subject = request.Subject!,
        Sub = request.Sub,
        AuthTime = request.AuthTime,
        Acr = request.Acr,
        Claims = request.Claims,
        Scopes = request.Scopes,
        Properties = request.Properties,
        AccessToken = accessToken,
        AccessTokenDuration = request.AccessTokenDuration,
        RefreshTokenDuration = request.RefreshTokenDuration,
        IdTokenAudType = request.IdTokenAudType,
        ErrorDescription = request.ErrorDescription,
        ErrorUri = request.ErrorUri,
        DecidedAt = decidedAt,
    };
}
