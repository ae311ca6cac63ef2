using System.Net;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>The backchannel authentication endpoint over Kestrel, against Authlete.Sdk.Testing's fake Authlete.</summary>
public sealed class BackchannelAuthenticationEndpointTests : IDisposable
{
    private const string Path = "/backchannel/authentication";
    private const string Request = "scope=openid&login_hint=alice&client_notification_token=cnt-1";
    private const string Form = Request + "&binding_message=W4SCT";
    private const string Basic = "bank-app:s3cret";
    private readonly FakeUsers _users = new();
    private readonly FakeAuthlete _authlete = new(new FakeServiceSettings
    {
        BackchannelAuthReqIdDuration = TimeSpan.FromSeconds(120),
        BackchannelPollingInterval = TimeSpan.FromSeconds(5),
    });

    private readonly FakeClient _client;

    public BackchannelAuthenticationEndpointTests()
        => _client = _authlete.AddClient(new FakeClient
        {
            ClientId = 42, ClientIdAlias = "bank-app", ClientSecret = "s3cret",
            DeliveryMode = DeliveryMode.Ping, ClientNotificationEndpoint = new Uri("https://rp.example.com/cb"),
        });

    public void Dispose() => _authlete.Dispose();

    private Task<TestHost> StartAsync(Action<AuthleteAspNetCoreOptions>? options = null)
        => TestHost.StartAsync(_authlete, s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(_users), options: options);

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();

    [Theory]
    [InlineData("BAD_REQUEST", 400)]
    [InlineData("UNAUTHORIZED", 401)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    public async Task Authlete_answers_pass_through_with_the_prescribed_status_and_headers(string action, int status)
    {
        _authlete.EnqueueResponse(AuthleteApis.BackchannelAuthentication, new BackchannelAuthenticationResponse
        {
            Action = action,
            ResponseContent = """{"error":"e1"}""",
        });
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: "client:s%20ecret",
            configure: r => r.Headers.Add("OAuth-Client-Attestation", "att-jwt"));

        await response.ShouldBeAsync(status, """{"error":"e1"}""");
        response.Headers.WwwAuthenticate.ToString().Should().Be(status == 401 ? "Basic realm=\"backchannel_authentication\", error=\"invalid_client\"" : "");
        JsonObject call = host.Calls.Request(AuthleteApis.BackchannelAuthentication);
        call["parameters"]!.GetValue<string>().Should().Be(Form);
        call["clientId"]!.GetValue<string>().Should().Be("client");
        call["clientSecret"]!.GetValue<string>().Should().Be("s ecret");
        call["oauthClientAttestation"]!.GetValue<string>().Should().Be("att-jwt");
        _users.Identified.Should().BeEmpty();
    }

    [Fact]
    public async Task Identified_user_gets_an_auth_req_id_and_the_device_is_contacted_in_the_background()
    {
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        FakeCibaRequest pending = _authlete.PendingCibaRequests.Should().ContainSingle().Subject;
        pending.AuthReqId.Should().NotBeNull("the host issued the auth_req_id");
        await response.ShouldBeAsync(200, $$"""{"auth_req_id":"{{pending.AuthReqId}}","expires_in":120,"interval":5}""");
        _users.Identified.Single().Hint.Should().Be("alice");
        _users.Identified.Single().HintType.Should().Be(UserIdentificationHintType.LoginHint);
        CibaAuthenticationContext context = await _users.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        context.User.Subject.Should().Be("user-alice");
        context.Ticket.Should().Be(pending.Ticket);
        context.AuthReqId.Should().Be(pending.AuthReqId);
        context.BindingMessage.Should().Be("W4SCT");
        context.DeliveryMode.Should().Be(DeliveryMode.Ping);
        context.ExpiresAt.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(120), TimeSpan.FromSeconds(30));
        host.Calls.Request(AuthleteApis.BackchannelAuthenticationIssue)["ticket"]!.GetValue<string>().Should().Be(pending.Ticket);
        host.Calls.Apis.Should().NotContain(AuthleteApis.BackchannelAuthenticationFail);
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_the_device()
    {
        var release = new TaskCompletionSource();
        _users.Start = _ => release.Task;
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic).WaitAsync(TimeSpan.FromSeconds(10));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _users.Started.Task.IsCompleted.Should().BeFalse();
        release.SetResult();
    }

    [Theory]
    [InlineData("INVALID_TICKET")]
    [InlineData("INTERNAL_SERVER_ERROR")]
    public async Task A_failed_issue_is_a_500_and_no_device_is_contacted(string action)
    {
        _authlete.EnqueueResponse(AuthleteApis.BackchannelAuthenticationIssue, new BackchannelAuthenticationIssueResponse
        {
            Action = action,
            ResponseContent = """{"error":"server_error"}""",
        });
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error"}""");
        host.Calls.Apis.Should().Equal(AuthleteApis.BackchannelAuthentication, AuthleteApis.BackchannelAuthenticationIssue);
        await Task.Delay(100);
        _users.Started.Task.IsCompleted.Should().BeFalse();
    }

    /// <param name="Form">The request to the endpoint.</param>
    /// <param name="Users">How the host's user handler answers.</param>
    /// <param name="Authlete">What is set up in the fake Authlete first.</param>
    private sealed record Rejection(string Reason, string Form, Action<FakeUsers> Users, Func<FakeAuthlete, FakeClient, Task>? Authlete = null);

    private static readonly Dictionary<string, Rejection> s_rejections = new()
    {
        ["an unknown user"] = new("UNKNOWN_USER_ID", Form,
            u => u.Identify = (_, _) => Task.FromResult<CibaUserIdentification>((CibaUser?)null)),
        ["an expired login_hint_token"] = new("EXPIRED_LOGIN_HINT_TOKEN", Form,
            u => u.Identify = (_, _) => Task.FromResult(CibaUserIdentification.Fail(BackchannelAuthenticationFailReason.ExpiredLoginHintToken))),
        ["a user code required but missing"] = new("MISSING_USER_CODE", Form, _ => { }, UserCodeRequiredButMissingAsync),
        ["a user code the host rejects"] = new("INVALID_USER_CODE", Form + "&user_code=000", u => u.UserCodeIsValid = _ => false,
            (_, client) =>
            {
                client.UserCodeRequired = true;
                return Task.CompletedTask;
            }),
        ["a binding message longer than the host allows"] = new("INVALID_BINDING_MESSAGE", Request + "&binding_message=" + new string('x', 65), _ => { }),
        ["a binding message with a control character"] = new("INVALID_BINDING_MESSAGE", Request + "&binding_message=a%0Ab", _ => { }),
        ["a request the host's policy refuses"] = new("INVALID_TARGET", Form, u => u.Rejection = BackchannelAuthenticationFailReason.InvalidTarget),
    };

    public static TheoryData<string> Rejections => new(s_rejections.Keys);

    /// <summary>
    /// Authlete itself refuses a request without the user code its client requires, so the answer that leaves the check to
    /// the host is scripted: the fake's own answer to a real request, with <c>userCodeRequired</c> set and no user code.
    /// </summary>
    private static async Task UserCodeRequiredButMissingAsync(FakeAuthlete authlete, FakeClient client)
    {
        BackchannelAuthenticationResponse answer = await authlete.BackchannelAuthenticationAsync(
            new() { Parameters = Form, ClientId = client.ClientIdAlias, ClientSecret = client.ClientSecret });
        answer.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        answer.UserCodeRequired = true;
        answer.UserCode = null;
        authlete.EnqueueResponse(AuthleteApis.BackchannelAuthentication, answer);
    }

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task Rejections_go_through_the_fail_api_with_the_right_reason(string name)
    {
        Rejection rejection = s_rejections[name];
        rejection.Users(_users);
        if (rejection.Authlete is not null)
        {
            await rejection.Authlete(_authlete, _client);
        }

        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, rejection.Form, basic: Basic);

        await response.ShouldBeAsync(400, host.Calls.ResponseContent(AuthleteApis.BackchannelAuthenticationFail));
        (await ErrorOfAsync(response)).Should().Be(rejection.Reason.ToLowerInvariant());
        JsonObject fail = host.Calls.Request(AuthleteApis.BackchannelAuthenticationFail);
        fail["ticket"]!.GetValue<string>().Should().Be(_users.Identified.Single().Ticket);
        fail["reason"]!.GetValue<string>().Should().Be(rejection.Reason);
        host.Calls.Apis.Should().NotContain(AuthleteApis.BackchannelAuthenticationIssue);
        _authlete.PendingCibaRequests.Should().BeEmpty("the fail API ended the ticket");
        host.LogsWithId(2003).Should().ContainSingle("an operator sees which client was refused and why")
            .Which.Message.Should().Be($"CIBA request of client bank-app rejected with {rejection.Reason}");
    }

    [Fact]
    public async Task A_required_user_code_is_checked_by_the_host()
    {
        _client.UserCodeRequired = true;
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form + "&user_code=1234", basic: Basic);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        _users.UserCodes.Should().Equal("1234");
        _authlete.PendingCibaRequests.Should().ContainSingle().Which.UserCode.Should().Be("1234");
    }

    [Fact]
    public async Task Access_denied_by_policy_is_a_403()
    {
        _users.Rejection = BackchannelAuthenticationFailReason.AccessDenied;
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(403, host.Calls.ResponseContent(AuthleteApis.BackchannelAuthenticationFail));
        (await ErrorOfAsync(response)).Should().Be("access_denied");
        host.Calls.Request(AuthleteApis.BackchannelAuthenticationFail)["reason"]!.GetValue<string>().Should().Be("ACCESS_DENIED");
    }

    [Fact]
    public async Task A_failing_user_handler_fails_the_ticket_with_server_error_answers_500_and_logs()
    {
        _users.Identify = (_, _) => throw new InvalidOperationException("user store down");
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, host.Calls.ResponseContent(AuthleteApis.BackchannelAuthenticationFail));
        (await ErrorOfAsync(response)).Should().Be("server_error");
        host.Calls.Request(AuthleteApis.BackchannelAuthenticationFail)["reason"]!.GetValue<string>().Should().Be("SERVER_ERROR");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception!.Message.Should().Be("user store down");
        _authlete.PendingCibaRequests.Should().BeEmpty("the fail API ended the ticket");
    }

    [Fact]
    public async Task A_hanging_user_handler_times_out_instead_of_hanging()
    {
        _users.Identify = async (_, _) => { await Task.Delay(Timeout.Infinite, CancellationToken.None); return null!; };
        await using TestHost host = await StartAsync(o => o.CallbackTimeout = TimeSpan.FromMilliseconds(200));

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic).WaitAsync(TimeSpan.FromSeconds(10));

        await response.ShouldBeAsync(500, host.Calls.ResponseContent(AuthleteApis.BackchannelAuthenticationFail));
        (await ErrorOfAsync(response)).Should().Be("server_error");
        host.Calls.Request(AuthleteApis.BackchannelAuthenticationFail)["reason"]!.GetValue<string>().Should().Be("SERVER_ERROR");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception.Should().BeOfType<TimeoutException>();
    }

    [Fact]
    public async Task When_even_the_fail_api_fails_the_answer_is_our_own_server_error()
    {
        _users.Identify = (_, _) => throw new InvalidOperationException("boom");
        _authlete.EnqueueFailure(AuthleteApis.BackchannelAuthenticationFail, 403, "A001215", "[A001215] locked");
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.Calls.OneCall(AuthleteApis.BackchannelAuthenticationFail).Status.Should().Be(403);
        host.LogsWithId(2000).Should().ContainSingle();
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_500_server_error_and_logged()
    {
        _authlete.EnqueueFailure(AuthleteApis.BackchannelAuthentication, 401, "A001202", "[A001202] Authorization header is missing.");
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2000).Should().ContainSingle().Which.Exception.Should().BeOfType<AuthleteApiException>();
        _users.Identified.Should().BeEmpty();
    }

    [Fact]
    public async Task An_unknown_action_is_a_500_and_logged()
    {
        _authlete.EnqueueResponse(AuthleteApis.BackchannelAuthentication, new BackchannelAuthenticationResponse { Action = "SOMETHING_NEW", ResponseContent = "{}" });
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should().Contain("SOMETHING_NEW")
            .And.Contain("Authlete's /backchannel/authentication answered");
    }

    [Theory]
    [InlineData("unreachable")]
    [InlineData("an unknown action")]
    public async Task An_issue_step_that_fails_is_a_500_saying_no_auth_req_id_was_issued_and_no_device_is_contacted(string how)
    {
        if (how == "unreachable")
        {
            _authlete.EnqueueFailure(AuthleteApis.BackchannelAuthenticationIssue, 500, "A001101", "[A001101] failed");
        }
        else
        {
            _authlete.EnqueueResponse(AuthleteApis.BackchannelAuthenticationIssue, new BackchannelAuthenticationIssueResponse { Action = "SOMETHING_NEW" });
        }

        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not issue the auth_req_id."}""");
        if (how == "unreachable")
        {
            host.LogsWithId(2000).Should().ContainSingle().Which.Message.Should()
                .Be("The backchannel authentication endpoint could not get an answer from Authlete; answering 500 server_error");
        }
        else
        {
            host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should()
                .StartWith("Authlete's /backchannel/authentication/issue answered action 'SOMETHING_NEW'");
        }

        await Task.Delay(100);
        _users.Started.Task.IsCompleted.Should().BeFalse();
    }

    [Fact]
    public async Task An_unknown_action_of_the_fail_api_is_our_own_server_error_and_logged_naming_the_api()
    {
        _users.Identify = (_, _) => Task.FromResult<CibaUserIdentification>((CibaUser?)null);
        _authlete.EnqueueResponse(AuthleteApis.BackchannelAuthenticationFail, new BackchannelAuthenticationFailResponse { Action = "SOMETHING_NEW", ResponseContent = "{}" });
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2001).Should().ContainSingle().Which.Message.Should()
            .StartWith("Authlete's /backchannel/authentication/fail answered action 'SOMETHING_NEW'");
    }

    [Fact]
    public async Task A_binding_message_of_exactly_the_allowed_length_is_accepted()
    {
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Request + "&binding_message=" + new string('x', 64), basic: Basic);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Calls.Apis.Should().NotContain(AuthleteApis.BackchannelAuthenticationFail);
    }

    [Fact]
    public async Task A_failing_device_start_leaves_the_request_pending_when_completing_on_failure_is_off()
    {
        _client.DeliveryMode = DeliveryMode.Poll;
        _users.Start = _ => throw new InvalidOperationException("push service down");
        await using TestHost host = await StartAsync(o => o.CompleteOnStartFailure = false);

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        await _users.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(200);
        host.LogsWithId(2004).Should().ContainSingle();
        host.Calls.Apis.Should().NotContain(AuthleteApis.BackchannelAuthenticationComplete);
        _authlete.PendingCibaRequests.Should().ContainSingle("the host completes it itself, for example when the user answers on another device");
    }

    [Fact]
    public async Task A_failing_device_start_is_logged_and_completes_the_request_as_transaction_failed()
    {
        _client.DeliveryMode = DeliveryMode.Poll;   // nothing to deliver once the request is completed
        _users.Start = _ => throw new InvalidOperationException("push service down");
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.PostFormAsync(Path, Form, basic: Basic);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        AuthleteCall complete = await host.Calls.FirstAsync(AuthleteApis.BackchannelAuthenticationComplete);
        complete.Request["result"]!.GetValue<string>().Should().Be("TRANSACTION_FAILED");
        complete.Request["subject"]!.GetValue<string>().Should().Be("user-alice");
        complete.Request["ticket"]!.GetValue<string>().Should().Be(_users.Identified.Single().Ticket);
        complete.Request["errorDescription"]!.GetValue<string>().Should().Be("The authentication device could not be reached.");
        complete.Response!["action"]!.GetValue<string>().Should().Be("NO_ACTION");
        _authlete.PendingCibaRequests.Should().BeEmpty("the decision ended the request");
        host.LogsWithId(2004).Should().ContainSingle().Which.Level.Should().Be(LogLevel.Error);
    }

    [Fact]
    public async Task A_body_that_is_not_a_form_is_an_invalid_request()
    {
        await using TestHost host = await StartAsync();

        using HttpResponseMessage response = await host.Client.PostAsync(Path, new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeAsync(400, """{"error":"invalid_request","error_description":"The request body must be application/x-www-form-urlencoded."}""");
        host.Calls.All.Should().BeEmpty();
    }

    [Fact]
    public async Task The_path_is_configurable()
    {
        await using TestHost host = await StartAsync(o => o.BackchannelAuthenticationPath = "/ciba/auth");

        using HttpResponseMessage response = await host.PostFormAsync("/ciba/auth", Form, basic: Basic);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Calls.Apis.Should().StartWith(AuthleteApis.BackchannelAuthentication);
    }
}
