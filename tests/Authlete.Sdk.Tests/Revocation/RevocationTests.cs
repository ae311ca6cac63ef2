using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Revocation;

/// <summary><c>/auth/revocation</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class RevocationTests : ApiContractTests<RevocationRequest, RevocationResponse>
{
    [Fact]
    public async Task Sends_the_form_parameters_and_the_basic_credentials_literally()
    {
        string body = await SentBodyAsync(api => api.RevocationAsync(
            new RevocationRequest { Parameters = "token=rt-1", ClientId = "1", ClientSecret = "secret" }));

        ShouldBeJson(body, """{"parameters":"token=rt-1","clientId":"1","clientSecret":"secret"}""");
    }

    [Fact]
    public async Task Invalid_client_is_a_client_authentication_failure()
    {
        RevocationResponse response = await AnswerAsync("""{"action":"INVALID_CLIENT","responseContent":"{\"error\":\"invalid_client\"}"}""");

        response.Action.Kind.Should().Be(RevocationActionKind.InvalidClient);
        response.Action.IsClientAuthenticationFailure.Should().BeTrue();
        response.Action.HttpStatus.Should().Be(400);
    }
}
