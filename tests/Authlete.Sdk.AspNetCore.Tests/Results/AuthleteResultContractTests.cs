using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.AspNetCore.Tests.Results;

/// <summary>
/// What a host calling the result API by hand relies on: bad arguments refused by name, a description that never shows
/// the body, the Basic challenge only after Basic, and a realm for an answer type of its own.
/// </summary>
public sealed class AuthleteResultContractTests
{
    /// <summary>An API answer type that the SDK does not describe (a host's own, or one added after this SDK).</summary>
    private sealed class OwnAnswer : IAuthleteAnswerResponse<TokenAction>
    {
        public TokenAction Action { get; init; }

        public string? ResponseContent { get; init; }
    }

    [Fact]
    public async Task Bad_arguments_are_refused_by_name()
    {
        FluentActions.Invoking(() => AuthleteResult.Error(400, "", "d")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("error");
        FluentActions.Invoking(() => AuthleteResult.Error(400, null!, "d")).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("error");
        (await FluentActions.Awaiting(() => new AuthleteResult(200, "{}").ExecuteAsync(null!)).Should().ThrowAsync<ArgumentNullException>())
            .Which.ParamName.Should().Be("httpContext");
        FluentActions.Invoking(() => ((TokenResponse)null!).TryToResult("Basic x", out _)).Should().Throw<ArgumentNullException>()
            .Which.ParamName.Should().Be("response");
    }

    [Fact]
    public void The_description_names_the_status_and_content_type_and_never_the_body()
    {
        new AuthleteResult(200, """{"access_token":"secret"}""").ToString().Should().Be("HTTP 200 application/json");
        new AuthleteResult(401, null) { ContentType = null, WwwAuthenticate = "Bearer" }.ToString().Should().Be("HTTP 401 (no content type)");
    }

    [Theory]
    [InlineData("Bearer czZCaGRSa3F0Mzo3", 400, null)]
    [InlineData("DPoP czZCaGRSa3F0Mzo3", 400, null)]
    [InlineData("  basic czZCaGRSa3F0Mzo3", 401, "Basic realm=\"token\", error=\"invalid_client\"")]
    public void A_failed_client_authentication_is_challenged_with_invalid_client_only_after_basic(string authorization, int status, string? challenge)
    {
        AuthleteResult result = new TokenResponse { Action = TokenAction.InvalidClient, ResponseContent = """{"error":"invalid_client"}""" }.ToResult(authorization);

        result.StatusCode.Should().Be(status);
        result.WwwAuthenticate.Should().Be(challenge);
    }

    [Fact]
    public void An_answer_type_the_sdk_does_not_describe_is_challenged_in_the_authlete_realm()
    {
        AuthleteResult result = new OwnAnswer { Action = TokenAction.InvalidClient, ResponseContent = "{}" }.ToResult("Basic czZCaGRSa3F0Mzo3");

        result.StatusCode.Should().Be(StatusCodes.Status401Unauthorized);
        result.WwwAuthenticate.Should().Be("Basic realm=\"authlete\", error=\"invalid_client\"");
    }
}
