using System.Text.Json.Nodes;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.UserInfo;

/// <summary>The fake's <c>/auth/userinfo</c> and <c>/auth/userinfo/issue</c>, over the tokens it issued.</summary>
public sealed class UserInfoTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    [Fact]
    public async Task An_openid_token_is_ok_with_the_claims_its_scopes_imply()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake, scope: "openid email phone");

        UserInfoResponse response = await Fake.UserInfoAsync(new() { Token = tokens.AccessToken });

        response.Action.Should().Be(UserInfoAction.Ok, response.ResultMessage);
        response.Subject.Should().Be("alice");
        response.ClientId.Should().Be(TestAuthlete.TvClientId);
        response.Scopes.Should().Equal("openid", "email", "phone");
        response.Claims.Should().Equal("email", "email_verified", "phone_number", "phone_number_verified");
        response.Token.Should().Be(tokens.AccessToken);
    }

    [Fact]
    public async Task A_token_without_openid_is_forbidden_with_insufficient_scope()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake, scope: "email");

        UserInfoResponse response = await Fake.UserInfoAsync(new() { Token = tokens.AccessToken });
        UserInfoIssueResponse issue = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken });

        response.Action.Should().Be(UserInfoAction.Forbidden);
        response.ResponseContent.Should().StartWith("Bearer error=\"insufficient_scope\"").And.EndWith("scope=\"openid\"");
        issue.Action.Should().Be(UserInfoIssueAction.Forbidden);
    }

    [Fact]
    public async Task An_unknown_or_expired_token_is_unauthorized_with_an_invalid_token_challenge()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);
        _t.Time.Advance(TimeSpan.FromHours(1));

        UserInfoResponse unknown = await Fake.UserInfoAsync(new() { Token = "no-such-token" });
        UserInfoResponse expired = await Fake.UserInfoAsync(new() { Token = tokens.AccessToken });
        UserInfoIssueResponse issue = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Claims = "{}" });

        unknown.Action.Should().Be(UserInfoAction.Unauthorized);
        unknown.ResponseContent.Should().StartWith("Bearer error=\"invalid_token\"");
        expired.Action.Should().Be(UserInfoAction.Unauthorized);
        issue.Action.Should().Be(UserInfoIssueAction.Unauthorized);
        issue.ResponseContent.Should().StartWith("Bearer error=\"invalid_token\"");
    }

    [Fact]
    public async Task Issue_answers_json_with_sub_and_the_claims_given()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        UserInfoIssueResponse response = await Fake.UserInfoIssueAsync(new()
        {
            Token = tokens.AccessToken,
            Claims = """{"name":"Alice Adams","email":"alice@example.com","address":{"country":"DE"},"sub":"ignored"}""",
        });

        response.Action.Should().Be(UserInfoIssueAction.Json, response.ResultMessage);
        JsonNode.DeepEquals(JsonNode.Parse(response.ResponseContent!),
            JsonNode.Parse("""{"sub":"alice","name":"Alice Adams","email":"alice@example.com","address":{"country":"DE"}}""")).Should().BeTrue(response.ResponseContent);
    }

    [Fact]
    public async Task Issue_uses_the_sub_given_and_refuses_claims_that_are_not_an_object()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        UserInfoIssueResponse pairwise = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Sub = "pairwise-7" });
        UserInfoIssueResponse broken = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Claims = "[1]" });

        pairwise.ResponseContent.Should().Be("""{"sub":"pairwise-7"}""");
        broken.Action.Should().Be(UserInfoIssueAction.InternalServerError);
    }

    [Fact]
    public async Task Transformed_claims_and_dpop_are_refused_loudly()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        await FluentActions.Awaiting(() => Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, ClaimsForTx = "{}" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
        await FluentActions.Awaiting(() => Fake.UserInfoAsync(new() { Token = tokens.AccessToken, Dpop = "eyJ" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>();
    }
}
