using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.UserInfo;

public sealed class UserInfoEndpointTests
{
    private sealed class Claims(Func<string, IReadOnlyList<string>, IDictionary<string, object?>?> get) : IUserInfoHandlerSpi
    {
        public List<(string Subject, IReadOnlyList<string> Names)> Calls { get; } = [];

        public Task<IDictionary<string, object?>?> GetClaimsAsync(string subject, IReadOnlyList<string> claimNames, UserInfoResponse response, CancellationToken cancellationToken)
        {
            Calls.Add((subject, claimNames));
            return Task.FromResult(get(subject, claimNames));
        }
    }

    private static Claims Alice() => new((_, _) => new Dictionary<string, object?>
    {
        ["name"] = "Alice Smith",
        ["email"] = "alice@example.com",
        ["email_verified"] = true,
        ["updated_at"] = DateTimeOffset.FromUnixTimeSeconds(1700000000),
        ["phone_number"] = "+1 555", // not requested: left out
        ["sub"] = "someone-else",    // Authlete sets sub
    });

    private static Task<TestHost> StartAsync(FakeAuthlete authlete, IUserInfoHandlerSpi? spi = null)
        => TestHost.StartAsync(authlete, s => s.AddSingleton(spi ?? Alice()), app => app.MapAuthleteUserInfo());

    private static HttpRequestMessage Get(string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    private static void ShouldBeChallenge(HttpResponseMessage response, int status, string challengeStart)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith(challengeStart);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentLength.Should().Be(0);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("POST-form")]
    public async Task The_claims_the_scopes_allow_are_returned_for_a_header_or_form_token(string how)
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile email");
        Claims spi = Alice();
        await using TestHost host = await StartAsync(authlete, spi);

        using HttpRequestMessage request = how switch
        {
            "GET" => Get("Bearer " + token),
            "POST" => new HttpRequestMessage(HttpMethod.Post, "/userinfo") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } },
            _ => new HttpRequestMessage(HttpMethod.Post, "/userinfo")
            {
                Content = new StringContent("access_token=" + Uri.EscapeDataString(token), Encoding.UTF8, "application/x-www-form-urlencoded"),
            },
        };
        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body["sub"]!.GetValue<string>().Should().Be("alice");
        body["name"]!.GetValue<string>().Should().Be("Alice Smith");
        body["email"]!.GetValue<string>().Should().Be("alice@example.com");
        body["email_verified"]!.GetValue<bool>().Should().BeTrue();
        body["updated_at"]!.GetValue<long>().Should().Be(1700000000);
        body.ContainsKey("phone_number").Should().BeFalse();
        spi.Calls.Should().ContainSingle().Which.Subject.Should().Be("alice");
        spi.Calls[0].Names.Should().Contain(["name", "email", "email_verified"]).And.NotContain("phone_number");
        host.Calls.Request(AuthleteApis.UserInfo)["token"]!.GetValue<string>().Should().Be(token);
        JsonNode.Parse(host.Calls.Request(AuthleteApis.UserInfoIssue)["claims"]!.GetValue<string>())!.AsObject().ContainsKey("sub").Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_token_is_401_invalid_token()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer not-a-token"));

        ShouldBeChallenge(response, 401, "Bearer error=\"invalid_token\"");
        host.Calls.Apis.Should().NotContain(AuthleteApis.UserInfoIssue);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dHY6")]
    [InlineData("Bearer ")]
    public async Task A_request_without_a_token_is_a_bare_401_challenge_without_calling_authlete(string? authorization)
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get(authorization));

        ShouldBeChallenge(response, 401, "Bearer");
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_in_the_query_string_is_not_accepted()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.GetAsync("/userinfo?access_token=" + Uri.EscapeDataString(token));

        ShouldBeChallenge(response, 401, "Bearer");
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_sent_two_ways_is_400_invalid_request()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/userinfo", "access_token=" + Uri.EscapeDataString(token),
            configure: r => r.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token));

        ShouldBeChallenge(response, 400, "Bearer error=\"invalid_request\"");
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_malformed_form_is_400_invalid_request()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.PostFormAsync("/userinfo", "access_token=a&access_token=b");

        ((int)response.StatusCode).Should().Be(400);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_request\"");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task A_token_without_openid_is_403_insufficient_scope()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "profile");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer " + token));

        ShouldBeChallenge(response, 403, "Bearer error=\"insufficient_scope\"");
    }

    [Fact]
    public async Task A_failing_claims_provider_is_500_server_error_and_logged()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete, new Claims((_, _) => throw new InvalidOperationException("directory down")));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer " + token));

        ShouldBeChallenge(response, 500, "Bearer error=\"server_error\"");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception!.Message.Should().Be("directory down");
        host.Logs.Entries.Should().NotContain(e => e.Message.Contains(token));
    }

    [Fact]
    public async Task A_claim_value_of_an_unsupported_type_is_500_and_logged()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete, new Claims((_, _) => new Dictionary<string, object?> { ["name"] = new object() }));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer " + token));

        ShouldBeChallenge(response, 500, "Bearer error=\"server_error\"");
        host.LogsWithId(2002).Should().ContainSingle();
    }

    [Fact]
    public async Task No_claims_answers_with_sub_only()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await StartAsync(authlete, new Claims((_, _) => null));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer " + token));

        ((int)response.StatusCode).Should().Be(200);
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"sub":"alice"}""");
    }

    [Fact]
    public async Task A_dpop_bound_request_forwards_the_proof_htm_and_htu_and_a_signed_answer_is_application_jwt()
    {
        // The fake does not implement DPoP or signed userinfo: the answers are scripted.
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse { Action = UserInfoAction.Ok, Subject = "alice", Token = "at", Claims = ["name"], DpopNonce = "n-1" });
        authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse { Action = UserInfoIssueAction.Jwt, ResponseContent = "a.b.c" });
        await using TestHost host = await StartAsync(authlete);

        using HttpRequestMessage request = new(HttpMethod.Post, "/userinfo");
        request.Headers.TryAddWithoutValidation("Authorization", "DPoP at");
        request.Headers.Add("DPoP", "proof.jwt");
        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/jwt");
        (await response.Content.ReadAsStringAsync()).Should().Be("a.b.c");
        response.Header("DPoP-Nonce").Should().Be("n-1");
        JsonObject call = host.Calls.Request(AuthleteApis.UserInfo);
        call["dpop"]!.GetValue<string>().Should().Be("proof.jwt");
        call["htm"]!.GetValue<string>().Should().Be("POST");
        call["htu"]!.GetValue<string>().Should().Be(new Uri(host.Address, "/userinfo").ToString());
        host.Calls.Request(AuthleteApis.UserInfoIssue)["claims"]!.GetValue<string>().Should().Be("""{"name":"Alice Smith"}""");
    }

    [Fact]
    public async Task An_unknown_action_is_500()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse { Action = "SOMETHING_NEW", ResponseContent = "should-not-leak" });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ShouldBeChallenge(response, 500, "Bearer error=\"server_error\"");
        host.LogsWithId(2001).Should().ContainSingle();
    }

    [Fact]
    public async Task Mapping_without_the_spi_fails_at_start_up_naming_the_registration()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        TestHost.AddAuthlete(builder.Services, new FakeAuthlete(), new AuthleteCalls());
        builder.Services.AddAuthleteAspNetCore();
        await using WebApplication app = builder.Build();

        Action map = () => app.MapAuthleteUserInfo();

        map.Should().Throw<InvalidOperationException>().WithMessage("*AddAuthleteUserInfo<TSpi>()*");
    }
}
