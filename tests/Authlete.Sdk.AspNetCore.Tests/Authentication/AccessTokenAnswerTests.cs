using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

/// <summary>
/// What a client and the host's code see of a refused access token: the exact challenge and its caching headers, the
/// failure the authentication result gives the host, the operator's log, and authentication outside endpoint routing.
/// </summary>
public sealed class AccessTokenAnswerTests
{
    /// <summary>Adds <c>GET /why</c> (requires a token, allows anonymous): answers the authentication failure's message.</summary>
    private static Task<TestHost> StartAsync(FakeAuthlete authlete)
        => AccessTokenHost.StartAsync(authlete, pipeline: app =>
        {
            app.MapGet("/why", async (HttpContext context) =>
            {
                AuthenticateResult result = await context.AuthenticateAsync(AuthleteAccessTokenDefaults.AuthenticationScheme);
                return Microsoft.AspNetCore.Http.Results.Text(result.Succeeded ? "authenticated" : result.Failure?.Message ?? "no result");
            }).RequireAuthleteScopes().AllowAnonymous();
        });

    private static async Task<string> WhyAsync(TestHost host, string authorization)
    {
        using HttpResponseMessage response = await host.Client.SendAsync(Get("/why", authorization));
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    [InlineData("Bearer a b", "Bearer error=\"invalid_request\", error_description=\"The Authorization header does not carry a well-formed access token.\"")]
    [InlineData("DPoP abc", "DPoP error=\"invalid_request\", error_description=\"A DPoP access token needs a DPoP proof header.\"")]
    public async Task A_malformed_request_is_challenged_with_the_reason_and_never_cached(string authorization, string challenge)
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", authorization));

        ((int)response.StatusCode).Should().Be(400);
        response.Headers.WwwAuthenticate.ToString().Should().Be(challenge);
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.Pragma.ToString().Should().Be("no-cache");
        (await WhyAsync(host, authorization)).Should().Be("The access token request is malformed.");
    }

    [Fact]
    public async Task A_token_authlete_rejects_fails_authentication_saying_so_and_is_logged_with_the_action()
    {
        await using TestHost host = await StartAsync(FakeTokens.WithClients());

        string why = await WhyAsync(host, "Bearer not-a-real-token");

        why.Should().Be("Authlete rejected the access token.");
        string resultCode = host.Calls.OneCall(AuthleteApis.Introspection).Response!["resultCode"]!.GetValue<string>();
        host.LogsWithId(2101).Should().ContainSingle().Which.Message.Should()
            .Be($"Authlete rejected the access token: action UNAUTHORIZED, result code {resultCode}; answering 401");
    }

    [Fact]
    public async Task Authlete_failing_or_erring_fails_authentication_as_not_validated_never_as_rejected()
    {
        var authlete = new FakeAuthlete();
        authlete.EnqueueFailure(AuthleteApis.Introspection, 500, "A001101", "[A001101] failed");
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse { Action = IntrospectionAction.InternalServerError, ResultCode = "A001102" });
        await using TestHost host = await StartAsync(authlete);

        (await WhyAsync(host, "Bearer t1")).Should().Be("The access token could not be validated.");
        (await WhyAsync(host, "Bearer t2")).Should().Be("The access token could not be validated.");
    }

    [Fact]
    public async Task A_request_outside_endpoint_routing_is_authenticated_by_its_token()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await AccessTokenHost.StartAsync(authlete, pipeline: app => app.Use(async (HttpContext context, RequestDelegate next) =>
        {
            if (context.Request.Path != "/middleware")
            {
                await next(context);
                return;
            }

            // No endpoint matches: a middleware of the host's own authenticates the request.
            AuthenticateResult result = await context.AuthenticateAsync(AuthleteAccessTokenDefaults.AuthenticationScheme);
            await context.Response.WriteAsync(result.Succeeded ? "subject " + result.Principal!.FindFirst("sub")?.Value : "refused");
        }));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/middleware", "Bearer " + token));

        ((int)response.StatusCode).Should().Be(200);
        (await response.Content.ReadAsStringAsync()).Should().Be("subject alice");
        host.Calls.Request(AuthleteApis.Introspection).ContainsKey("scopes").Should().BeFalse("no endpoint asks for scopes");
    }

    /// <summary>An <see cref="IAuthleteApi"/> of the host's own (a decorator, say) whose introspection gives up by cancelling itself.</summary>
    private sealed class GivingUpApi : IAuthleteApi
    {
        Task<IntrospectionResponse> IAuthleteApi.IntrospectionAsync(IntrospectionRequest request, CancellationToken cancellationToken)
            => Task.FromException<IntrospectionResponse>(new OperationCanceledException("gave up"));

        public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(DeviceAuthorizationRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DeviceVerificationResponse> DeviceVerificationAsync(DeviceVerificationRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<DeviceCompleteResponse> DeviceCompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    [Fact]
    public async Task An_introspection_that_cancels_itself_while_the_client_waits_is_a_500_challenge_and_logged()
    {
        await using TestHost hosted = await TestHost.StartAsync(new FakeAuthlete(), services =>
        {
            services.AddAuthentication().AddAuthleteAccessToken();
            services.AddAuthorization();
            services.AddSingleton<IAuthleteApi>(new GivingUpApi());
        }, app => app.MapGet("/api/any", AccessTokenHost.Me).RequireAuthleteScopes());

        using HttpResponseMessage response = await hosted.Client.SendAsync(Get("/api/any", "Bearer at"));

        ((int)response.StatusCode).Should().Be(500);
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the scheme's own challenge answered, not an escaped exception");
        hosted.LogsWithId(2103).Should().ContainSingle().Which.Exception.Should().BeOfType<OperationCanceledException>();
    }
}
