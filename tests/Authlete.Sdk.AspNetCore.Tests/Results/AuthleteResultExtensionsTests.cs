using System.Text;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Tests.Results;

public sealed class AuthleteResultExtensionsTests
{
    private const string Basic = "Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3";
    private const string Body = """{"error":"x"}""";

    [Theory]
    [InlineData("BAD_REQUEST", 400)]
    [InlineData("UNAUTHORIZED", 401)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    public void Backchannel_authentication_answers(string action, int status)
    {
        var response = new BackchannelAuthenticationResponse { Action = action, ResponseContent = Body };
        response.TryToResult(null, out AuthleteResult? result).Should().BeTrue();
        result!.StatusCode.Should().Be(status);
        result.Content.Should().Be(Body);
        result.WwwAuthenticate.Should().Be(status == 401 ? "Basic realm=\"backchannel_authentication\"" : null);
        response.ToResult().StatusCode.Should().Be(status);
    }

    [Theory]
    [InlineData("USER_IDENTIFICATION")]
    [InlineData("SOMETHING_NEW")]
    public void Backchannel_authentication_steps_are_not_answers(string action)
    {
        var response = new BackchannelAuthenticationResponse { Action = action, ResponseContent = Body };
        response.TryToResult(null, out AuthleteResult? result).Should().BeFalse();
        result.Should().BeNull();
        response.Invoking(r => r.ToResult()).Should().Throw<InvalidOperationException>().WithMessage($"*'{action}'*");
    }

    [Fact]
    public void A_missing_action_is_not_an_answer()
        => new BackchannelAuthenticationResponse().Invoking(r => r.ToResult()).Should().Throw<InvalidOperationException>().WithMessage("*(none)*");

    [Fact]
    public void Unauthorized_after_basic_challenges_with_invalid_client()
        => new BackchannelAuthenticationResponse { Action = BackchannelAuthenticationAction.Unauthorized }
            .ToResult(Basic).WwwAuthenticate.Should().Be("Basic realm=\"backchannel_authentication\", error=\"invalid_client\"");

    [Theory]
    [InlineData("OK", 200)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    [InlineData("INVALID_TICKET", 500)]
    [InlineData("NEW", null)]
    public void Issue_answers(string action, int? status)
    {
        var response = new BackchannelAuthenticationIssueResponse { Action = action, ResponseContent = Body };
        response.TryToResult(out AuthleteResult? result).Should().Be(status is not null);
        result?.StatusCode.Should().Be(status);
        if (status is null)
        {
            response.Invoking(r => r.ToResult()).Should().Throw<InvalidOperationException>().WithMessage("*'NEW'*");
        }
    }

    [Theory]
    [InlineData("BAD_REQUEST", 400)]
    [InlineData("FORBIDDEN", 403)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    [InlineData("NEW", null)]
    public void Fail_answers(string action, int? status)
    {
        var response = new BackchannelAuthenticationFailResponse { Action = action, ResponseContent = Body };
        response.TryToResult(out AuthleteResult? result).Should().Be(status is not null);
        result?.StatusCode.Should().Be(status);
        result?.Content.Should().Be(Body);
    }

    [Theory]
    [InlineData("OK", 200)]
    [InlineData("BAD_REQUEST", 400)]
    [InlineData("UNAUTHORIZED", 401)]
    [InlineData("INTERNAL_SERVER_ERROR", 500)]
    [InlineData("NEW", null)]
    public void Device_authorization_answers(string action, int? status)
    {
        var response = new DeviceAuthorizationResponse { Action = action, ResponseContent = Body, AttestationChallenge = "ch" };
        response.TryToResult(Basic, out AuthleteResult? result).Should().Be(status is not null);
        result?.StatusCode.Should().Be(status);
        result?.AttestationChallenge.Should().Be("ch");
        if (status == 401)
        {
            result!.WwwAuthenticate.Should().Be("Basic realm=\"device_authorization\", error=\"invalid_client\"");
        }
    }

    [Theory]
    [InlineData("OK", null, 200)]
    [InlineData("ID_TOKEN_REISSUABLE", null, 200)]
    [InlineData("BAD_REQUEST", null, 400)]
    [InlineData("INVALID_CLIENT", Basic, 401)]
    [InlineData("INVALID_CLIENT", null, 400)]
    [InlineData("INTERNAL_SERVER_ERROR", null, 500)]
    public void Token_answers(string action, string? authorization, int status)
    {
        var response = new TokenResponse { Action = action, ResponseContent = Body, DpopNonce = "n-1" };
        AuthleteResult result = response.ToResult(authorization);
        result.StatusCode.Should().Be(status);
        result.DpopNonce.Should().Be("n-1");
        result.WwwAuthenticate.Should().Be(status == 401 ? "Basic realm=\"token\", error=\"invalid_client\"" : null);
    }

    [Theory]
    [InlineData("PASSWORD")]
    [InlineData("TOKEN_EXCHANGE")]
    [InlineData("JWT_BEARER")]
    [InlineData("NATIVE_SSO")]
    [InlineData("SOMETHING_NEW")]
    public void Token_steps_are_not_answers(string action)
    {
        var response = new TokenResponse { Action = action, ResponseContent = Body };
        response.TryToResult(null, out _).Should().BeFalse();
        response.Invoking(r => r.ToResult()).Should().Throw<InvalidOperationException>().WithMessage($"*/auth/token*'{action}'*");
    }

    [Fact]
    public async Task Execute_writes_status_headers_and_the_body_unchanged()
    {
        var context = new DefaultHttpContext();
        context.Response.Body = new MemoryStream();
        var result = new AuthleteResult(401, """{"error":"invalid_client","x":"é"}""")
        {
            WwwAuthenticate = "Basic realm=\"token\", error=\"invalid_client\"",
            DpopNonce = "nonce",
            AttestationChallenge = "challenge",
        };

        await result.ExecuteAsync(context);

        context.Response.StatusCode.Should().Be(401);
        context.Response.ContentType.Should().Be("application/json");
        context.Response.Headers.CacheControl.ToString().Should().Be("no-store");
        context.Response.Headers.Pragma.ToString().Should().Be("no-cache");
        context.Response.Headers.WWWAuthenticate.ToString().Should().Be("Basic realm=\"token\", error=\"invalid_client\"");
        context.Response.Headers["DPoP-Nonce"].ToString().Should().Be("nonce");
        context.Response.Headers["OAuth-Client-Attestation-Challenge"].ToString().Should().Be("challenge");
        Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray()).Should().Be("""{"error":"invalid_client","x":"é"}""");
        result.ToString().Should().NotContain("invalid_client", "the body may hold tokens and is not described");
    }

    [Fact]
    public void Server_error_is_an_oauth_error_body()
    {
        AuthleteResult result = AuthleteResult.ServerError("He said \"no\"");
        result.StatusCode.Should().Be(500);
        result.Content.Should().Be("""{"error":"server_error","error_description":"He said \u0022no\u0022"}""");
    }
}
