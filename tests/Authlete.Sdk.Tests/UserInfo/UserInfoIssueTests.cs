using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.UserInfo;

/// <summary><c>/auth/userinfo/issue</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class UserInfoIssueTests : ApiContractTests<UserInfoIssueRequest, UserInfoIssueResponse>
{
    [Fact]
    public async Task Sends_the_claims_as_json_text()
    {
        string body = await SentBodyAsync(api => api.UserInfoIssueAsync(
            new UserInfoIssueRequest { Token = "at-1", Claims = """{"email":"john@example.com"}""", Sub = "pairwise-1" }));

        ShouldBeJson(body, """{"token":"at-1","claims":"{\"email\":\"john@example.com\"}","sub":"pairwise-1"}""");
    }

    [Fact]
    public async Task A_json_answer_is_a_200_with_the_userinfo_document()
    {
        UserInfoIssueResponse response = await AnswerAsync("""{"action":"JSON","responseContent":"{\"sub\":\"john\"}"}""");

        response.Action.Kind.Should().Be(UserInfoIssueActionKind.Json);
        response.Action.HttpStatus.Should().Be(200);
        response.ResponseContent.Should().Be("""{"sub":"john"}""");
    }
}
