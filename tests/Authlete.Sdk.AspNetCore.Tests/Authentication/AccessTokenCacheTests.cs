using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

public sealed class AccessTokenCacheTests
{
    private static async Task<int> StatusOf(TestHost host, string path, string authorization, string? dpop = null)
    {
        using HttpResponseMessage response = await host.Client.SendAsync(Get(path, authorization, dpop));
        return (int)response.StatusCode;
    }

    private static int IntrospectionCalls(TestHost host) => host.Calls.All.Count(c => c.Api == AuthleteApis.Introspection);

    [Fact]
    public async Task The_cache_is_off_by_default()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete);

        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);
        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);

        IntrospectionCalls(host).Should().Be(2);
    }

    [Fact]
    public async Task A_cached_OK_answer_avoids_a_second_call_and_the_entry_ends_with_the_token()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        FakeAuthlete authlete = FakeTokens.WithClients(new FakeAuthlete(new FakeServiceSettings { AccessTokenDuration = TimeSpan.FromMinutes(2) }, time));
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete, o =>
        {
            o.CacheDuration = TimeSpan.FromMinutes(10);   // longer than the token: the token's expiry wins
            o.TimeProvider = time;
        });

        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);
        using (HttpResponseMessage cached = await host.Client.SendAsync(Get("/api/me", "Bearer " + token)))
        {
            ((int)cached.StatusCode).Should().Be(200);
            JsonObject body = await JsonOf(cached);
            body["fromCache"]!.GetValue<bool>().Should().BeTrue();
            body["claims"]!["sub"]![0]!.GetValue<string>().Should().Be("alice");
        }

        IntrospectionCalls(host).Should().Be(1);

        time.Advance(TimeSpan.FromMinutes(2));   // the token expires: so does its entry
        using HttpResponseMessage expired = await host.Client.SendAsync(Get("/api/me", "Bearer " + token));

        ShouldBeChallenge(expired, 401, "Bearer error=\"invalid_token\"");
        IntrospectionCalls(host).Should().Be(2);
    }

    [Fact]
    public async Task An_entry_ends_after_the_configured_duration_and_a_revocation_shows_then()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        FakeAuthlete authlete = FakeTokens.WithClients(new FakeAuthlete(new FakeServiceSettings(), time));
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete, o =>
        {
            o.CacheDuration = TimeSpan.FromSeconds(30);
            o.TimeProvider = time;
        });
        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);
        (await authlete.RevocationAsync(new() { Parameters = "token=" + Uri.EscapeDataString(token) + "&client_id=tv" })).Action.Should().Be(RevocationAction.Ok);

        // The documented lag: the revoked token is still accepted from the cache...
        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);
        IntrospectionCalls(host).Should().Be(1);

        time.Advance(TimeSpan.FromSeconds(30));   // ...until the entry ends
        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(401);
        IntrospectionCalls(host).Should().Be(2);
    }

    [Fact]
    public async Task Rejections_are_not_cached_and_the_required_scopes_are_part_of_the_key()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete, o => o.CacheDuration = TimeSpan.FromMinutes(1));

        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(403);
        (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(403);
        IntrospectionCalls(host).Should().Be(2);

        (await StatusOf(host, "/api/any", "Bearer " + token)).Should().Be(200);   // no scope required: another entry
        (await StatusOf(host, "/api/any", "Bearer " + token)).Should().Be(200);
        IntrospectionCalls(host).Should().Be(3);
    }

    [Fact]
    public async Task DPoP_requests_are_never_answered_from_nor_stored_in_the_cache()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        for (int i = 0; i < 2; i++)
        {
            authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse
            {
                Action = IntrospectionAction.Ok,
                Subject = "alice",
                Scopes = ["profile"],
                ExpiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds(),
            });
        }

        await using TestHost host = await StartAsync(authlete, o => o.CacheDuration = TimeSpan.FromMinutes(1));

        (await StatusOf(host, "/api/me", "DPoP dpop-bound-token", "proof.one.jwt")).Should().Be(200);
        (await StatusOf(host, "/api/me", "DPoP dpop-bound-token", "proof.two.jwt")).Should().Be(200);

        host.Calls.All.Where(c => c.Api == AuthleteApis.Introspection).Select(c => c.Request["dpop"]!.GetValue<string>())
            .Should().Equal("proof.one.jwt", "proof.two.jwt");
    }

    [Fact]
    public async Task The_cache_holds_no_more_than_its_size_limit()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        var tokens = new List<string>();
        for (int i = 0; i < 3; i++)
        {
            tokens.Add((await FakeTokens.IssueAsync(authlete, "openid profile", subject: "user" + i)).AccessToken);
        }

        await using TestHost host = await StartAsync(authlete, o =>
        {
            o.CacheDuration = TimeSpan.FromMinutes(1);
            o.CacheSizeLimit = 2;
        });

        foreach (string token in tokens)
        {
            (await StatusOf(host, "/api/me", "Bearer " + token)).Should().Be(200);
        }

        IntrospectionCalls(host).Should().Be(3);
        (await StatusOf(host, "/api/me", "Bearer " + tokens[2])).Should().Be(200);
        (await StatusOf(host, "/api/me", "Bearer " + tokens[1])).Should().Be(200);
        IntrospectionCalls(host).Should().Be(3);   // the last two are kept...
        (await StatusOf(host, "/api/me", "Bearer " + tokens[0])).Should().Be(200);
        IntrospectionCalls(host).Should().Be(4);   // ...the first made room for them
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 0)]
    public void Negative_durations_and_empty_caches_are_refused(int seconds, int sizeLimit)
    {
        var options = new AuthleteAccessTokenOptions { CacheDuration = TimeSpan.FromSeconds(seconds), CacheSizeLimit = sizeLimit };

        options.Invoking(o => o.Validate()).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_resource_that_is_not_an_absolute_URI_is_refused()
    {
        var options = new AuthleteAccessTokenOptions();
        options.Resources.Add("api");

        options.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().WithMessage("*absolute URI*");
    }
}
