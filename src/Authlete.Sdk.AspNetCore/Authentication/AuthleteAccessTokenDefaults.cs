namespace Authlete.Sdk.AspNetCore;

/// <summary>The defaults of the authentication scheme that validates Authlete-issued access tokens.</summary>
public static class AuthleteAccessTokenDefaults
{
    /// <summary>
    /// The default scheme name, <c>AuthleteAccessToken</c>: the one <c>AddAuthleteAccessToken()</c> registers and
    /// <see cref="AuthleteScopesAttribute"/> (<c>RequireAuthleteScopes</c>) authenticates with.
    /// </summary>
    public const string AuthenticationScheme = "AuthleteAccessToken";
}
