using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Token;

public sealed class TokenEndpointTests
{
    private const string CibaForm = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=r-1";

    [Fact]
    public async Task Tokens_are_returned_with_the_dpop_nonce_and_the_proof_is_forwarded()
    {
        const string tokens = """{"access_token":"at","token_type":"DPoP","expires_in":3600}""";
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("OK", tokens, "\"dpopNonce\":\"nonce-1\""));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm, basic: "client:secret",
            configure: r => r.Headers.Add("DPoP", "proof.jwt"));

        await response.ShouldBeAsync(200, tokens);
        response.Header("DPoP-Nonce").Should().Be("nonce-1");
        var call = authlete.Call("auth/token");
        call["parameters"]!.GetValue<string>().Should().Be("grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=r-1");
        call["dpop"]!.GetValue<string>().Should().Be("proof.jwt");
        call["htm"]!.GetValue<string>().Should().Be("POST");
        call["clientId"]!.GetValue<string>().Should().Be("client");
    }

    [Theory]
    [InlineData("""{"error":"authorization_pending","error_description":"wait"}""")]
    [InlineData("""{"error":"slow_down"}""")]
    [InlineData("""{"error":"expired_token"}""")]
    [InlineData("""{"error":"access_denied"}""")]
    public async Task Pending_and_final_grant_errors_pass_through_as_400_unchanged(string content)
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("BAD_REQUEST", content));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code&device_code=dc");

        await response.ShouldBeAsync(400, content);
    }

    [Theory]
    [InlineData(true, 401)]
    [InlineData(false, 400)]
    public async Task Invalid_client_is_a_401_challenge_only_after_basic(bool basic, int status)
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("INVALID_CLIENT", """{"error":"invalid_client"}"""));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm, basic: basic ? "client:bad" : null);

        await response.ShouldBeAsync(status, """{"error":"invalid_client"}""");
        response.Headers.WwwAuthenticate.ToString().Should().Be(basic ? "Basic realm=\"token\", error=\"invalid_client\"" : "");
    }

    [Fact]
    public async Task Internal_server_error_is_a_500_with_the_attestation_challenge()
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("INTERNAL_SERVER_ERROR", """{"error":"server_error"}""", "\"attestationChallenge\":\"c\""));
        await using TestHost host = await TestHost.StartAsync(authlete);

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
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json(action, "should-not-leak"));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=password&username=a&password=b");

        await response.ShouldBeAsync(400, """{"error":"unsupported_grant_type","error_description":"The grant type is not supported by this token endpoint."}""");
        host.LogsWithId(2008).Should().ContainSingle().Which.Message.Should().Contain(action);
    }

    [Fact]
    public async Task An_unknown_action_is_a_500()
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("SOMETHING_NEW", "should-not-leak"));
        await using TestHost host = await TestHost.StartAsync(authlete);

        using HttpResponseMessage response = await host.PostFormAsync("/token", CibaForm);

        ((int)response.StatusCode).Should().Be(500);
        (await response.Content.ReadAsStringAsync()).Should().NotContain("should-not-leak");
    }

    private sealed class Grants(Func<TokenResponse, AuthleteResult> handle) : ITokenHandlerSpi
    {
        public Task<AuthleteResult> HandleAsync(TokenResponse response, HttpContext context, CancellationToken cancellationToken)
            => Task.FromResult(handle(response));
    }

    [Fact]
    public async Task A_grant_handler_answers_the_steps()
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("PASSWORD", null, "\"ticket\":\"pt\",\"username\":\"a\""));
        await using TestHost host = await TestHost.StartAsync(authlete,
            s => s.AddSingleton<ITokenHandlerSpi>(new Grants(r => new AuthleteResult(200, $$"""{"ticket":"{{r.Ticket}}"}"""))));

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=password&username=a&password=b");

        await response.ShouldBeAsync(200, """{"ticket":"pt"}""");
    }

    [Fact]
    public async Task A_failing_grant_handler_is_a_500_server_error_and_logged()
    {
        var authlete = new FakeAuthlete().On("auth/token", FakeAuthlete.Json("JWT_BEARER"));
        await using TestHost host = await TestHost.StartAsync(authlete,
            s => s.AddSingleton<ITokenHandlerSpi>(new Grants(_ => throw new InvalidOperationException("no keys"))));

        using HttpResponseMessage response = await host.PostFormAsync("/token", "grant_type=x");

        await response.ShouldBeAsync(500, """{"error":"server_error","error_description":"The authorization server could not process the request."}""");
        host.LogsWithId(2002).Should().ContainSingle().Which.Exception!.Message.Should().Be("no keys");
    }
}
