using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Json;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// The checks of <c>Json/WireContractTests</c>, <c>Json/RoundTripTests</c> and <c>Common/PublishedExampleTests</c> as
/// reusable assertions, for the API families that keep their wire tests in their own files.
/// </summary>
public static class WireChecks
{
    /// <summary>The type writes exactly these camelCase members (snake_case aliases and extension data aside).</summary>
    public static void WritesExactly(Type type, string[] expected)
    {
        JsonTypeInfo info = AuthleteJson.Options.GetTypeInfo(type);
        string[] written = info.Properties
            .Where(p => p.Get is not null && !p.Name.Contains('_', StringComparison.Ordinal) && !p.IsExtensionData)
            .Select(p => p.Name).ToArray();
        written.Should().BeEquivalentTo(expected, $"{type.Name} should carry exactly the reference's wire members");
        expected.Should().OnlyHaveUniqueItems();
    }

    /// <summary>Each wire member is the PascalCase C# property of its name (the OAuth family spelled <c>OAuth</c>).</summary>
    public static void ArePascalCaseProperties(Type type, string[] expected)
    {
        foreach (string wire in expected)
        {
            string property = wire.StartsWith("oauth", StringComparison.Ordinal) ? "OAuth" + wire[5..] : char.ToUpperInvariant(wire[0]) + wire[1..];
            type.GetProperty(property).Should().NotBeNull($"{type.Name} should have {property} for wire member {wire}");
        }
    }

    /// <summary>Each wire member is also read under its snake_case name.</summary>
    public static void AreReadInSnakeCase(Type type, string[] expected)
    {
        var names = AuthleteJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToHashSet();
        foreach (string wire in expected)
        {
            names.Should().Contain(JsonNamingPolicy.SnakeCaseLower.ConvertName(wire));
        }
    }

    /// <summary>With every member set, the type survives a write and a read in camelCase, and a read in snake_case.</summary>
    public static void RoundTrips(Type type)
    {
        object original = SampleData.Fill(type, type.Name);
        string json = Wire.Write(original, type);
        object read = Wire.Read(json, type);
        read.Should().BeEquivalentTo(original, o => o.RespectingRuntimeTypes());
        Wire.Write(read, type).Should().Be(json);

        string snake = SampleData.ToSnakeCase(JsonNode.Parse(json))!.ToJsonString();
        Wire.Read(snake, type).Should().BeEquivalentTo(original, o => o.RespectingRuntimeTypes());
    }

    /// <summary>
    /// A published example reads into typed members with nothing left over, writes back every member it had (except the
    /// named ones, which the caller checks itself), and, for a request, validates.
    /// </summary>
    public static T ReadsPublishedExample<T>(string file, params string[] normalised) where T : AuthleteModel
    {
        string json = Wire.Fixture(Path.Combine("op", file));
        T value = Wire.Read<T>(json);
        value.ExtensionData.Should().BeNull($"every member of {file} should have a typed property");

        JsonObject written = JsonNode.Parse(Wire.Write(value))!.AsObject();
        foreach (KeyValuePair<string, JsonNode?> member in JsonNode.Parse(json)!.AsObject())
        {
            written.ContainsKey(member.Key).Should().BeTrue($"{member.Key} should be written back");
            if (!normalised.Contains(member.Key))
            {
                JsonNode.DeepEquals(written[member.Key], member.Value).Should().BeTrue($"{member.Key} should be written back unchanged");
            }
        }

        if (value is AuthleteRequest request)
        {
            request.Validate();
        }

        return value;
    }

    /// <summary>The published <c>responseContent</c> with the spec's literal <c>\"</c> pairs turned into quotes (see Fixtures/op/SOURCES.md).</summary>
    public static string Unescaped(string? responseContent) => responseContent!.Replace("\\\"", "\"", StringComparison.Ordinal);

    /// <summary>Validate() names the missing member, by C# name and wire name.</summary>
    public static void FailsValidation(AuthleteRequest request, string member, string wire)
        => FluentActions.Invoking(request.Validate).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == member && e.Message.Contains($"'{wire}'", StringComparison.Ordinal));

    /// <summary>
    /// Every known value of an action reads from its wire string, has the given kind, HTTP status and client
    /// authentication flag; the table lists every known value; an unknown value has no kind and no status.
    /// </summary>
    public static void ActionsAre<TAction, TKind>(Func<TAction, TKind> kindOf, params (string Wire, TKind Kind, int? Status, bool ClientAuthFailure)[] table)
        where TAction : struct, IAuthleteAnswerAction
        where TKind : struct, Enum
    {
        typeof(TAction).GetProperties(BindingFlags.Public | BindingFlags.Static).Count(p => p.PropertyType == typeof(TAction))
            .Should().Be(table.Length, "the table should list every known value");
        Enum.GetValues<TKind>().Should().HaveCount(table.Length + 1, "the kinds are Unknown and one per known value");

        foreach ((string wire, TKind kind, int? status, bool authFailure) in table)
        {
            TAction action = JsonSerializer.Deserialize("\"" + wire + "\"", AuthleteJson.TypeInfo<TAction>());
            action.Value.Should().Be(wire);
            kindOf(action).Should().Be(kind, wire);
            action.HttpStatus.Should().Be(status, wire);
            action.IsClientAuthenticationFailure.Should().Be(authFailure, wire);
        }

        TAction unknown = JsonSerializer.Deserialize("\"SOMETHING_NEW\"", AuthleteJson.TypeInfo<TAction>());
        Convert.ToInt32(kindOf(unknown), System.Globalization.CultureInfo.InvariantCulture).Should().Be(0);
        unknown.HttpStatus.Should().BeNull();
        unknown.IsClientAuthenticationFailure.Should().BeFalse();
        JsonSerializer.Serialize(unknown, AuthleteJson.TypeInfo<TAction>()).Should().Be("\"SOMETHING_NEW\"");
    }
}
