using System.Text.Json;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Json;

/// <summary>Every DTO, with every member set, survives a write and a read, in camelCase and in snake_case.</summary>
public class RoundTripTests
{
    public static TheoryData<Type> Types => new(WireContractTests.Expected.Keys.Concat(
    [
        typeof(Scope), typeof(Pair), typeof(Property), typeof(DynamicScope), typeof(AuthzDetails), typeof(Grant),
        typeof(TokenInfo), typeof(CimdOptions), typeof(TaggedValue), typeof(GrantScope), typeof(AuthzDetailsElement),
    ]));

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_member_round_trips(Type type)
    {
        object original = SampleData.Fill(type, type.Name);
        string json = Wire.Write(original, type);
        object read = Wire.Read(json, type);
        read.Should().BeEquivalentTo(original, o => o.RespectingRuntimeTypes());
        Wire.Write(read, type).Should().Be(json);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_member_is_read_from_snake_case(Type type)
    {
        object original = SampleData.Fill(type, type.Name);
        JsonNode snake = SampleData.ToSnakeCase(JsonNode.Parse(Wire.Write(original, type)))!;
        snake.ToJsonString().Should().NotContain("\"clientIdAliasUsed\"");
        object read = Wire.Read(snake.ToJsonString(), type);
        read.Should().BeEquivalentTo(original, o => o.RespectingRuntimeTypes());
    }

    [Fact]
    public void Unknown_members_are_kept_and_written_back()
    {
        const string json = """{"resultCode":"A1","action":"OK","futureField":{"nested":[1,2,3]},"futureFlag":true,"scopes":[{"name":"openid","futureScopeField":"x"}]}""";
        var response = Wire.Read<DeviceAuthorizationResponse>(json);
        response.ExtensionData.Should().ContainKeys("futureField", "futureFlag");
        response.Scopes![0].ExtensionData.Should().ContainKey("futureScopeField");
        JsonNode.DeepEquals(JsonNode.Parse(Wire.Write(response)), JsonNode.Parse(
            """{"resultCode":"A1","action":"OK","clientId":0,"clientIdAliasUsed":false,"clientEntityIdUsed":false,"metadataDocumentUsed":false,"scopes":[{"name":"openid","defaultEntry":false,"futureScopeField":"x"}],"expiresIn":0,"interval":0,"futureField":{"nested":[1,2,3]},"futureFlag":true}""")).Should().BeTrue();
    }

    [Fact]
    public void Requests_omit_members_that_are_not_set()
    {
        Wire.Write(new DeviceVerificationRequest { UserCode = "XWFL-KPDS" }).Should().Be("""{"userCode":"XWFL-KPDS"}""");
        Wire.Write(new TokenRequest { Parameters = "grant_type=x" }).Should().Be("""{"parameters":"grant_type=x"}""");
    }

    [Fact]
    public void Client_id_is_64_bit()
    {
        var response = Wire.Read<BackchannelAuthenticationCompleteResponse>("""{"clientId":26862190133482}""");
        response.ClientId.Should().Be(26862190133482L);
    }

    [Fact]
    public void Snake_and_camel_case_may_be_mixed_in_one_body()
    {
        var response = Wire.Read<DeviceAuthorizationResponse>(
            """{"result_code":"A1","action":"OK","device_code":"dc","userCode":"uc","verification_uri_complete":"https://v?c=uc","expires_in":600,"interval":5,"client_id_alias_used":true}""");
        response.ResultCode.Should().Be("A1");
        response.DeviceCode.Should().Be("dc");
        response.UserCode.Should().Be("uc");
        response.VerificationUriComplete.Should().Be("https://v?c=uc");
        response.ExpiresIn.Should().Be(600);
        response.ClientIdAliasUsed.Should().BeTrue();
        response.ExtensionData.Should().BeNull("snake_case names are known members, not unknown ones");
    }

    [Fact]
    public void Wrong_shapes_fail_with_a_json_exception()
    {
        FluentActions.Invoking(() => Wire.Read<TokenResponse>("""{"action":42}""")).Should().Throw<JsonException>();
        FluentActions.Invoking(() => Wire.Read<TokenResponse>("""{"clientId":"abc"}""")).Should().Throw<JsonException>();
    }
}

public class LenientReadingTests
{
    [Fact]
    public void Null_numbers_and_booleans_read_as_their_default()
    {
        var response = Authlete.Sdk.Tests.Support.Wire.Read<DeviceAuthorizationResponse>(
            """{"clientId":null,"clientIdAliasUsed":null,"expiresIn":null,"interval":7}""");
        response.ClientId.Should().Be(0);
        response.ClientIdAliasUsed.Should().BeFalse();
        response.ExpiresIn.Should().Be(0);
        response.Interval.Should().Be(7);
    }

    [Fact]
    public void Numbers_and_booleans_written_as_strings_are_read()
    {
        var response = Authlete.Sdk.Tests.Support.Wire.Read<DeviceAuthorizationResponse>(
            """{"clientId":"26862190133482","clientIdAliasUsed":"true","expiresIn":"600","clientEntityIdUsed":"false"}""");
        response.ClientId.Should().Be(26862190133482L);
        response.ClientIdAliasUsed.Should().BeTrue();
        response.ExpiresIn.Should().Be(600);
        response.ClientEntityIdUsed.Should().BeFalse();
        Authlete.Sdk.Tests.Support.Wire.Write(response).Should().Contain("\"clientId\":26862190133482").And.Contain("\"expiresIn\":600");
    }

    [Theory]
    [InlineData("""{"clientId":"12x"}""")]
    [InlineData("""{"clientId":1.5}""")]
    [InlineData("""{"expiresIn":99999999999}""")]
    [InlineData("""{"clientIdAliasUsed":1}""")]
    [InlineData("""{"clientIdAliasUsed":"yes"}""")]
    [InlineData("""{"expiresIn":"12x"}""")]
    [InlineData("""{"expiresIn":"6\u0030"}""")]
    [InlineData("""{"clientId":"2\u0036"}""")]
    public void Other_values_are_still_errors(string json)
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<DeviceAuthorizationResponse>(json))
            .Should().Throw<AuthleteSerializationException>();
    }

    [Fact]
    public void Nullable_numbers_and_booleans_written_as_strings_are_read_and_null_stays_null()
    {
        var issue = Authlete.Sdk.Tests.Support.Wire.Read<TokenIssueRequest>("""{"ticket":"t","accessTokenDuration":"3600","refreshTokenDuration":null}""");
        issue.AccessTokenDuration.Should().Be(3600);
        issue.RefreshTokenDuration.Should().BeNull();
        Authlete.Sdk.Tests.Support.Wire.Read<ServiceConfigurationRequest>("""{"pretty":"true"}""").Pretty.Should().BeTrue();
        Authlete.Sdk.Tests.Support.Wire.Read<ServiceConfigurationRequest>("""{"pretty":null}""").Pretty.Should().BeNull();
        Authlete.Sdk.Tests.Support.Wire.Write(issue).Should().Contain("\"accessTokenDuration\":3600").And.NotContain("refreshTokenDuration");
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<ServiceConfigurationRequest>("""{"pretty":"yes"}"""))
            .Should().Throw<AuthleteSerializationException>().WithMessage("*Expected a boolean but found String*");
    }

    [Theory]
    [InlineData("""{"clientId":true}""", "Expected a 64-bit integer but found True")]
    [InlineData("""{"expiresIn":[]}""", "Expected a 32-bit integer but found StartArray")]
    [InlineData("""{"clientIdAliasUsed":1}""", "Expected a boolean but found Number")]
    public void An_error_says_what_was_expected_and_what_came(string json, string message)
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<DeviceAuthorizationResponse>(json))
            .Should().Throw<AuthleteSerializationException>().WithMessage($"*{message}*");
    }
}
