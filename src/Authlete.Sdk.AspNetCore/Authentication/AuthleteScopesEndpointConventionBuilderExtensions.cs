using Authlete.Sdk.AspNetCore;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Protects endpoints with Authlete-issued access tokens.</summary>
public static class AuthleteScopesEndpointConventionBuilderExtensions
{
    /// <summary>
    /// Requires an Authlete-issued access token that covers every one of <paramref name="scopes"/>, authenticated by the
    /// <see cref="AuthleteAccessTokenDefaults.AuthenticationScheme"/> scheme: adds an <see cref="AuthleteScopesAttribute"/>
    /// to the endpoints' metadata (it also requires authorization, as <c>RequireAuthorization()</c> does).
    /// </summary>
    /// <typeparam name="TBuilder">The endpoint convention builder (an endpoint or a group).</typeparam>
    /// <param name="builder">The endpoints.</param>
    /// <param name="scopes">The scopes the token must cover (none: any valid token).</param>
    /// <returns>The same builder.</returns>
    public static TBuilder RequireAuthleteScopes<TBuilder>(this TBuilder builder, params string[] scopes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var attribute = new AuthleteScopesAttribute(scopes);
        builder.Add(endpoint => endpoint.Metadata.Add(attribute));
        return builder;
    }
}
