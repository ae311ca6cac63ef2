using System.Security.Claims;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using HttpResults = Microsoft.AspNetCore.Http.Results;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

/// <summary>A resource server on <see cref="TestHost"/>: <c>GET /api/me</c> needs <c>profile</c>, <c>GET /api/any</c> any valid token, <c>GET /open</c> none.</summary>
internal static class AccessTokenHost
{
    public static Task<TestHost> StartAsync(FakeAuthlete authlete, Action<AuthleteAccessTokenOptions>? options = null, Action<WebApplication>? pipeline = null)
        => TestHost.StartAsync(authlete, services =>
        {
            services.AddAuthentication().AddAuthleteAccessToken(options);
            services.AddAuthorization();
        }, app =>
        {
            pipeline?.Invoke(app);
            app.MapGet("/api/me", Me).RequireAuthleteScopes("profile");
            app.MapGet("/api/any", Me).RequireAuthleteScopes();
            app.MapGet("/open", (HttpContext context) => HttpResults.Text(context.User.Identity?.IsAuthenticated == true ? "user" : "anonymous"));
        });

    /// <summary>The principal's claims and what the introspection feature holds.</summary>
    public static IResult Me(HttpContext context)
    {
        var claims = new JsonObject();
        foreach (IGrouping<string, Claim> group in context.User.Claims.GroupBy(c => c.Type))
        {
            claims[group.Key] = new JsonArray(group.Select(c => (JsonNode?)JsonValue.Create(c.Value)).ToArray());
        }

        AuthleteIntrospectionFeature? feature = context.Features.Get<AuthleteIntrospectionFeature>();
        return HttpResults.Json(new JsonObject
        {
            ["name"] = context.User.Identity?.Name,
            ["authenticationType"] = context.User.Identity?.AuthenticationType,
            ["claims"] = claims,
            ["featureSubject"] = feature?.Response.Subject,
            ["fromCache"] = feature?.FromCache,
        });
    }

    public static HttpRequestMessage Get(string path, string? authorization = null, string? dpop = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (dpop is not null)
        {
            request.Headers.TryAddWithoutValidation("DPoP", dpop);
        }

        return request;
    }

    public static async Task<JsonObject> JsonOf(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static void ShouldBeChallenge(HttpResponseMessage response, int status, string wwwAuthenticate)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith(wwwAuthenticate);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentLength.Should().Be(0);
    }
}
