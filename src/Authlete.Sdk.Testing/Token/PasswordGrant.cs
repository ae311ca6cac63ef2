namespace Authlete.Sdk.Testing.Token;

/// <summary>A password grant <c>/auth/token</c> answered with <c>PASSWORD</c>: waits for <c>/auth/token/issue</c> or <c>/fail</c>.</summary>
internal sealed class PasswordGrant : PendingGrant
{
    public required string Ticket { get; init; }
}
