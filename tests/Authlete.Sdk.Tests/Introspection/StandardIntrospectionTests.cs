using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Introspection;

/// <summary><c>/auth/introspection/standard</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class StandardIntrospectionTests : ApiContractTests<StandardIntrospectionRequest, StandardIntrospectionResponse>
{
    [Fact]
    public async Task Sends_the_form_parameters_literally()
    {
        string body = await SentBodyAsync(api => api.StandardIntrospectionAsync(
            new StandardIntrospectionRequest { Parameters = "token=rt-1&token_type_hint=refresh_token", WithHiddenProperties = true }));

        ShouldBeJson(body, """{"parameters":"token=rt-1&token_type_hint=refresh_token","withHiddenProperties":true}""");
    }

    [Fact]
    public async Task The_content_of_an_ok_answer_reads_as_an_rfc_7662_response()
    {
        StandardIntrospectionResponse response = await AnswerAsync(
            """{"action":"OK","responseContent":"{\"active\":true,\"scope\":\"openid profile\",\"client_id\":\"1\",\"sub\":\"john\",\"exp\":1642001978,\"aud\":\"https://rs.example.com\"}"}""");

        response.Action.Kind.Should().Be(StandardIntrospectionActionKind.Ok);
        IntrospectionContent content = response.ReadContent()!;
        content.Active.Should().BeTrue();
        content.Scope.Should().Be("openid profile");
        content.ClientId.Should().Be("1");
        content.Sub.Should().Be("john");
        content.Exp.Should().Be(1642001978);
        content.Aud.Should().Equal("https://rs.example.com");
    }
}
