using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Json;

/// <summary>What an application stores, holding SDK types: its own source-generated context compiles (the SDK's
/// converters named by attributes are public) and, combined with the SDK's resolver, reads and writes them as the client does.</summary>
public sealed record StoredExchange(string Id, TokenResponse Token, UserInfoResponse? UserInfo, IntrospectionContent? Content);

[JsonSerializable(typeof(StoredExchange))]
internal sealed partial class ApplicationJsonContext : JsonSerializerContext;

/// <summary>
/// Native AOT users serialize SDK types in their own source-generated context through
/// <see cref="AuthleteJsonSerializer.TypeInfoResolver"/>, with the wire format's names, aliases and converters, under
/// their own options.
/// </summary>
public sealed class ApplicationJsonContextTests
{
    private static readonly JsonSerializerOptions ApplicationOptions = new()
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(AuthleteJsonSerializer.TypeInfoResolver, ApplicationJsonContext.Default),
    };

    public static TheoryData<string> WireTypes()
    {
        var data = new TheoryData<string>();
        foreach (AuthleteApiDescription api in AuthleteApis.All)
        {
            data.Add(api.RequestType.AssemblyQualifiedName!);
            data.Add(api.ResponseType.AssemblyQualifiedName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void Every_wire_type_reads_under_an_applications_options_as_the_client_reads_it(string typeName)
    {
        Type type = Type.GetType(typeName)!;
        object sample = SampleData.Fill(type, "root");
        string camel = JsonSerializer.Serialize(sample, type, AuthleteJsonSerializer.Options);
        string snake = SampleData.ToSnakeCase(JsonNode.Parse(camel))!.ToJsonString();

        foreach (string wire in new[] { camel, snake })
        {
            object read = JsonSerializer.Deserialize(wire, type, ApplicationOptions)!;
            JsonSerializer.Serialize(read, type, AuthleteJsonSerializer.Options).Should().Be(camel, "the application's options read {0} as the client does", type.Name);
        }
    }

    [Fact]
    public void An_applications_own_type_holding_sdk_types_round_trips_with_lenient_values_and_unknown_members()
    {
        const string Json = """
            {"Id":"x1","Token":{"action":"SOME_FUTURE_ACTION","access_token_duration":"3600","refreshTokenDuration":null,"customMember":{"a":1}},
             "UserInfo":{"action":"OK","requested_verified_claims_for_tx":[{"array":["a","b"]},["c"]]},
             "Content":{"active":true,"aud":"single-audience"}}
            """;

        StoredExchange stored = JsonSerializer.Deserialize<StoredExchange>(Json, ApplicationOptions)!;

        stored.Id.Should().Be("x1");
        stored.Token.Action.Value.Should().Be("SOME_FUTURE_ACTION");
        stored.Token.Action.Kind.Should().Be(TokenActionKind.Unknown);
        stored.Token.AccessTokenDuration.Should().Be(3600, "a number written as a string reads as the client reads it");
        stored.Token.RefreshTokenDuration.Should().Be(0);
        stored.Token.ExtensionData.Should().ContainKey("customMember");
        stored.UserInfo!.RequestedVerifiedClaimsForTx.Should().BeEquivalentTo(new[] { new[] { "a", "b" }, new[] { "c" } });
        stored.Content!.Aud.Should().Equal("single-audience");

        string written = JsonSerializer.Serialize(stored, ApplicationOptions);
        JsonNode token = JsonNode.Parse(written)!["Token"]!;
        token["action"]!.GetValue<string>().Should().Be("SOME_FUTURE_ACTION");
        token["accessTokenDuration"]!.GetValue<long>().Should().Be(3600);
        token["customMember"]!["a"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void Numbers_and_booleans_of_every_width_read_leniently_under_an_applications_options()
    {
        // The application's options carry none of the SDK's converters: the lenient readers must travel with the metadata.
        const string Json = """{"clientId":"7","expiresIn":"600","interval":null,"clientIdAliasUsed":"true","clientEntityIdUsed":null}""";

        DeviceAuthorizationResponse read = JsonSerializer.Deserialize<DeviceAuthorizationResponse>(Json, ApplicationOptions)!;

        read.ClientId.Should().Be(7);
        read.ExpiresIn.Should().Be(600);
        read.Interval.Should().Be(0);
        read.ClientIdAliasUsed.Should().BeTrue();
        read.ClientEntityIdUsed.Should().BeFalse();

        TokenIssueRequest issue = JsonSerializer.Deserialize<TokenIssueRequest>("""{"accessTokenDuration":"3600","refreshTokenDuration":null}""", ApplicationOptions)!;
        issue.AccessTokenDuration.Should().Be(3600);
        issue.RefreshTokenDuration.Should().BeNull();
        JsonSerializer.Deserialize<ServiceConfigurationRequest>("""{"pretty":"true"}""", ApplicationOptions)!.Pretty.Should().BeTrue();
    }
}
