using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Introspection;

/// <summary><c>/auth/introspection</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class IntrospectionTests : ApiContractTests<IntrospectionRequest, IntrospectionResponse>
{
    [Fact]
    public async Task Sends_the_token_and_the_checks_literally()
    {
        string body = await SentBodyAsync(api => api.IntrospectionAsync(
            new IntrospectionRequest { Token = "at-1", Scopes = ["read", "write"], Subject = "john" }));

        ShouldBeJson(body, """{"token":"at-1","scopes":["read","write"],"subject":"john"}""");
    }

    [Fact]
    public async Task A_forbidden_answer_carries_the_challenge_and_the_token_state()
    {
        IntrospectionResponse response = await AnswerAsync(
            """{"action":"FORBIDDEN","responseContent":"Bearer error=\"insufficient_scope\"","existent":true,"usable":true,"sufficient":false,"expiresAt":1642001978000,"subject":"john"}""");

        response.Action.Kind.Should().Be(IntrospectionActionKind.Forbidden);
        response.Action.HttpStatus.Should().Be(403);
        response.ResponseContent.Should().Be("Bearer error=\"insufficient_scope\"");
        response.Existent.Should().BeTrue();
        response.Usable.Should().BeTrue();
        response.Sufficient.Should().BeFalse();
        response.ExpiresAt.Should().Be(1642001978000);
    }
}
