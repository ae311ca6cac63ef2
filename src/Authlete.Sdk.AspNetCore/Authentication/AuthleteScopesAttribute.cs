using Microsoft.AspNetCore.Authorization;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Protects an endpoint (a controller, an action, or a minimal API endpoint through <c>RequireAuthleteScopes</c>) with an
/// Authlete-issued access token that covers <see cref="Scopes"/>: the request must authenticate with the
/// <see cref="AuthenticationSchemes"/> scheme (by default <see cref="AuthleteAccessTokenDefaults.AuthenticationScheme"/>),
/// which sends the scopes to Authlete's <c>/auth/introspection</c> API.
/// </summary>
/// <remarks>
/// It is an <see cref="IAuthorizeData"/>, like <see cref="AuthorizeAttribute"/>: the endpoint requires an authenticated
/// user, so a request without a valid token is challenged (401, or the status Authlete gives) and never reaches the
/// endpoint. When an endpoint carries several (a group and the endpoint), the token must cover all their scopes.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
public sealed class AuthleteScopesAttribute : Attribute, IAuthorizeData
{
    /// <summary>Requires a token that covers every one of <paramref name="scopes"/> (none: any valid token).</summary>
    /// <param name="scopes">The scope names, as the service defines them.</param>
    /// <exception cref="ArgumentException">A scope is null, empty, or not an RFC 6749 scope-token (a space, a quote...).</exception>
    public AuthleteScopesAttribute(params string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        foreach (string scope in scopes)
        {
            if (string.IsNullOrEmpty(scope) || !scope.All(IsScopeChar))
            {
                throw new ArgumentException("A scope is a non-empty scope-token of RFC 6749 §3.3: printable ASCII without spaces, quotes or backslashes.", nameof(scopes));
            }
        }

        Scopes = [.. scopes];
    }

    /// <summary>RFC 6749 §3.3 <c>NQCHAR</c>: <c>%x21 / %x23-5B / %x5D-7E</c>.</summary>
    private static bool IsScopeChar(char c) => c is '\x21' or (>= '\x23' and <= '\x5B') or (>= '\x5D' and <= '\x7E');

    /// <summary>The scopes the token must cover.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>The scheme(s) that authenticate the request, comma-separated; <see cref="AuthleteAccessTokenDefaults.AuthenticationScheme"/> by default.</summary>
    public string? AuthenticationSchemes { get; set; } = AuthleteAccessTokenDefaults.AuthenticationScheme;

    /// <summary>An authorization policy the request must also satisfy, or null.</summary>
    public string? Policy { get; set; }

    /// <summary>Roles one of which the user must have, comma-separated, or null.</summary>
    public string? Roles { get; set; }
}
