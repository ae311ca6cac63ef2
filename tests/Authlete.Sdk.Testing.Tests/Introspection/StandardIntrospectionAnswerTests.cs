using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Introspection;

/// <summary>What <c>/auth/introspection/standard</c> answers (RFC 7662), and the requests it refuses.</summary>
public sealed class StandardIntrospectionAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    private async Task<JsonElement> ContentAsync(string parameters)
    {
        StandardIntrospectionResponse response = await Fake.StandardIntrospectionAsync(new() { Parameters = parameters });
        using JsonDocument content = JsonDocument.Parse(response.ResponseContent!);
        return content.RootElement.Clone();
    }

    [Fact]
    public async Task The_result_code_and_message_say_whether_the_token_is_active()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        StandardIntrospectionResponse active = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken });
        StandardIntrospectionResponse inactive = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=no-such-token" });

        active.ResultCode.Should().Be("A941001");
        active.ResultMessage.Should().Be("[A941001] The token is active.");
        inactive.Action.Should().Be(StandardIntrospectionAction.Ok);
        inactive.ResultCode.Should().Be("A941002");
        inactive.ResultMessage.Should().Be("[A941002] The token is not active.");
    }

    [Fact]
    public async Task A_refresh_token_hint_still_finds_an_access_token_and_an_unknown_token_is_inactive()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        JsonElement access = await ContentAsync("token=" + tokens.AccessToken + "&token_type_hint=refresh_token");
        JsonElement unknown = await ContentAsync("token=no-such-token&token_type_hint=refresh_token");

        access.GetProperty("active").GetBoolean().Should().BeTrue();
        access.GetProperty("token_type").GetString().Should().Be("Bearer");
        unknown.GetRawText().Should().Be("""{"active":false}""");
    }

    [Fact]
    public async Task Scope_and_audience_are_given_only_when_the_token_has_them()
    {
        DeviceAuthorizationResponse authorized = await Fake.DeviceAuthorizationAsync(new()
        {
            Parameters = "client_id=2001&resource=https%3A%2F%2Frs.example.com%2Fa",
        });
        await Fake.DeviceCompleteAsync(new() { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "alice" });
        TokenResponse bare = await Fake.TokenAsync(TestAuthlete.DeviceToken(authorized.DeviceCode!));
        TokenResponse scoped = await TestAuthlete.DeviceTokensAsync(Fake, scope: "openid email");

        JsonElement bareContent = await ContentAsync("token=" + bare.AccessToken);
        JsonElement scopedContent = await ContentAsync("token=" + scoped.AccessToken);

        bareContent.TryGetProperty("scope", out _).Should().BeFalse();
        bareContent.GetProperty("aud")[0].GetString().Should().Be("https://rs.example.com/a");
        scopedContent.GetProperty("scope").GetString().Should().Be("openid email");
        scopedContent.TryGetProperty("aud", out _).Should().BeFalse();
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "token_type_hint=access_token", "[A941301] The 'token' request parameter is missing." },
        { "token=a&token=b", "[A941301] Request parameters must not be repeated: token." },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_missing_or_repeated_token_is_a_bad_request_that_says_so(string parameters, string message)
    {
        StandardIntrospectionResponse response = await Fake.StandardIntrospectionAsync(new() { Parameters = parameters });

        response.Action.Should().Be(StandardIntrospectionAction.BadRequest);
        response.ResultMessage.Should().Be(message);
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    [Fact]
    public async Task A_plain_json_accept_header_is_answered_but_jwt_responses_and_rs_uri_are_refused_loudly_by_name()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        StandardIntrospectionResponse json = await Fake.StandardIntrospectionAsync(new() { Parameters = "token=" + tokens.AccessToken, HttpAcceptHeader = "application/json" });

        json.ResultCode.Should().Be("A941001");
        (await FluentActions.Awaiting(() => Fake.StandardIntrospectionAsync(new() { Parameters = "token=x", HttpAcceptHeader = "application/token-introspection+jwt" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement JWT introspection responses (RFC 9701: httpAcceptHeader, introspection*Alg, keys).");
        (await FluentActions.Awaiting(() => Fake.StandardIntrospectionAsync(new() { Parameters = "token=x", RsUri = "https://rs.example.com" }))
            .Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement the audience check of rsUri in a standard introspection request.");
    }
}
