using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary><c>/backchannel/authentication/issue</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class BackchannelAuthenticationIssueTests : ApiContractTests<BackchannelAuthenticationIssueRequest, BackchannelAuthenticationIssueResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(
            api => api.BackchannelAuthenticationIssueAsync(new BackchannelAuthenticationIssueRequest { Ticket = "NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q" }));
        ShouldBeJson(body, """{"ticket":"NFIHGx_btVrWmtAD093D-87JxvT4DAtuijEkLVHbS4Q"}""");
    }

    /// <summary>The acknowledgement of CIBA Core §7.3 (Fixtures/spec, sources in Fixtures/SOURCES.md) reads as the typed content.</summary>
    [Fact]
    public void Reads_the_ciba_7_3_authentication_acknowledgement()
    {
        var response = new BackchannelAuthenticationIssueResponse { ResponseContent = Wire.Fixture(Path.Combine("spec", "ciba-7.3-auth-response.json")) };
        BackchannelAuthenticationContent content = response.ReadContent()!;
        content.AuthReqId.Should().Be("1c266114-a1be-4252-8ad1-04986c5b9ac1");
        content.ExpiresIn.Should().Be(120);
        content.Interval.Should().Be(2);
        content.ExtensionData.Should().BeNull();
    }

    [Fact]
    public async Task Reads_the_issued_auth_req_id_and_its_answer()
    {
        BackchannelAuthenticationIssueResponse response = await AnswerAsync("""
            {"resultCode":"A183001","action":"OK","authReqId":"1c266114","expiresIn":120,"interval":2,
             "responseContent":"{\"auth_req_id\":\"1c266114\",\"expires_in\":120,\"interval\":2}"}
            """);

        response.Action.Kind.Should().Be(BackchannelAuthenticationIssueActionKind.Ok);
        response.Action.HttpStatus.Should().Be(200);
        response.AuthReqId.Should().Be("1c266114");
        response.ReadContent()!.AuthReqId.Should().Be(response.AuthReqId);
        response.ReadContent()!.ExpiresIn.Should().Be(response.ExpiresIn);
    }
}
