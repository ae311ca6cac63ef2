using Poco = Authlete.Sdk.Benchmarks.Pocos;

namespace Authlete.Sdk.ColdStart;

/// <summary>
/// The request of the one call, in the SDK's type and in the benchmarks' POCO with the same values, so that both
/// clients send the same JSON.
/// </summary>
internal static class CompleteRequest
{
    private const string Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q";
    private const string Subject = "1b6f2c0e-93a4-4a52-8d7b-5f0c3f1e9d21";
    private const long AuthTime = 1764057600;
    private const string Acr = "urn:mace:incommon:iap:silver";
    private const string Claims = """{"name":"John Smith","email":"john.smith@example.com","email_verified":true}""";

    public static BackchannelAuthenticationCompleteRequest Sdk() => new()
    {
        Ticket = Ticket,
        Result = BackchannelAuthenticationCompleteResult.Authorized,
        Subject = Subject,
        AuthTime = AuthTime,
        Acr = Acr,
        Claims = Claims,
        Scopes = ["openid", "profile", "payments"],
        ConsentedClaims = ["name", "email", "email_verified"],
        AccessTokenDuration = 3600,
    };

    public static Poco.BackchannelAuthenticationCompleteRequest Poco() => new()
    {
        Ticket = Ticket,
        Result = "AUTHORIZED",
        Subject = Subject,
        AuthTime = AuthTime,
        Acr = Acr,
        Claims = Claims,
        Scopes = ["openid", "profile", "payments"],
        ConsentedClaims = ["name", "email", "email_verified"],
        AccessTokenDuration = 3600,
    };
}
