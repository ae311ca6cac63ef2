namespace Authlete.Sdk.Testing.Token;

/// <summary>A grant the client polls the token endpoint for: a CIBA <c>auth_req_id</c> or a device code.</summary>
internal abstract class PendingGrant
{
    public required FakeClient Client { get; init; }

    public required bool ClientIdAliasUsed { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }

    public required IReadOnlyList<string> Acrs { get; init; }

    public required IReadOnlyList<string> Resources { get; init; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The current minimum polling interval; grows by five seconds at each <c>slow_down</c> (RFC 8628 §3.5).</summary>
    public TimeSpan Interval { get; set; }

    public DateTimeOffset? LastPolledAt { get; set; }

    public GrantDecision? Decision { get; set; }

    /// <summary>True once tokens were issued for the grant; it cannot be used again.</summary>
    public bool Consumed { get; set; }
}
