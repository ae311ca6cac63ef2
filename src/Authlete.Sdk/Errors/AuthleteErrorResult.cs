namespace Authlete.Sdk.Errors;

/// <summary>The body Authlete returns with a non-success HTTP status: a result code and message.</summary>
internal sealed class AuthleteErrorResult : AuthleteResponse
{
}
