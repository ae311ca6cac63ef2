using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary><c>/backchannel/authentication/fail</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class BackchannelAuthenticationFailTests : ApiContractTests<BackchannelAuthenticationFailRequest, BackchannelAuthenticationFailResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.BackchannelAuthenticationFailAsync(new BackchannelAuthenticationFailRequest
        {
            Ticket = "t",
            Reason = BackchannelAuthenticationFailReason.InvalidBindingMessage,
            ErrorDescription = "The binding message is too long.",
            ErrorUri = "https://as.example.com/errors/binding",
        }));
        ShouldBeJson(body, """{"ticket":"t","reason":"INVALID_BINDING_MESSAGE","errorDescription":"The binding message is too long.","errorUri":"https://as.example.com/errors/binding"}""");
    }

    [Fact]
    public async Task A_request_without_a_reason_is_sent_for_authlete_to_use_server_error()
    {
        // Authlete's published API description makes the reason optional: SERVER_ERROR when omitted.
        string body = await SentBodyAsync(api => api.BackchannelAuthenticationFailAsync(new BackchannelAuthenticationFailRequest { Ticket = "t" }));
        ShouldBeJson(body, """{"ticket":"t"}""");
    }

    [Fact]
    public async Task A_forbidden_answer_is_403_with_the_access_denied_error()
    {
        BackchannelAuthenticationFailResponse response = await AnswerAsync(
            """{"resultCode":"A185001","action":"FORBIDDEN","responseContent":"{\"error\":\"access_denied\"}"}""");

        response.Action.Kind.Should().Be(BackchannelAuthenticationFailActionKind.Forbidden);
        response.Action.HttpStatus.Should().Be(403);
        response.Action.IsClientAuthenticationFailure.Should().BeFalse();
        response.ReadError()!.Error.Should().Be("access_denied");
    }
}
