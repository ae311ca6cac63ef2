namespace Authlete.Sdk.Testing.Common;

/// <summary>The outcome of identifying and authenticating the client of a forwarded request.</summary>
internal sealed class ClientAuthentication
{
    private ClientAuthentication(FakeClient? client, bool aliasUsed, string? error, string? resultCode, string? message)
    {
        Client = client;
        AliasUsed = aliasUsed;
        Error = error;
        ResultCode = resultCode;
        Message = message;
    }

    public FakeClient? Client { get; }

    public bool AliasUsed { get; }

    /// <summary>The OAuth error (<c>invalid_request</c> or <c>invalid_client</c>), or null on success.</summary>
    public string? Error { get; }

    public string? ResultCode { get; }

    public string? Message { get; }

    public bool Succeeded => Error is null;

    public static ClientAuthentication Success(FakeClient client, bool aliasUsed) => new(client, aliasUsed, null, null, null);

    // Stryker disable once Boolean : AliasUsed of a failed authentication is never read; answers to a failed authentication name no client
    public static ClientAuthentication Failure(string error, string resultCode, string message) => new(null, false, error, resultCode, message);
}
