using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

public sealed class AccessTokenAuthenticationTests
{
    [Fact]
    public async Task A_token_issued_through_the_device_flow_authenticates_with_its_claims_and_the_full_answer()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer " + token));

        ((int)response.StatusCode).Should().Be(200);
        JsonObject body = await JsonOf(response);
        body["name"]!.GetValue<string>().Should().Be("alice");
        body["authenticationType"]!.GetValue<string>().Should().Be(AuthleteAccessTokenDefaults.AuthenticationScheme);
        body["claims"]!["sub"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("alice");
        body["claims"]!["client_id"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("tv");
        body["claims"]!["scope"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("openid", "profile");
        body["claims"]!["exp"]!.AsArray().Should().ContainSingle();
        body["featureSubject"]!.GetValue<string>().Should().Be("alice");
        body["fromCache"]!.GetValue<bool>().Should().BeFalse();

        JsonObject sent = host.Calls.Request(AuthleteApis.Introspection);
        sent["token"]!.GetValue<string>().Should().Be(token);
        sent["scopes"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("profile");
        sent.Should().NotContainKey("dpop").And.NotContainKey("clientCertificate").And.NotContainKey("htu");
    }

    [Fact]
    public async Task The_scheme_name_is_case_insensitive_and_an_endpoint_without_scopes_sends_none()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/any", "bearer " + token));

        ((int)response.StatusCode).Should().Be(200);
        host.Calls.Request(AuthleteApis.Introspection).Should().NotContainKey("scopes");
    }

    [Fact]
    public async Task A_request_without_a_token_is_challenged_with_a_bare_Bearer_and_Authlete_is_not_called()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage none = await host.Client.SendAsync(Get("/api/me"));
        using HttpResponseMessage basic = await host.Client.SendAsync(Get("/api/me", "Basic dXNlcjpwYXNz"));

        ShouldBeChallenge(none, 401, "Bearer");
        none.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");   // RFC 6750 §3.1: no error code without a token
        ShouldBeChallenge(basic, 401, "Bearer");
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task An_endpoint_that_does_not_require_a_token_stays_anonymous()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/open", "Bearer whatever"));

        ((int)response.StatusCode).Should().Be(200);
        (await response.Content.ReadAsStringAsync()).Should().Be("anonymous");
        host.Calls.All.Should().BeEmpty();   // the scheme is not the default one: it runs only where it is required
    }

    [Fact]
    public async Task Under_a_fallback_policy_an_endpoint_without_metadata_is_protected_too()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await TestHost.StartAsync(authlete, services =>
        {
            services.AddAuthentication().AddAuthleteAccessToken();
            services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder(AuthleteAccessTokenDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser().Build());
        }, app =>
        {
            app.MapGet("/plain", Me);
            app.MapGet("/anonymous", () => "anonymous").AllowAnonymous();
        });

        using HttpResponseMessage none = await host.Client.SendAsync(Get("/plain"));
        using HttpResponseMessage valid = await host.Client.SendAsync(Get("/plain", "Bearer " + token));
        using HttpResponseMessage anonymous = await host.Client.SendAsync(Get("/anonymous", "Bearer " + token));

        ShouldBeChallenge(none, 401, "Bearer");
        ((int)valid.StatusCode).Should().Be(200);
        ((int)anonymous.StatusCode).Should().Be(200);
        host.Calls.All.Should().ContainSingle(c => c.Api == AuthleteApis.Introspection);   // not for the anonymous endpoint
    }

    [Fact]
    public async Task An_unknown_token_gets_401_invalid_token_from_Authlete()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer not-a-real-token"));

        ShouldBeChallenge(response, 401, "Bearer error=\"invalid_token\"");
        response.Headers.WwwAuthenticate.ToString().Should().Be(host.Calls.ResponseContent(AuthleteApis.Introspection));
    }

    [Fact]
    public async Task An_expired_token_gets_401_invalid_token()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        FakeAuthlete authlete = FakeTokens.WithClients(new FakeAuthlete(new FakeServiceSettings(), time));
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete);
        time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer " + token));

        ShouldBeChallenge(response, 401, "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task A_revoked_token_gets_401_invalid_token()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete);
        using (HttpResponseMessage before = await host.Client.SendAsync(Get("/api/me", "Bearer " + token)))
        {
            ((int)before.StatusCode).Should().Be(200);
        }

        (await authlete.RevocationAsync(new() { Parameters = "token=" + Uri.EscapeDataString(token) + "&client_id=tv" })).Action.Should().Be(RevocationAction.Ok);
        using HttpResponseMessage after = await host.Client.SendAsync(Get("/api/me", "Bearer " + token));

        ShouldBeChallenge(after, 401, "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task A_token_without_the_required_scope_gets_403_insufficient_scope_with_the_scope()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid email");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer " + token));

        ShouldBeChallenge(response, 403, "Bearer error=\"insufficient_scope\"");
        response.Headers.WwwAuthenticate.ToString().Should().Contain("scope=\"profile\"");
    }

    [Fact]
    public async Task Scopes_of_a_group_and_of_its_endpoint_are_all_required()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile email");
        await using TestHost host = await TestHost.StartAsync(authlete, services =>
        {
            services.AddAuthentication().AddAuthleteAccessToken();
            services.AddAuthorization();
        }, app =>
        {
            RouteGroupBuilder group = app.MapGroup("/g").RequireAuthleteScopes("openid", "profile");
            group.MapGet("/mail", Me).RequireAuthleteScopes("email", "profile");
        });

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/g/mail", "Bearer " + token));

        ((int)response.StatusCode).Should().Be(200);
        host.Calls.Request(AuthleteApis.Introspection)["scopes"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().BeEquivalentTo("openid", "profile", "email");
    }

    [Theory]
    [InlineData("Bearer ", "Bearer error=\"invalid_request\"")]
    [InlineData("Bearer a b", "Bearer error=\"invalid_request\"")]
    [InlineData("Bearer tok=en", "Bearer error=\"invalid_request\"")]
    [InlineData("DPoP abc", "DPoP error=\"invalid_request\"")]   // RFC 9449 §7.1: a DPoP token needs its proof
    public async Task A_malformed_authorization_gets_400_invalid_request_without_calling_Authlete(string authorization, string challenge)
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", authorization));

        ShouldBeChallenge(response, 400, challenge);
        host.Calls.All.Should().BeEmpty();
        host.LogsWithId(2100).Should().ContainSingle();
    }

    [Fact]
    public async Task Two_DPoP_headers_get_400_invalid_request()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());
        using HttpRequestMessage request = Get("/api/me", "DPoP abc");
        request.Headers.TryAddWithoutValidation("DPoP", ["proof-one", "proof-two"]);

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ShouldBeChallenge(response, 400, "DPoP error=\"invalid_request\"");
        host.Calls.All.Should().BeEmpty();
    }
}
