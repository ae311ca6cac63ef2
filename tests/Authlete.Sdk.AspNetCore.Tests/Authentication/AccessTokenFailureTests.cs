using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.Logging;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

/// <summary>When Authlete cannot answer: the host's side, answered 500 and logged as an error, never the client's 401.</summary>
public sealed class AccessTokenFailureTests
{
    [Theory]
    [InlineData(503)]
    [InlineData(401)]   // Authlete refusing the service credentials is the host's misconfiguration, not the client's
    public async Task Authlete_unreachable_or_failing_gives_500_and_an_error_log(int authleteStatus)
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueFailure(AuthleteApis.Introspection, authleteStatus, "A001201", "Overloaded.");
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer some-token"));

        ((int)response.StatusCode).Should().Be(500);
        response.Headers.WwwAuthenticate.Should().BeEmpty();
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        LogEntry log = host.LogsWithId(2103).Should().ContainSingle().Subject;
        log.Level.Should().Be(LogLevel.Error);
        log.Exception.Should().BeOfType<AuthleteApiException>();
    }

    [Fact]
    public async Task Authletes_INTERNAL_SERVER_ERROR_gives_500_with_its_challenge_and_an_error_log()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse
        {
            Action = IntrospectionAction.InternalServerError,
            ResultCode = "A001101",
            ResponseContent = "Bearer error=\"server_error\",error_description=\"[A001101] Authlete failed.\"",
        });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer some-token"));

        ShouldBeChallenge(response, 500, "Bearer error=\"server_error\"");
        LogEntry log = host.LogsWithId(2102).Should().ContainSingle().Subject;
        log.Level.Should().Be(LogLevel.Error);
        log.Message.Should().Contain("INTERNAL_SERVER_ERROR").And.Contain("A001101");
    }

    [Fact]
    public async Task An_action_this_SDK_does_not_know_gives_500()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse { Action = "SOMETHING_NEW", ResponseContent = "Bearer" });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer some-token"));

        ((int)response.StatusCode).Should().Be(500);
        response.Headers.WwwAuthenticate.Should().BeEmpty();
        host.LogsWithId(2102).Should().ContainSingle().Which.Message.Should().Contain("SOMETHING_NEW");
    }

    [Fact]
    public async Task No_token_or_proof_appears_in_any_log_entry()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        (string narrow, _) = await FakeTokens.IssueAsync(authlete, "openid");
        authlete.EnqueueFailure(AuthleteApis.Introspection, 503);
        await using TestHost host = await StartAsync(authlete);
        const string proof = "secret.dpop.proof";

        foreach (string authorization in (string[])["Bearer " + token, "Bearer " + token, "Bearer " + narrow, "Bearer unknown-token-value", "Bearer bad=token=value", "DPoP " + token])
        {
            using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", authorization, authorization.StartsWith("DPoP", StringComparison.Ordinal) ? proof : null));
        }

        host.Calls.All.Count(c => c.Api == AuthleteApis.Introspection).Should().BeGreaterThan(2);
        host.Logs.Entries.Should().NotBeEmpty();
        foreach (LogEntry entry in host.Logs.Entries)
        {
            string text = entry.Message + " " + entry.Exception;
            foreach (string secret in (string[])[token, narrow, "unknown-token-value", "bad=token=value", proof])
            {
                text.Should().NotContain(secret);
            }
        }
    }
}
