using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Token;

/// <summary><c>/auth/token/issue</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class TokenIssueTests : ApiContractTests<TokenIssueRequest, TokenIssueResponse>
{
    [Fact]
    public async Task Sends_the_ticket_the_subject_and_the_durations_literally()
    {
        string body = await SentBodyAsync(api => api.TokenIssueAsync(
            new TokenIssueRequest { Ticket = "pt", Subject = "john", AccessTokenDuration = 600 }));

        ShouldBeJson(body, """{"ticket":"pt","subject":"john","accessTokenDuration":600}""");
    }

    [Fact]
    public async Task The_content_of_an_ok_answer_reads_as_a_token_response()
    {
        TokenIssueResponse response = await AnswerAsync(
            """{"action":"OK","accessToken":"at-1","responseContent":"{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"}""");

        response.Action.Kind.Should().Be(TokenIssueActionKind.Ok);
        response.AccessToken.Should().Be("at-1");
        TokenContent content = response.ReadContent()!;
        content.AccessToken.Should().Be("at-1");
        content.ExpiresIn.Should().Be(3600);
    }
}
