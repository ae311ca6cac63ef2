using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Token;

/// <summary><c>/auth/token/fail</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class TokenFailTests : ApiContractTests<TokenFailRequest, TokenFailResponse>
{
    [Fact]
    public async Task Sends_the_ticket_and_the_reason_literally()
    {
        string body = await SentBodyAsync(api => api.TokenFailAsync(
            new TokenFailRequest { Ticket = "pt", Reason = TokenFailReason.InvalidTarget }));

        ShouldBeJson(body, """{"ticket":"pt","reason":"INVALID_TARGET"}""");
    }

    [Fact]
    public async Task A_bad_request_answer_carries_the_error_body()
    {
        TokenFailResponse response = await AnswerAsync("""{"action":"BAD_REQUEST","responseContent":"{\"error\":\"invalid_request\"}"}""");

        response.Action.Kind.Should().Be(TokenFailActionKind.BadRequest);
        response.Action.HttpStatus.Should().Be(400);
        response.ResponseContent.Should().Contain("invalid_request");
    }
}
