using System.Net;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>The backchannel authentication endpoint over Kestrel, Authlete faked.</summary>
public sealed class BackchannelAuthenticationEndpointTests
{
    private const string Path = "/backchannel/authentication";
    private const string Form = "scope=openid&login_hint=alice&binding_message=W4SCT";
    private const string Issued = """{"auth_req_id":"r-1","expires_in":120,"interval":5}""";
    private readonly FakeUsers _users = new();

    private static string UserIdentification(string extra = "")
        => FakeAuthlete.Json("USER_IDENTIFICATION", null,
            "\"ticket\":\"t-1\",\"hintType\":\"LOGIN_HINT\",\"hint\":\"alice\",\"bindingMessage\":\"W4SCT\",\"deliveryMode\":\"PING\",\"clientId\":42" + (extra.Length > 0 ? "," + extra : ""));

    private Task<TestHost> StartAsync(FakeAuthlete authlete, Action<AuthleteAspNetCoreOptions>? options = null)
        => TestHost.StartAsync(authlete, s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(_users), options: options);

    private static FakeAuthlete IssueOk(FakeAuthlete authlete)
        => authlete.On("backchannel/authentication/issue", FakeAuthlete.Json("OK", Issued, "\"authReqId\":\"r-1\",\"expiresIn\":120,\"interval\":5"));

    [Theory]
    [InlineData("BAD_REQUEST", 400)]
    [InlineData("UNAUTHORIZED", 401)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    public async Task Authlete_answers_pass_through_with_the_prescribed_status_and_headers(string action, int status)
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication", FakeAuthlete.Json(action, """{"error":"e1"}"""));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: "client:s%20ecret",
            configure: r => r.Headers.Add("OAuth-Client-Attestation", "att-jwt"));

        await response.ShouldBeAsync(status, """{"error":"e1"}""");
        response.Headers.WwwAuthenticate.ToString().Should().Be(status == 401 ? "Basic realm=\"backchannel_authentication\", error=\"invalid_client\"" : "");
        var call = authlete.Call("backchannel/authentication");
        call["parameters"]!.GetValue<string>().Should().Be(Form);
        call["clientId"]!.GetValue<string>().Should().Be("client");
        call["clientSecret"]!.GetValue<string>().Should().Be("s ecret");
        call["oauthClientAttestation"]!.GetValue<string>().Should().Be("att-jwt");
        _users.Identified.Should().BeEmpty();
    }

    [Fact]
    public async Task Identified_user_gets_an_auth_req_id_and_the_device_is_contacted_in_the_background()
    {
        var authlete = IssueOk(new FakeAuthlete().On("backchannel/authentication", UserIdentification()));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(200, Issued);
        _users.Identified.Single().Hint.Should().Be("alice");
        _users.Identified.Single().HintType.Should().Be(UserIdentificationHintType.LoginHint);
        CibaAuthenticationContext context = await _users.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        context.User.Subject.Should().Be("user-alice");
        context.Ticket.Should().Be("t-1");
        context.AuthReqId.Should().Be("r-1");
        context.BindingMessage.Should().Be("W4SCT");
        context.DeliveryMode.Should().Be(DeliveryMode.Ping);
        context.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(120), TimeSpan.FromSeconds(30));
        authlete.Call("backchannel/authentication/issue")["ticket"]!.GetValue<string>().Should().Be("t-1");
        authlete.Apis.Should().NotContain("backchannel/authentication/fail");
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_the_device()
    {
        var authlete = IssueOk(new FakeAuthlete().On("backchannel/authentication", UserIdentification()));
        var release = new TaskCompletionSource();
        _users.Start = _ => release.Task;
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form).WaitAsync(TimeSpan.FromSeconds(10));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _users.Started.Task.IsCompleted.Should().BeFalse();
        release.SetResult();
    }

    [Theory]
    [InlineData("INVALID_TICKET")]
    [InlineData("INTERNAL_SERVER_ERROR")]
    public async Task A_failed_issue_is_a_500_and_no_device_is_contacted(string action)
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification())
            .On("backchannel/authentication/issue", FakeAuthlete.Json(action, """{"error":"server_error"}"""));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(500, """{"error":"server_error"}""");
        await Task.Delay(100);
        _users.Started.Task.IsCompleted.Should().BeFalse();
    }

    public static TheoryData<string, string, Action<FakeUsers>> Rejections => new()
    {
        { "UNKNOWN_USER_ID", "", u => u.Identify = (_, _) => Task.FromResult<CibaUserIdentification>((CibaUser?)null) },
        { "EXPIRED_LOGIN_HINT_TOKEN", "", u => u.Identify = (_, _) => Task.FromResult(CibaUserIdentification.Fail(BackchannelAuthenticationFailReason.ExpiredLoginHintToken)) },
        { "MISSING_USER_CODE", "\"userCodeRequired\":true", _ => { } },
        { "INVALID_USER_CODE", "\"userCodeRequired\":true,\"userCode\":\"000\"", u => u.UserCodeIsValid = _ => false },
        { "INVALID_BINDING_MESSAGE", "\"bindingMessage\":\"" + new string('x', 65) + "\"", _ => { } },
        { "INVALID_BINDING_MESSAGE", "\"bindingMessage\":\"a\\nb\"", _ => { } },
        { "INVALID_TARGET", "", u => u.Rejection = BackchannelAuthenticationFailReason.InvalidTarget },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Rejections_go_through_the_fail_api_with_the_right_reason(string reason, string extra, Action<FakeUsers> script)
    {
        script(_users);
        string error = """{"error":"x_error"}""";
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification(extra))
            .On("backchannel/authentication/fail", FakeAuthlete.Json("BAD_REQUEST", error));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(400, error);
        var fail = authlete.Call("backchannel/authentication/fail");
        fail["ticket"]!.GetValue<string>().Should().Be("t-1");
        fail["reason"]!.GetValue<string>().Should().Be(reason);
        authlete.Apis.Should().NotContain("backchannel/authentication/issue");
    }

    [Fact]
    public async Task A_required_user_code_is_checked_by_the_host()
    {
        var authlete = IssueOk(new FakeAuthlete().On("backchannel/authentication", UserIdentification("\"userCodeRequired\":true,\"userCode\":\"1234\"")));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _users.UserCodes.Should().Equal("1234");
    }

    [Fact]
    public async Task Access_denied_by_policy_is_a_403()
    {
        _users.Rejection = BackchannelAuthenticationFailReason.AccessDenied;
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification())
            .On("backchannel/authentication/fail", FakeAuthlete.Json("FORBIDDEN", """{"error":"access_denied"}"""));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(403, """{"error":"access_denied"}""");
        authlete.Call("backchannel/authentication/fail")["reason"]!.GetValue<string>().Should().Be("ACCESS_DENIED");
    }

    [Fact]
    public async Task A_failing_user_handler_fails_the_ticket_with_server_error_answers_500_and_logs()
    {
        _users.Identify = (_, _) => throw new InvalidOperationException("user store down");
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification())
            .On("backchannel/authentication/fail", FakeAuthlete.Json("INTERNAL_SERVER_ERROR", """{"error":"server_error","error_description":"x"}"""));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"x"}""");
        authlete.Call("backchannel/authentication/fail")["reason"]!.GetValue<string>().Should().Be("SERVER_ERROR");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception!.Message.Should().Be("user store down");
    }

    [Fact]
    public async Task A_hanging_user_handler_times_out_instead_of_hanging()
    {
        _users.Identify = async (_, _) => { await Task.Delay(Timeout.Infinite, CancellationToken.None); return null!; };
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification())
            .On("backchannel/authentication/fail", FakeAuthlete.Json("INTERNAL_SERVER_ERROR", """{"error":"server_error"}"""));
        await using TestHost host = await StartAsync(authlete, o => o.CallbackTimeout = TimeSpan.FromMilliseconds(200));

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form).WaitAsync(TimeSpan.FromSeconds(10));

        await response.ShouldBeAsync(500, """{"error":"server_error"}""");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception.Should().BeOfType<TimeoutException>();
    }

    [Fact]
    public async Task When_even_the_fail_api_fails_the_answer_is_our_own_server_error()
    {
        _users.Identify = (_, _) => throw new InvalidOperationException("boom");
        var authlete = new FakeAuthlete().On("backchannel/authentication", UserIdentification()).Rejects("backchannel/authentication/fail");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        ((int)response.StatusCode).Should().Be(500);
        (await response.Content.ReadAsStringAsync()).Should().StartWith("""{"error":"server_error","error_description":""");
        host.LogsWithId(2000).Should().ContainSingle();
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_500_server_error_and_logged()
    {
        var authlete = new FakeAuthlete().Rejects("backchannel/authentication", HttpStatusCode.Unauthorized);
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2000).Should().ContainSingle().Which.Exception.Should().BeOfType<AuthleteApiException>();
    }

    [Fact]
    public async Task An_unknown_action_is_a_500_and_logged()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication", FakeAuthlete.Json("SOMETHING_NEW", "{}"));
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        ((int)response.StatusCode).Should().Be(500);
        host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should().Contain("SOMETHING_NEW");
    }

    [Fact]
    public async Task A_failing_device_start_is_logged_and_completes_the_request_as_transaction_failed()
    {
        _users.Start = _ => throw new InvalidOperationException("push service down");
        var completed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var authlete = IssueOk(new FakeAuthlete().On("backchannel/authentication", UserIdentification()))
            .On("backchannel/authentication/complete", body =>
            {
                completed.TrySetResult(body.ToJsonString());
                return FakeAuthlete.Json("NO_ACTION");
            });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        string complete = await completed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        complete.Should().Contain("\"result\":\"TRANSACTION_FAILED\"").And.Contain("\"subject\":\"user-alice\"").And.Contain("\"ticket\":\"t-1\"");
        host.LogsWithId(2004).Should().ContainSingle().Which.Level.Should().Be(LogLevel.Error);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_an_invalid_request()
    {
        var authlete = new FakeAuthlete();
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.PostAsync(Path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeAsync(400, """{"error":"invalid_request","error_description":"The request body must be application/x-www-form-urlencoded."}""");
        authlete.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task The_path_is_configurable()
    {
        var authlete = new FakeAuthlete().On("backchannel/authentication", FakeAuthlete.Json("BAD_REQUEST", "{}"));
        await using TestHost host = await StartAsync(authlete, o => o.BackchannelAuthenticationPath = "/ciba/auth");

        using HttpResponseMessage response = await host.PostFormAsync("/ciba/auth", Form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}
