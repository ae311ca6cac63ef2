using System.Reflection;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Json;

public class ExtensibleEnumTests
{
    public static TheoryData<Type> EnumTypes => new(typeof(AuthleteModel).Assembly.GetExportedTypes()
        .Where(t => t.IsValueType && t.GetConstructor([typeof(string)]) is not null && t.Namespace == "Authlete.Sdk"));

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_known_value_reads_from_its_wire_name_in_any_case(Type type)
    {
        foreach (PropertyInfo member in type.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == type))
        {
            object known = member.GetValue(null)!;
            string wire = known.ToString()!;
            wire.Should().Be(string.Concat(member.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant(), "member names are the PascalCase of the wire names");
            ReadEnum(type, wire).Should().Be(known);
            ReadEnum(type, wire.ToLowerInvariant()).Should().Be(known);
            ((bool)type.GetProperty("IsKnown")!.GetValue(known)!).Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void An_unknown_value_is_kept_and_written_back(Type type)
    {
        object value = ReadEnum(type, "SOMETHING_NEW");
        value.ToString().Should().Be("SOMETHING_NEW");
        ((bool)type.GetProperty("IsKnown")!.GetValue(value)!).Should().BeFalse();
        System.Text.Json.JsonSerializer.Serialize(value, Authlete.Sdk.Json.AuthleteJson.Options.GetTypeInfo(type)).Should().Be("\"SOMETHING_NEW\"");
    }

    [Fact]
    public void Unknown_actions_do_not_break_a_response()
    {
        var response = Wire.Read<BackchannelAuthenticationCompleteResponse>("""{"action":"CALL_ME_MAYBE","deliveryMode":"carrier_pigeon"}""");
        response.Action.Value.Should().Be("CALL_ME_MAYBE");
        response.Action.Should().NotBe(BackchannelAuthenticationCompleteAction.Notification);
        response.DeliveryMode!.Value.IsKnown.Should().BeFalse();
        Wire.Write(response).Should().Contain("\"action\":\"CALL_ME_MAYBE\"").And.Contain("\"deliveryMode\":\"carrier_pigeon\"");
    }

    [Fact]
    public void Values_compare_ignoring_case_and_keep_their_spelling()
    {
        DeliveryMode ping = "ping";
        ping.Should().Be(DeliveryMode.Ping);
        (ping == DeliveryMode.Ping).Should().BeTrue();
        ping.GetHashCode().Should().Be(DeliveryMode.Ping.GetHashCode());
        ping.ToString().Should().Be("ping");
        (ping != DeliveryMode.Push).Should().BeTrue();
    }

    [Fact]
    public void A_default_value_is_empty_and_unknown()
    {
        default(TokenAction).Value.Should().BeEmpty();
        default(TokenAction).IsKnown.Should().BeFalse();
        FluentActions.Invoking(() => new TokenAction(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_default_value_equals_the_empty_value_and_hashes_alike()
    {
        TokenAction empty = new(string.Empty);
        default(TokenAction).Should().Be(empty);
        default(TokenAction).GetHashCode().Should().Be(empty.GetHashCode(), "equal values must hash alike in a dictionary");
    }

    [Fact]
    public void A_null_where_an_action_is_expected_reads_as_no_action()
    {
        var response = Wire.Read<TokenResponse>("""{"action":null,"resultCode":"A0"}""");
        response.Action.Value.Should().BeEmpty();
        response.Action.IsKnown.Should().BeFalse();
        response.ResultCode.Should().Be("A0");
    }

    [Theory]
    [InlineData("""{"action":1}""", "Number")]
    [InlineData("""{"action":true}""", "True")]
    [InlineData("""{"action":{"v":"OK"}}""", "StartObject")]
    public void An_action_that_is_not_a_string_is_an_error_naming_the_type_and_what_came(string json, string found)
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>(json))
            .Should().Throw<AuthleteSerializationException>()
            .WithMessage($"*Expected a string for TokenAction but found {found}*");
    }

    [Fact]
    public void A_value_split_across_buffer_segments_reads_whole_and_leaves_other_values_alone()
    {
        // An application reading from a pipe hands the serializer a multi-segment buffer; a value can straddle two.
        byte[] json = """{"action":"SPLIT_ACROSS_SEGMENTS"}"""u8.ToArray();
        int cut = json.Length - 10;
        var sequence = Segments.Of(json[..cut], json[cut..]);
        var reader = new System.Text.Json.Utf8JsonReader(sequence);

        TokenResponse read = System.Text.Json.JsonSerializer.Deserialize(ref reader, Authlete.Sdk.Json.AuthleteJson.TypeInfo<TokenResponse>())!;

        read.Action.Value.Should().Be("SPLIT_ACROSS_SEGMENTS");
        Wire.Read<TokenResponse>("""{"action":""}""").Action.Value.Should().BeEmpty("a split value must not be remembered under the bytes of another");
        Wire.Read<TokenResponse>("""{"action":"SPLIT_ACROSS_SEGMENTS"}""").Action.Value.Should().Be("SPLIT_ACROSS_SEGMENTS");
    }

    private static object ReadEnum(Type type, string wire)
        => System.Text.Json.JsonSerializer.Deserialize("\"" + wire + "\"", Authlete.Sdk.Json.AuthleteJson.Options.GetTypeInfo(type))!;
}
