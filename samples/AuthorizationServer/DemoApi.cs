using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// A demo API protected by the access tokens this server issues: <c>GET /api/me</c> needs a token with the
/// <c>profile</c> scope, validated by Authlete's <c>/auth/introspection</c> through the <c>AddAuthleteAccessToken</c>
/// authentication scheme of Authlete.Sdk.AspNetCore. A real resource server is often another application; the code is the same.
/// </summary>
public static class DemoApi
{
    /// <summary>The path of the demo API.</summary>
    public const string MePath = "/api/me";

    /// <summary>The scope a token needs to call it (the demo clients may all ask for it).</summary>
    public const string RequiredScope = "profile";

    /// <summary>Registers the authentication scheme that validates Authlete-issued access tokens, and authorization.</summary>
    /// <param name="services">The server's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddDemoApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddAuthleteAccessToken();   // Bearer and DPoP tokens, checked by Authlete
        services.AddAuthorization();
        return services;
    }

    /// <summary>
    /// Adds authentication and authorization to the pipeline (after the forwarded headers, so that a DPoP proof's
    /// <c>htu</c> is checked against the address clients used) and maps <c>GET /api/me</c>.
    /// </summary>
    /// <param name="app">The server.</param>
    public static void UseDemoApi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet(MePath, (HttpContext context) =>
        {
            // The claims come from Authlete's answer; the whole answer is in the AuthleteIntrospectionFeature.
            IntrospectionResponse? token = context.Features.Get<AuthleteIntrospectionFeature>()?.Response;
            return Results.Json(new Dictionary<string, object?>
            {
                ["sub"] = context.User.FindFirst("sub")?.Value,
                ["client_id"] = context.User.FindFirst("client_id")?.Value,
                ["scope"] = string.Join(' ', context.User.FindAll("scope").Select(c => c.Value)),
                ["exp"] = token is { ExpiresAt: > 0 } ? token.ExpiresAt / 1000 : null,
            });
        }).RequireAuthleteScopes(RequiredScope);
    }
}
