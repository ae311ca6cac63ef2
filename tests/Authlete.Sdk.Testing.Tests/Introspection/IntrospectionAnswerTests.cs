using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Introspection;

/// <summary>What <c>/auth/introspection</c> says about a token: unknown, expired, too narrow, another subject's, or valid.</summary>
public sealed class IntrospectionAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    [Fact]
    public async Task Introspection_says_whether_the_token_is_unknown_expired_too_narrow_another_subjects_or_valid()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake, scope: "openid email");

        IntrospectionResponse unknown = await Fake.IntrospectionAsync(new() { Token = "no-such-token" });
        IntrospectionResponse narrow = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Scopes = ["email", "address", "phone"] });
        IntrospectionResponse other = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken, Subject = "bob" });
        IntrospectionResponse valid = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken });
        _t.Time.Advance(TimeSpan.FromHours(1));
        IntrospectionResponse expired = await Fake.IntrospectionAsync(new() { Token = tokens.AccessToken });

        unknown.ResultMessage.Should().Be("[A940401] The access token does not exist.");
        narrow.ResultMessage.Should().Be("[A940301] The access token does not cover the scopes address phone.");
        narrow.ResponseContent.Should().Be("Bearer error=\"insufficient_scope\",error_description=\"[A940301] The access token does not cover the scopes address phone.\",scope=\"email address phone\"");
        other.ResultMessage.Should().Be("[A940302] The access token was issued for another subject.");
        valid.Action.Should().Be(IntrospectionAction.Ok);
        valid.ResultMessage.Should().Be("[A940001] The access token is valid.");
        valid.ResponseContent.Should().Be("Bearer error=\"invalid_request\",error_description=\"[A940001] The access token is valid.\"");
        expired.Action.Should().Be(IntrospectionAction.Unauthorized, "a token expires at exactly its expiry instant");
        expired.ResultMessage.Should().Be("[A940402] The access token has expired.");
    }

    [Fact]
    public async Task The_resources_of_the_token_are_given_when_it_has_any_and_null_when_not()
    {
        DeviceAuthorizationResponse authorized = await Fake.DeviceAuthorizationAsync(new()
        {
            Parameters = "client_id=2001&scope=openid&resource=https%3A%2F%2Frs.example.com%2Fa",
        });
        await Fake.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "alice" });
        TokenResponse withResource = await Fake.TokenAsync(TestAuthlete.DeviceToken(authorized.DeviceCode!));
        TokenResponse without = await TestAuthlete.DeviceTokensAsync(Fake);

        (await Fake.IntrospectionAsync(new() { Token = withResource.AccessToken })).AccessTokenResources.Should().Equal("https://rs.example.com/a");
        (await Fake.IntrospectionAsync(new() { Token = without.AccessToken })).AccessTokenResources.Should().BeNull();
    }

    [Fact]
    public async Task Http_message_signatures_and_dpop_are_refused_loudly_naming_the_introspection_api()
    {
        (await FluentActions.Awaiting(() => Fake.IntrospectionAsync(new() { Token = "t", RequiredComponents = ["@method"] }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement HTTP message signatures (requiredComponents in an introspection request).");
        (await FluentActions.Awaiting(() => Fake.IntrospectionAsync(new() { Token = "t", Dpop = "eyJ.x.y" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement DPoP (dpop in a introspection request).");
    }
}
