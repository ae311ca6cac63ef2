using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.UserInfo;

/// <summary>What <c>/auth/userinfo</c> and <c>/auth/userinfo/issue</c> say about a token, and the features they refuse.</summary>
public sealed class UserInfoAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    [Fact]
    public async Task Userinfo_says_whether_the_token_is_unknown_expired_without_openid_or_valid()
    {
        TokenResponse openid = await TestAuthlete.DeviceTokensAsync(Fake);
        TokenResponse email = await TestAuthlete.DeviceTokensAsync(Fake, scope: "email");

        UserInfoResponse unknown = await Fake.UserInfoAsync(new() { Token = "no-such-token" });
        UserInfoResponse valid = await Fake.UserInfoAsync(new() { Token = openid.AccessToken });
        UserInfoResponse noOpenid = await Fake.UserInfoAsync(new() { Token = email.AccessToken });
        _t.Time.Advance(TimeSpan.FromHours(1));
        UserInfoResponse expired = await Fake.UserInfoAsync(new() { Token = openid.AccessToken });

        unknown.ResultCode.Should().Be("A950401");
        unknown.ResultMessage.Should().Be("[A950401] The access token does not exist.");
        valid.ResultMessage.Should().Be("[A950001] The access token is valid; collect the claims and call /auth/userinfo/issue.");
        noOpenid.ResultMessage.Should().Be("[A950301] The access token does not have the openid scope.");
        expired.Action.Should().Be(UserInfoAction.Unauthorized);
        expired.ResultCode.Should().Be("A950402");
        expired.ResultMessage.Should().Be("[A950402] The access token has expired.");
    }

    [Fact]
    public async Task Userinfo_issue_says_whether_the_token_is_unknown_expired_without_openid_or_built()
    {
        TokenResponse openid = await TestAuthlete.DeviceTokensAsync(Fake);
        TokenResponse email = await TestAuthlete.DeviceTokensAsync(Fake, scope: "email");

        UserInfoIssueResponse unknown = await Fake.UserInfoIssueAsync(new() { Token = "no-such-token" });
        UserInfoIssueResponse built = await Fake.UserInfoIssueAsync(new() { Token = openid.AccessToken });
        UserInfoIssueResponse noOpenid = await Fake.UserInfoIssueAsync(new() { Token = email.AccessToken });
        _t.Time.Advance(TimeSpan.FromHours(1));
        UserInfoIssueResponse expired = await Fake.UserInfoIssueAsync(new() { Token = openid.AccessToken });

        unknown.ResultCode.Should().Be("A951401");
        unknown.ResultMessage.Should().Be("[A951401] The access token does not exist.");
        built.ResultMessage.Should().Be("[A951001] The userinfo response was built.");
        noOpenid.ResponseContent.Should().Be(
            "Bearer error=\"insufficient_scope\",error_description=\"[A951301] The access token does not have the openid scope.\",scope=\"openid\"");
        expired.ResultCode.Should().Be("A951402");
        expired.ResultMessage.Should().Be("[A951402] The access token has expired.");
    }

    [Fact]
    public async Task Claims_that_are_not_a_json_object_are_a_server_error_that_says_so()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        UserInfoIssueResponse response = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Claims = "{not json" });

        response.Action.Should().Be(UserInfoIssueAction.InternalServerError);
        response.ResponseContent.Should().Be("Bearer error=\"server_error\",error_description=\"[A951101] claims must be the text of a JSON object.\"");
    }

    [Fact]
    public async Task Claims_outside_ascii_come_back_readable_not_escaped()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake, subject: "jürgen");

        UserInfoIssueResponse response = await Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Claims = """{"name":"Jürgen Müller"}""" });

        response.ResponseContent.Should().Be("""{"sub":"jürgen","name":"Jürgen Müller"}""");
    }

    [Fact]
    public async Task Dpop_transformed_claims_and_message_signatures_are_refused_loudly_by_name()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        (await FluentActions.Awaiting(() => Fake.UserInfoAsync(new() { Token = tokens.AccessToken, Dpop = "eyJ.x.y" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement DPoP (dpop in a userinfo request).");
        (await FluentActions.Awaiting(() => Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, VerifiedClaimsForTx = ["{}"] }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement transformed and verified claims (claimsForTx, verifiedClaimsForTx in a userinfo issue request).");
        (await FluentActions.Awaiting(() => Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, RequestSignature = "sig1=:AAAA:" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement HTTP message signatures (requestSignature, headers in a userinfo issue request).");
        (await FluentActions.Awaiting(() => Fake.UserInfoIssueAsync(new() { Token = tokens.AccessToken, Headers = [new Pair { Key = "Signature", Value = "sig1=:AAAA:" }] }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement HTTP message signatures (requestSignature, headers in a userinfo issue request).");
    }
}
