using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Authlete.Sdk.AspNetCore.Tests.Token;

public sealed class TokenEndpointTests
{
    private const string CibaForm = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=r-1";

    private static FakeAuthlete Scripted(TokenResponse response)
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueResponse(AuthleteApis.Token, response);
        return authlete;
    }

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
        => JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.GetValue<string>();

    [Fact]
    public async Task Tokens_are_returned_with_the_dpop_nonce_and_the_proof_is_forwarded()
    {
        const string tokens = """{"access_token":"at","token_type":"DPoP","expires_in":3600}""";
        // The fake does not implement DPoP: the answer is scripted.
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse { Action = TokenAction.Ok, ResponseContent = tokens, DpopNonce = "nonce-1" }));

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm, basic: "client:secret",
            configure: r => r.Headers.Add("DPoP", "proof.jwt"));

        await response.ShouldBeAsync(200, tokens);
        response.Header("DPoP-Nonce").Should().Be("nonce-1");
        JsonObject call = host.Calls.Request(AuthleteApis.Token);
        call["parameters"]!.GetValue<string>().Should().Be("grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=r-1");
        call["dpop"]!.GetValue<string>().Should().Be("proof.jwt");
        call["htm"]!.GetValue<string>().Should().Be("POST");
        call["clientId"]!.GetValue<string>().Should().Be("client");
    }

    [Theory]
    [InlineData("authorization_pending")]
    [InlineData("slow_down")]
    [InlineData("expired_token")]
    [InlineData("access_denied")]
    public async Task Pending_and_final_grant_errors_pass_through_as_400_unchanged(string error)
    {
        var time = new FakeTimeProvider();
        var authlete = new FakeAuthlete(new FakeServiceSettings { DeviceFlowCodeDuration = TimeSpan.FromMinutes(10) }, time);
        authlete.AddClient(new FakeClient { ClientId = 2001, ClientIdAlias = "tv", ClientAuthMethod = ClientAuthMethod.None });
        DeviceAuthorizationResponse device = await authlete.DeviceAuthorizationAsync(new() { Parameters = "client_id=tv&scope=openid" });
        string form = "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&client_id=tv&device_code=" + Uri.EscapeDataString(device.DeviceCode!);
        await using TestHost host = await TestHost.StartAsync(authlete);
        switch (error)
        {
            case "slow_down":
                using (HttpResponseMessage first = await host.PostFormAsync("/token", form))
                {
                    (await ErrorOfAsync(first)).Should().Be("authorization_pending");
                }

                break;
            case "expired_token":
                time.Advance(TimeSpan.FromMinutes(11));
                break;
            case "access_denied":
                (await authlete.DeviceCompleteAsync(new() { UserCode = device.UserCode, Result = DeviceCompleteResult.AccessDenied, Subject = "alice" }))
                    .Action.Should().Be(DeviceCompleteAction.Success);
                break;
        }

        using HttpResponseMessage response = await host.PostFormAsync("/token", form);

        await response.ShouldBeAsync(400, host.Calls.ResponseContent(AuthleteApis.Token));
        (await ErrorOfAsync(response)).Should().Be(error);
    }

    [Theory]
    [InlineData(true, 401)]
    [InlineData(false, 400)]
    public async Task Invalid_client_is_a_401_challenge_only_after_basic(bool basic, int status)
    {
        var authlete = new FakeAuthlete();
        authlete.AddClient(new FakeClient { ClientId = 42, ClientIdAlias = "client", ClientSecret = "secret", DeliveryMode = DeliveryMode.Poll });
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = basic
            ? await host.PostFormAsync("/token", CibaForm, basic: "client:bad")
            : await host.PostFormAsync("/token", CibaForm + "&client_id=client&client_secret=bad");

        await response.ShouldBeAsync(status, host.Calls.ResponseContent(AuthleteApis.Token));
        host.Calls.OneCall(AuthleteApis.Token).Response!["action"]!.GetValue<string>().Should().Be("INVALID_CLIENT");
        (await ErrorOfAsync(response)).Should().Be("invalid_client");
        response.Headers.WwwAuthenticate.ToString().Should().Be(basic ? "Basic realm=\"token\", error=\"invalid_client\"" : "");
    }

    [Fact]
    public async Task Internal_server_error_is_a_500_with_the_attestation_challenge()
    {
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse
        {
            Action = TokenAction.InternalServerError,
            ResponseContent = """{"error":"server_error"}""",
            AttestationChallenge = "c",
        }));

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm);

        await response.ShouldBeAsync(500, """{"error":"server_error"}""");
        response.Header("OAuth-Client-Attestation-Challenge").Should().Be("c");
    }

    [Theory]
    [InlineData("PASSWORD")]
    [InlineData("TOKEN_EXCHANGE")]
    [InlineData("JWT_BEARER")]
    [InlineData("NATIVE_SSO")]
    public async Task Steps_without_a_grant_handler_are_unsupported_grant_types(string action)
    {
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse { Action = action, ResponseContent = "should-not-leak" }));

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=password&username=a&password=b");

        await response.ShouldBeAsync(400, """{"error":"unsupported_grant_type","error_description":"The grant type is not supported by this token endpoint."}""");
        host.LogsWithId(2008).Should().ContainSingle().Which.Message.Should().Contain(action);
    }

    [Fact]
    public async Task An_unknown_action_is_a_500()
    {
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse { Action = "SOMETHING_NEW", ResponseContent = "should-not-leak" }));

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm);

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2001).Should().ContainSingle("an operator learns which API answered what").Which.Message.Should()
            .StartWith("Authlete's /auth/token answered action 'SOMETHING_NEW'");
    }

    private sealed class Grants(Func<TokenResponse, AuthleteResult> handle) : ITokenHandlerSpi
    {
        public Task<AuthleteResult> HandleAsync(TokenResponse response, HttpContext context, CancellationToken cancellationToken)
            => Task.FromResult(handle(response));
    }

    [Fact]
    public async Task A_grant_handler_answers_the_steps()
    {
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse { Action = TokenAction.Password, Ticket = "pt", Username = "a" }),
            s => s.AddSingleton<ITokenHandlerSpi>(new Grants(r => new AuthleteResult(200, $$"""{"ticket":"{{r.Ticket}}"}"""))));

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=password&username=a&password=b");

        await response.ShouldBeAsync(200, """{"ticket":"pt"}""");
    }

    [Fact]
    public async Task A_failing_grant_handler_is_a_500_server_error_and_logged()
    {
        await using TestHost host = await TestHost.StartAsync(Scripted(new TokenResponse { Action = TokenAction.JwtBearer }),
            s => s.AddSingleton<ITokenHandlerSpi>(new Grants(_ => throw new InvalidOperationException("no keys"))));

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=x");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2002).Should().ContainSingle().Which.Message.Should().Contain(nameof(ITokenHandlerSpi)).And.Contain("token");
        host.LogsWithId(2002).Single().Exception!.Message.Should().Be("no keys");
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_500_server_error_and_logged_for_the_token_endpoint()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueFailure(AuthleteApis.Token, 403, "A001215", "[A001215] locked");
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=client_credentials", basic: "tv:s3cret");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        LogEntry logged = host.LogsWithId(2000).Should().ContainSingle().Subject;
        logged.Message.Should().Contain("The token endpoint");
        logged.Exception.Should().BeOfType<AuthleteApiException>().Which.Status.Should().Be(403);
    }
}
