using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore.Tests.UserInfo;

/// <summary>
/// The UserInfo endpoint's answers when Authlete answers something else than a valid token, how it tells Authlete about
/// DPoP, and which requests carry a token in their body. Authlete's answers are scripted.
/// </summary>
public sealed class UserInfoAnswerTests
{
    private const string ServerErrorChallenge = "Bearer error=\"server_error\", error_description=\"The authorization server could not process the request.\"";

    private sealed class Claims : IUserInfoHandlerSpi
    {
        public List<IReadOnlyList<string>> Asked { get; } = [];

        public Task<IDictionary<string, object?>?> GetClaimsAsync(string subject, IReadOnlyList<string> claimNames, UserInfoResponse response, CancellationToken cancellationToken)
        {
            Asked.Add(claimNames);
            return Task.FromResult<IDictionary<string, object?>?>(claimNames.ToDictionary(n => n, n => (object?)("value of " + n)));
        }
    }

    private static Task<TestHost> StartAsync(FakeAuthlete authlete, Claims? claims = null)
        => TestHost.StartAsync(authlete, s => s.AddSingleton<IUserInfoHandlerSpi>(claims ?? new Claims()), app => app.MapAuthleteUserInfo());

    /// <summary>Authlete accepts the token <c>at</c> of alice for the claim <c>name</c>, with a DPoP nonce.</summary>
    private static FakeAuthlete Valid(IReadOnlyList<string>? claims = null)
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse
        {
            Action = UserInfoAction.Ok, Subject = "alice", Token = "at", Claims = claims ?? ["name"], DpopNonce = "n-1",
        });
        return authlete;
    }

    private static FakeAuthlete ValidThenIssued(IReadOnlyList<string>? claims = null)
    {
        FakeAuthlete authlete = Valid(claims);
        authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse { Action = UserInfoIssueAction.Json, ResponseContent = """{"sub":"alice"}""" });
        return authlete;
    }

    private static HttpRequestMessage Get(string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return request;
    }

    private static void ShouldBeChallenge(HttpResponseMessage response, int status, string challenge, string? dpopNonce = null)
    {
        ((int)response.StatusCode).Should().Be(status);
        response.Headers.WwwAuthenticate.ToString().Should().Be(challenge);
        response.Header("DPoP-Nonce").Should().Be(dpopNonce);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Content.Headers.ContentLength.Should().Be(0);
    }

    [Fact]
    public async Task Two_authorization_headers_are_400_invalid_request_without_calling_authlete()
    {
        await using TestHost host = await StartAsync(new FakeAuthlete());
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.Address.Host, host.Address.Port);
        NetworkStream stream = tcp.GetStream();

        // Two header lines: HttpClient would join the values into one.
        string raw = $"GET /userinfo HTTP/1.1\r\nHost: {host.Address.Authority}\r\nAuthorization: Bearer a\r\nAuthorization: Bearer b\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(raw));
        string answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();

        answer.Should().StartWith("HTTP/1.1 400 ")
            .And.Contain("WWW-Authenticate: Bearer error=\"invalid_request\", error_description=\"The request has more than one Authorization header.\"\r\n");
        host.Calls.All.Should().BeEmpty();
    }

    [Theory]
    [InlineData("/auth/userinfo")]
    [InlineData("/auth/userinfo/issue")]
    public async Task Authlete_failing_at_either_step_is_a_500_server_error_challenge_logged_for_the_userinfo_endpoint(string api)
    {
        FakeAuthlete authlete;
        if (api == "/auth/userinfo")
        {
            authlete = new FakeAuthlete();
            authlete.EnqueueFailure(AuthleteApis.UserInfo, 500, "A001101", "[A001101] failed");
        }
        else
        {
            authlete = Valid();
            authlete.EnqueueFailure(AuthleteApis.UserInfoIssue, 500, "A001101", "[A001101] failed");
        }

        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ShouldBeChallenge(response, 500, ServerErrorChallenge, api == "/auth/userinfo" ? null : "n-1");
        host.LogsWithId(2000).Should().ContainSingle().Which.Message.Should()
            .Be("The userinfo endpoint could not get an answer from Authlete; answering 500 server_error");
    }

    [Theory]
    [InlineData("/auth/userinfo", "BAD_REQUEST", 400)]
    [InlineData("/auth/userinfo", "UNAUTHORIZED", 401)]
    [InlineData("/auth/userinfo", "INTERNAL_SERVER_ERROR", 500)]
    [InlineData("/auth/userinfo/issue", "FORBIDDEN", 403)]
    [InlineData("/auth/userinfo/issue", "INTERNAL_SERVER_ERROR", 500)]
    public async Task An_error_action_without_authletes_challenge_gets_a_bare_bearer_or_the_server_error_challenge(string api, string action, int status)
    {
        FakeAuthlete authlete;
        if (api == "/auth/userinfo")
        {
            authlete = new FakeAuthlete();
            authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse { Action = action });
        }
        else
        {
            authlete = Valid();
            authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse { Action = action });
        }

        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ShouldBeChallenge(response, status, status == 500 ? ServerErrorChallenge : "Bearer", api == "/auth/userinfo" ? null : "n-1");
    }

    [Fact]
    public async Task An_error_action_of_the_issue_step_passes_authletes_challenge_on()
    {
        FakeAuthlete authlete = Valid();
        authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse
        {
            Action = UserInfoIssueAction.Unauthorized, ResponseContent = "Bearer error=\"invalid_token\", error_description=\"The access token has expired.\"",
        });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ShouldBeChallenge(response, 401, "Bearer error=\"invalid_token\", error_description=\"The access token has expired.\"", "n-1");
    }

    [Theory]
    [InlineData("/auth/userinfo")]
    [InlineData("/auth/userinfo/issue")]
    public async Task An_unknown_action_at_either_step_is_a_500_server_error_challenge_logged_naming_the_api(string api)
    {
        FakeAuthlete authlete;
        if (api == "/auth/userinfo")
        {
            authlete = new FakeAuthlete();
            authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse { Action = "SOMETHING_NEW", ResponseContent = "should-not-leak" });
        }
        else
        {
            authlete = Valid();
            authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse { Action = "SOMETHING_NEW", ResponseContent = "should-not-leak" });
        }

        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ShouldBeChallenge(response, 500, ServerErrorChallenge, api == "/auth/userinfo" ? null : "n-1");
        host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should().StartWith($"Authlete's {api} answered action 'SOMETHING_NEW'");
    }

    [Fact]
    public async Task A_json_answer_passes_authletes_dpop_nonce_on()
    {
        await using TestHost host = await StartAsync(ValidThenIssued());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ((int)response.StatusCode).Should().Be(200);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be("""{"sub":"alice"}""");
        response.Header("DPoP-Nonce").Should().Be("n-1");
        host.Calls.Request(AuthleteApis.UserInfoIssue)["token"]!.GetValue<string>().Should().Be("at");
    }

    [Fact]
    public async Task A_token_that_allows_no_claims_asks_the_host_for_an_empty_list()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.UserInfo, new UserInfoResponse { Action = UserInfoAction.Ok, Subject = "alice", Token = "at" });
        authlete.EnqueueResponse(AuthleteApis.UserInfoIssue, new UserInfoIssueResponse { Action = UserInfoIssueAction.Json, ResponseContent = """{"sub":"alice"}""" });
        var claims = new Claims();
        await using TestHost host = await StartAsync(authlete, claims);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("Bearer at"));

        ((int)response.StatusCode).Should().Be(200);
        claims.Asked.Should().ContainSingle().Which.Should().NotBeNull().And.BeEmpty();
    }

    [Theory]
    [InlineData("DPoP at", null, true)]
    [InlineData("dpop at", null, true)]
    [InlineData("Bearer at", "proof.jwt", true)]
    [InlineData("Bearer at", null, false)]
    [InlineData(null, null, false)]
    public async Task Authlete_is_given_the_method_and_uri_for_a_dpop_token_or_proof_only(string? authorization, string? proof, bool dpop)
    {
        await using TestHost host = await StartAsync(ValidThenIssued());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/userinfo");
        if (authorization is null)
        {
            request.Content = new StringContent("access_token=at", Encoding.UTF8, "application/x-www-form-urlencoded");
        }
        else
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (proof is not null)
        {
            request.Headers.Add("DPoP", proof);
        }

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        JsonObject call = host.Calls.Request(AuthleteApis.UserInfo);
        call["token"]!.GetValue<string>().Should().Be("at");
        if (dpop)
        {
            call["htm"]!.GetValue<string>().Should().Be("POST");
            call["htu"]!.GetValue<string>().Should().Be(new Uri(host.Address, "/userinfo").ToString());
        }
        else
        {
            call.ContainsKey("htm").Should().BeFalse();
            call.ContainsKey("htu").Should().BeFalse();
        }
    }

    [Fact]
    public async Task A_header_token_with_an_empty_form_body_is_answered()
    {
        await using TestHost host = await StartAsync(ValidThenIssued());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/userinfo")
        {
            Content = new StringContent("", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "at");

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        host.Calls.Request(AuthleteApis.UserInfo)["token"]!.GetValue<string>().Should().Be("at");
    }

    [Fact]
    public async Task A_form_token_sent_in_chunks_without_a_length_is_read()
    {
        await using TestHost host = await StartAsync(ValidThenIssued());
        var content = new StreamContent(new NonSeekableStream(Encoding.ASCII.GetBytes("access_token=at")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/userinfo") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        host.Calls.Request(AuthleteApis.UserInfo)["token"]!.GetValue<string>().Should().Be("at");
    }

    [Fact]
    public async Task A_context_that_cannot_tell_whether_it_has_a_body_is_read_from_its_header_only()
    {
        // A host calling the handler itself, with a context of its own (no body detection feature, no length).
        var handler = new UserInfoHandler(ValidThenIssued(), new Claims(), Options.Create(new AuthleteAspNetCoreOptions()), NullLogger<UserInfoHandler>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.Headers.Authorization = "Bearer at";

        AuthleteResult result = await handler.HandleAsync(context);

        result.StatusCode.Should().Be(200);
        result.Content.Should().Be("""{"sub":"alice"}""");
    }

    /// <summary>A body whose length the client cannot know in advance, so that it is sent chunked.</summary>
    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
