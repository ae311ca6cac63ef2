namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

public sealed class AuthleteScopesAttributeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("read write")]
    [InlineData("say\"hi")]
    [InlineData("back\\slash")]
    [InlineData("é")]
    public void A_scope_that_is_not_an_RFC_6749_scope_token_is_refused(string scope)
    {
        Action create = () => _ = new AuthleteScopesAttribute("profile", scope);

        create.Should().Throw<ArgumentException>().WithMessage("*RFC 6749*");
    }

    [Fact]
    public void Scopes_are_kept_in_order_and_the_scheme_defaults_to_the_Authlete_one()
    {
        var attribute = new AuthleteScopesAttribute("orders", "urn:example:scope!");

        attribute.Scopes.Should().Equal("orders", "urn:example:scope!");
        attribute.AuthenticationSchemes.Should().Be(AuthleteAccessTokenDefaults.AuthenticationScheme);
        attribute.Policy.Should().BeNull();
        attribute.Roles.Should().BeNull();
    }
}
