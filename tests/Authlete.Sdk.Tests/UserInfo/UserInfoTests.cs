using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.UserInfo;

/// <summary><c>/auth/userinfo</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class UserInfoTests : ApiContractTests<UserInfoRequest, UserInfoResponse>
{
    [Fact]
    public async Task Sends_the_token_literally()
    {
        string body = await SentBodyAsync(api => api.UserInfoAsync(new UserInfoRequest { Token = "at-1" }));

        ShouldBeJson(body, """{"token":"at-1"}""");
    }

    [Fact]
    public async Task An_ok_answer_names_the_subject_and_the_claims_to_collect()
    {
        UserInfoResponse response = await AnswerAsync(
            """{"action":"OK","subject":"john","clientId":57297408867,"scopes":["openid","email"],"claims":["email","email_verified"],"token":"at-1"}""");

        response.Action.Kind.Should().Be(UserInfoActionKind.Ok);
        response.Action.HttpStatus.Should().BeNull("OK is not an answer yet: the server calls /auth/userinfo/issue");
        response.Subject.Should().Be("john");
        response.ClientId.Should().Be(57297408867);
        response.Claims.Should().Equal("email", "email_verified");
    }
}
