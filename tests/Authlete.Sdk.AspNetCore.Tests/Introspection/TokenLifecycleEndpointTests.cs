using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Introspection;

/// <summary>The introspection and revocation endpoints, and how revocation shows at introspection and userinfo.</summary>
public sealed class TokenLifecycleEndpointTests
{
    private const string Json = "application/json";

    private sealed class ResourceServers(Func<IntrospectionCaller, bool>? accept = null) : IIntrospectionHandlerSpi
    {
        public Task<bool> AuthenticateCallerAsync(IntrospectionCaller caller, CancellationToken cancellationToken)
            => Task.FromResult(accept?.Invoke(caller) ?? (caller.ClientId == "api" && caller.ClientSecret == "api-secret"));
    }

    private sealed class NoClaims : IUserInfoHandlerSpi
    {
        public Task<IDictionary<string, object?>?> GetClaimsAsync(string subject, IReadOnlyList<string> claimNames, UserInfoResponse response, CancellationToken cancellationToken)
            => Task.FromResult<IDictionary<string, object?>?>(null);
    }

    private static Task<TestHost> StartAsync(FakeAuthlete authlete, IIntrospectionHandlerSpi? spi = null)
        => TestHost.StartAsync(authlete,
            s => s.AddSingleton(spi ?? new ResourceServers()).AddSingleton<IUserInfoHandlerSpi>(new NoClaims()),
            app =>
            {
                app.MapAuthleteIntrospection();
                app.MapAuthleteRevocation();
                app.MapAuthleteUserInfo();
            });

    private static async Task<JsonObject> JsonOf(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.Should().Be(Json);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_issued_token_is_active_for_an_authenticated_caller(bool basic)
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = basic
            ? await host.PostFormAsync("/introspection", "token=" + Uri.EscapeDataString(token), basic: "api:api-secret")
            : await host.PostFormAsync("/introspection", "token=" + Uri.EscapeDataString(token) + "&client_id=api&client_secret=api-secret");

        ((int)response.StatusCode).Should().Be(200);
        JsonObject body = await JsonOf(response);
        body["active"]!.GetValue<bool>().Should().BeTrue();
        body["sub"]!.GetValue<string>().Should().Be("alice");
        body["scope"]!.GetValue<string>().Should().Be("openid profile");
        string forwarded = host.Calls.Request(AuthleteApis.StandardIntrospection)["parameters"]!.GetValue<string>();
        forwarded.Should().Be("token=" + Uri.EscapeDataString(token).Replace("%20", "+", StringComparison.Ordinal));
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(token) || e.Message.Contains("api-secret"));
    }

    [Fact]
    public async Task A_caller_authenticated_by_a_client_assertion_has_its_credentials_kept_from_authlete()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        IntrospectionCaller? seen = null;
        await using TestHost host = await StartAsync(authlete, new ResourceServers(caller =>
        {
            seen = caller;
            return true;
        }));

        using HttpResponseMessage response = await host.PostFormAsync("/introspection",
            "token=" + Uri.EscapeDataString(token) + "&client_id=api&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=a.b.c&token_type_hint=access_token");

        ((int)response.StatusCode).Should().Be(200);
        seen!.ClientId.Should().Be("api");
        host.Calls.Request(AuthleteApis.StandardIntrospection)["parameters"]!.GetValue<string>()
            .Should().Be("token=" + Uri.EscapeDataString(token).Replace("%20", "+", StringComparison.Ordinal) + "&token_type_hint=access_token");
    }

    [Theory]
    [InlineData(true, "Basic realm=\"introspection\", error=\"invalid_client\"")]
    [InlineData(false, "Basic realm=\"introspection\"")]
    public async Task A_caller_that_does_not_authenticate_is_401_without_calling_authlete(bool basic, string challenge)
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = basic
            ? await host.PostFormAsync("/introspection", "token=x", basic: "api:wrong")
            : await host.PostFormAsync("/introspection", "token=x");

        await response.ShouldBeAsync(401, """{"error":"invalid_client","error_description":"The caller could not be authenticated."}""");
        response.Headers.WwwAuthenticate.ToString().Should().Be(challenge);
        host.Calls.All.Should().BeEmpty();
        host.LogsWithId(2010).Should().ContainSingle();
    }

    [Fact]
    public async Task An_unknown_token_is_inactive_and_a_missing_token_is_400()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage unknown = await host.PostFormAsync("/introspection", "token=nope", basic: "api:api-secret");
        using HttpResponseMessage missing = await host.PostFormAsync("/introspection", "token_type_hint=access_token", basic: "api:api-secret");

        ((int)unknown.StatusCode).Should().Be(200);
        (await JsonOf(unknown))["active"]!.GetValue<bool>().Should().BeFalse();
        ((int)missing.StatusCode).Should().Be(400);
        (await JsonOf(missing))["error"]!.GetValue<string>().Should().Be("invalid_request");
    }

    [Fact]
    public async Task A_jwt_answer_is_application_token_introspection_jwt_and_the_accept_header_is_forwarded()
    {
        // The fake never answers JWT: scripted.
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.StandardIntrospection, new StandardIntrospectionResponse { Action = StandardIntrospectionAction.Jwt, ResponseContent = "h.p.s" });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/introspection", "token=t", basic: "api:api-secret",
            configure: r => r.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/token-introspection+jwt")));

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/token-introspection+jwt");
        (await response.Content.ReadAsStringAsync()).Should().Be("h.p.s");
        host.Calls.Request(AuthleteApis.StandardIntrospection)["httpAcceptHeader"]!.GetValue<string>().Should().Be("application/token-introspection+jwt");
    }

    [Fact]
    public async Task A_failing_caller_check_is_500_server_error_and_logged()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients(), new ResourceServers(_ => throw new InvalidOperationException("no directory")));

        using HttpResponseMessage response = await host.PostFormAsync("/introspection", "token=t", basic: "api:api-secret");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception!.Message.Should().Be("no directory");
    }

    [Theory]
    [InlineData("/introspection")]
    [InlineData("/revocation")]
    public async Task Malformed_requests_are_400_invalid_request(string path)
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage duplicate = await host.PostFormAsync(path, "token=a&token=b", basic: "api:api-secret");
        using HttpResponseMessage json = await host.Client.PostAsync(path, new StringContent("{}", System.Text.Encoding.UTF8, Json));
        using HttpResponseMessage get = await host.Client.GetAsync(path);

        ((int)duplicate.StatusCode).Should().Be(400);
        (await JsonOf(duplicate))["error"]!.GetValue<string>().Should().Be("invalid_request");
        ((int)json.StatusCode).Should().Be(400);
        ((int)get.StatusCode).Should().Be(405);
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task Revocation_answers_an_empty_200_and_the_token_is_then_inactive_and_refused_at_userinfo()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);
        var userinfo = new HttpRequestMessage(HttpMethod.Get, "/userinfo") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } };
        using (HttpResponseMessage before = await host.Client.SendAsync(userinfo))
        {
            ((int)before.StatusCode).Should().Be(200);
        }

        using HttpResponseMessage revoked = await host.PostFormAsync("/revocation", "token=" + Uri.EscapeDataString(token) + "&client_id=tv");

        ((int)revoked.StatusCode).Should().Be(200);
        revoked.Content.Headers.ContentLength.Should().Be(0);
        revoked.Content.Headers.ContentType.Should().BeNull();
        revoked.Headers.CacheControl!.NoStore.Should().BeTrue();

        using HttpResponseMessage introspected = await host.PostFormAsync("/introspection", "token=" + Uri.EscapeDataString(token), basic: "api:api-secret");
        (await JsonOf(introspected))["active"]!.GetValue<bool>().Should().BeFalse();

        using HttpResponseMessage after = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/userinfo") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });
        ((int)after.StatusCode).Should().Be(401);
        after.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task Revoking_an_unknown_token_is_200_and_a_missing_token_is_400()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage unknown = await host.PostFormAsync("/revocation", "token=nope", basic: "rs:rs-secret");
        using HttpResponseMessage missing = await host.PostFormAsync("/revocation", "token_type_hint=access_token", basic: "rs:rs-secret");

        ((int)unknown.StatusCode).Should().Be(200);
        ((int)missing.StatusCode).Should().Be(400);
        (await JsonOf(missing))["error"]!.GetValue<string>().Should().Be("invalid_request");
    }

    [Theory]
    [InlineData(true, 401, "Basic realm=\"revocation\", error=\"invalid_client\"")]
    [InlineData(false, 400, "")]
    public async Task Bad_client_credentials_at_revocation_are_invalid_client(bool basic, int status, string challenge)
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);
        string form = "token=" + Uri.EscapeDataString(token);

        using HttpResponseMessage response = basic
            ? await host.PostFormAsync("/revocation", form, basic: "rs:wrong")
            : await host.PostFormAsync("/revocation", form + "&client_id=rs&client_secret=wrong");

        ((int)response.StatusCode).Should().Be(status);
        (await JsonOf(response))["error"]!.GetValue<string>().Should().Be("invalid_client");
        response.Headers.WwwAuthenticate.ToString().Should().Be(challenge);
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(token) || e.Message.Contains("wrong"));
    }

    [Fact]
    public async Task Another_clients_token_is_400_and_stays_active()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/revocation", "token=" + Uri.EscapeDataString(token), basic: "rs:rs-secret");
        using HttpResponseMessage introspected = await host.PostFormAsync("/introspection", "token=" + Uri.EscapeDataString(token), basic: "api:api-secret");

        ((int)response.StatusCode).Should().Be(400);
        (await JsonOf(introspected))["active"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task Revocation_forwards_the_client_attestation_headers_to_authlete()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.PostFormAsync("/revocation", "token=nope&client_id=tv",
            configure: r =>
            {
                r.Headers.Add("OAuth-Client-Attestation", "att-jwt");
                r.Headers.Add("OAuth-Client-Attestation-PoP", "pop-jwt");
            });

        System.Text.Json.Nodes.JsonObject sent = host.Calls.Request(AuthleteApis.Revocation);
        sent["oauthClientAttestation"]!.GetValue<string>().Should().Be("att-jwt");
        sent["oauthClientAttestationPop"]!.GetValue<string>().Should().Be("pop-jwt");
    }

    [Fact]
    public async Task Authlete_unreachable_is_500_server_error_at_both_and_logged_with_the_endpoint()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueFailure(AuthleteApis.Revocation, 403, "A001215", "[A001215] locked");
        authlete.EnqueueFailure(AuthleteApis.StandardIntrospection, 403, "A001215", "[A001215] locked");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage revoked = await host.PostFormAsync("/revocation", "token=t&client_id=tv");
        using HttpResponseMessage introspected = await host.PostFormAsync("/introspection", "token=t", basic: "api:api-secret");

        const string ServerError = """{"error":"server_error","error_description":"The authorization server could not process the request."}""";
        await revoked.ShouldBeAsync(500, ServerError);
        await introspected.ShouldBeAsync(500, ServerError);
        host.LogsWithId(2000).Select(e => e.Message).Should().HaveCount(2)
            .And.Contain(m => m.Contains("The revocation endpoint")).And.Contain(m => m.Contains("The introspection endpoint"));
    }

    [Fact]
    public async Task An_unknown_action_is_500_at_both()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.Revocation, new RevocationResponse { Action = "SOMETHING_NEW" });
        authlete.EnqueueResponse(AuthleteApis.StandardIntrospection, new StandardIntrospectionResponse { Action = "SOMETHING_NEW" });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage revoked = await host.PostFormAsync("/revocation", "token=t&client_id=tv");
        using HttpResponseMessage introspected = await host.PostFormAsync("/introspection", "token=t", basic: "api:api-secret");

        const string ServerError = """{"error":"server_error","error_description":"The authorization server could not process the request."}""";
        await revoked.ShouldBeAsync(500, ServerError);
        await introspected.ShouldBeAsync(500, ServerError);
        host.LogsWithId(2001).Select(e => e.Message).Should().HaveCount(2)
            .And.Contain(m => m.Contains("/auth/revocation")).And.Contain(m => m.Contains("/auth/introspection/standard"));
    }

    [Fact]
    public async Task Mapping_introspection_without_the_spi_fails_at_start_up_naming_the_registration()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        TestHost.AddAuthlete(builder.Services, new FakeAuthlete(), new AuthleteCalls());
        builder.Services.AddAuthleteAspNetCore();
        await using WebApplication app = builder.Build();

        Action map = () => app.MapAuthleteIntrospection();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddAuthleteIntrospection<TSpi>()*");
        app.MapAuthleteRevocation().Should().NotBeNull();
    }
}
