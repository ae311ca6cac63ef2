using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Authlete.Sdk.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the authentication scheme that protects an API with Authlete-issued access tokens.</summary>
public static class AuthleteAccessTokenAuthenticationBuilderExtensions
{
    /// <summary>
    /// Adds the <see cref="AuthleteAccessTokenDefaults.AuthenticationScheme"/> scheme: a request's access token
    /// (<c>Authorization: Bearer</c>, RFC 6750, or <c>Authorization: DPoP</c> with a <c>DPoP</c> proof, RFC 9449) is
    /// validated by Authlete's <c>/auth/introspection</c> API, with the scopes the endpoint requires
    /// (<see cref="AuthleteScopesAttribute"/>, <c>RequireAuthleteScopes</c>) and the client certificate (RFC 8705).
    /// Also call <c>AddAuthleteClient(...)</c> for <see cref="IAuthleteApi"/>.
    /// </summary>
    /// <param name="builder">The authentication builder (<c>services.AddAuthentication()</c>).</param>
    /// <param name="configure">Sets the options (cache, resources); optional.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddAuthleteAccessToken(this AuthenticationBuilder builder, Action<AuthleteAccessTokenOptions>? configure = null)
        => builder.AddAuthleteAccessToken(AuthleteAccessTokenDefaults.AuthenticationScheme, configure);

    /// <summary>Adds the scheme as <see cref="AddAuthleteAccessToken(AuthenticationBuilder, Action{AuthleteAccessTokenOptions}?)"/> does, under another name.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme name (set it in <see cref="AuthleteScopesAttribute.AuthenticationSchemes"/> too).</param>
    /// <param name="configure">Sets the options; optional.</param>
    /// <returns>The same builder.</returns>
    public static AuthenticationBuilder AddAuthleteAccessToken(this AuthenticationBuilder builder, string authenticationScheme, Action<AuthleteAccessTokenOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrEmpty(authenticationScheme);
        builder.Services.TryAddSingleton<AccessTokenCaches>();
        return builder.AddScheme<AuthleteAccessTokenOptions, AuthleteAccessTokenHandler>(authenticationScheme, displayName: null, configure);
    }
}
