using System.Reflection;
using System.Text.Json;
using Authlete.Sdk.Json;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Json;

/// <summary>
/// Every extensible enum of the SDK (a struct implementing <see cref="IAuthleteEnumeration{TSelf}"/>) has the same shape: a
/// <c>Kind</c> of the closed enum <c>{Name}Kind</c> that mirrors its known values, case-insensitive values that keep
/// their spelling, and the same conversions and equality. The answer actions also say how to answer the client.
/// </summary>
public class ExtensibleEnumShapeTests
{
    private const string NeverSeen = "FUTURE_VALUE";

    public static TheoryData<Type> Types => new(ExtensibleEnums.Types);

    public static TheoryData<Type> AnswerActions => new(AnswerTable.Keys);

    /// <summary>
    /// The HTTP answer Authlete prescribes for each action of the APIs whose <c>responseContent</c> is the answer to the
    /// client; null for an action that is a step to take first, not an answer.
    /// </summary>
    private static readonly Dictionary<Type, (string Action, int? Status, bool ClientAuthenticationFailure)[]> AnswerTable = new()
    {
        [typeof(BackchannelAuthenticationAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("UNAUTHORIZED", 401, true), ("BAD_REQUEST", 400, false), ("USER_IDENTIFICATION", null, false),
        ],
        [typeof(BackchannelAuthenticationIssueAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("INVALID_TICKET", 500, false), ("OK", 200, false),
        ],
        [typeof(BackchannelAuthenticationFailAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("FORBIDDEN", 403, false), ("BAD_REQUEST", 400, false),
        ],
        [typeof(DeviceAuthorizationAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("UNAUTHORIZED", 401, true), ("OK", 200, false),
        ],
        [typeof(TokenAction)] =
        [
            ("INVALID_CLIENT", 400, true), ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("PASSWORD", null, false),
            ("OK", 200, false), ("TOKEN_EXCHANGE", null, false), ("JWT_BEARER", null, false), ("ID_TOKEN_REISSUABLE", 200, false),
            ("NATIVE_SSO", null, false),
        ],
        [typeof(IntrospectionAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("UNAUTHORIZED", 401, false), ("FORBIDDEN", 403, false),
            ("OK", null, false),
        ],
        [typeof(StandardIntrospectionAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("OK", 200, false), ("JWT", 200, false),
        ],
        [typeof(UserInfoAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("UNAUTHORIZED", 401, false), ("FORBIDDEN", 403, false),
            ("OK", null, false),
        ],
        [typeof(UserInfoIssueAction)] =
        [
            ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("UNAUTHORIZED", 401, false), ("FORBIDDEN", 403, false),
            ("JSON", 200, false), ("JWT", 200, false),
        ],
        [typeof(RevocationAction)] =
        [
            ("INVALID_CLIENT", 400, true), ("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false), ("OK", 200, false),
        ],
        [typeof(TokenIssueAction)] = [("INTERNAL_SERVER_ERROR", 500, false), ("OK", 200, false)],
        [typeof(TokenFailAction)] = [("INTERNAL_SERVER_ERROR", 500, false), ("BAD_REQUEST", 400, false)],
    };

    /// <summary>
    /// The one documented exception to "the Kind member has the static value's name": <c>TokenFailReason.Unknown</c> is
    /// the wire value <c>UNKNOWN</c>, and <c>Unknown</c> in every Kind enum already means a value this SDK does not list.
    /// </summary>
    private static readonly Dictionary<(Type Type, string Member), string> KindNameExceptions = new()
    {
        [(typeof(TokenFailReason), "Unknown")] = "UnknownReason",
    };

    private static string KindName(Type type, string member) => KindNameExceptions.GetValueOrDefault((type, member), member);

    [Fact]
    public void Every_extensible_enum_is_a_public_readonly_struct()
    {
        ExtensibleEnums.Types.Should().HaveCountGreaterThanOrEqualTo(17);
        foreach (Type type in ExtensibleEnums.Types)
        {
            type.IsPublic.Should().BeTrue($"{type.Name} is public");
            ExtensibleEnums.IsReadOnlyStruct(type).Should().BeTrue($"{type.Name} is a readonly struct");
            type.GetInterfaces().Should().Contain(typeof(IEquatable<>).MakeGenericType(type));
            type.Namespace.Should().Be("Authlete.Sdk");
        }

        // Nothing else looks like one: every public struct built from a wire string implements IAuthleteEnumeration.
        typeof(AuthleteModel).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType && t.GetConstructor([typeof(string)]) is not null)
            .Should().BeEquivalentTo(ExtensibleEnums.Types);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Kind_is_an_enum_named_after_it_with_unknown_zero_then_the_known_values_in_declaration_order(Type type)
    {
        PropertyInfo? kind = type.GetProperty("Kind", BindingFlags.Public | BindingFlags.Instance);

        kind.Should().NotBeNull($"{type.Name} has a Kind");
        Type kindType = kind!.PropertyType;
        kindType.IsEnum.Should().BeTrue();
        kindType.IsPublic.Should().BeTrue();
        kindType.Name.Should().Be(type.Name + "Kind");
        kindType.Namespace.Should().Be(type.Namespace);
        Enum.GetUnderlyingType(kindType).Should().Be<int>();

        FieldInfo[] members = kindType.GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken).ToArray();
        members.Select(f => f.Name).Should().Equal(
            ExtensibleEnums.KnownMembers(type).Select(p => KindName(type, p.Name)).Prepend("Unknown"),
            $"{kindType.Name} is Unknown followed by the static values of {type.Name}, in the same order");
        members.Select(f => Convert.ToInt32(f.GetValue(null), System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(Enumerable.Range(0, members.Length), "Unknown is 0 and the others count up in declaration order");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Each_known_value_has_the_kind_of_the_same_name_and_is_known(Type type)
    {
        foreach (var (member, value) in ExtensibleEnums.Known(type))
        {
            ExtensibleEnums.Kind(value).ToString().Should().Be(KindName(type, member), $"{type.Name}.{member}.Kind");
            ExtensibleEnums.IsKnown(value).Should().BeTrue($"{type.Name}.{member} is known");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_default_value_is_empty_and_unknown(Type type)
    {
        object value = ExtensibleEnums.Default(type);

        ExtensibleEnums.Kind(value).ToString().Should().Be("Unknown");
        Convert.ToInt32(ExtensibleEnums.Kind(value), System.Globalization.CultureInfo.InvariantCulture).Should().Be(0);
        ExtensibleEnums.IsKnown(value).Should().BeFalse();
        ExtensibleEnums.Value(value).Should().BeEmpty();
        value.ToString().Should().BeEmpty();
        value.Should().Be(ExtensibleEnums.Create(type, ""), "the default and the empty string are the same value");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void A_never_seen_value_is_unknown_and_round_trips_through_json_unchanged(Type type)
    {
        object value = ExtensibleEnums.Create(type, NeverSeen);

        ExtensibleEnums.Kind(value).ToString().Should().Be("Unknown");
        ExtensibleEnums.IsKnown(value).Should().BeFalse();
        string json = JsonSerializer.Serialize(value, AuthleteJson.Options.GetTypeInfo(type));
        json.Should().Be("\"" + NeverSeen + "\"");
        object read = JsonSerializer.Deserialize(json, AuthleteJson.Options.GetTypeInfo(type))!;
        read.Should().Be(value);
        ExtensibleEnums.Value(read).Should().Be(NeverSeen);
        ExtensibleEnums.Kind(read).ToString().Should().Be("Unknown");
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Kind_ignores_the_case_of_the_wire_string(Type type)
    {
        foreach (var (member, value) in ExtensibleEnums.Known(type))
        {
            string wire = ExtensibleEnums.Value(value);
            foreach (string spelling in new[] { wire.ToLowerInvariant(), char.ToLowerInvariant(wire[0]) + wire[1..], wire.ToUpperInvariant() })
            {
                object other = ExtensibleEnums.Create(type, spelling);
                ExtensibleEnums.Kind(other).Should().Be(ExtensibleEnums.Kind(value), $"new {type.Name}(\"{spelling}\") is {member}");
                ExtensibleEnums.IsKnown(other).Should().BeTrue();
                ExtensibleEnums.Value(other).Should().Be(spelling, "the spelling is kept");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Conversion_equality_hash_and_string_agree(Type type)
    {
        MethodInfo implicitFromString = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == "op_Implicit" && m.ReturnType == type && m.GetParameters().Single().ParameterType == typeof(string));
        MethodInfo equality = type.GetMethod("op_Equality", [type, type])!;
        MethodInfo inequality = type.GetMethod("op_Inequality", [type, type])!;
        IReadOnlyList<(string Member, object Value)> known = ExtensibleEnums.Known(type);

        foreach (var (member, value) in known)
        {
            string lower = ExtensibleEnums.Value(value).ToLowerInvariant();
            object converted = implicitFromString.Invoke(null, [lower])!;

            converted.ToString().Should().Be(lower, $"{type.Name} converted from \"{lower}\" keeps its spelling");
            converted.Equals(value).Should().BeTrue($"\"{lower}\" equals {type.Name}.{member}");
            ((bool)equality.Invoke(null, [converted, value])!).Should().BeTrue();
            ((bool)inequality.Invoke(null, [converted, value])!).Should().BeFalse();
            converted.GetHashCode().Should().Be(value.GetHashCode(), "equal values have equal hash codes");
            converted.Equals(lower).Should().BeFalse("a string is not a value of the enum");

            foreach (var (otherMember, other) in known.Where(k => k.Member != member))
            {
                value.Equals(other).Should().BeFalse($"{member} is not {otherMember}");
                ((bool)equality.Invoke(null, [value, other])!).Should().BeFalse();
                ((bool)inequality.Invoke(null, [value, other])!).Should().BeTrue();
            }
        }

        object neverSeen = implicitFromString.Invoke(null, [NeverSeen])!;
        known.Should().NotContain(k => k.Value.Equals(neverSeen));
        FluentActions.Invoking(() => ExtensibleEnums.Create(type, null!))
            .Should().Throw<TargetInvocationException>().WithInnerException<ArgumentNullException>();
    }

    [Fact]
    public void The_answer_actions_are_the_actions_of_the_apis_whose_content_is_the_answer()
    {
        typeof(AuthleteModel).Assembly.GetTypes().Where(t => t.IsValueType && typeof(IAuthleteAnswerAction).IsAssignableFrom(t))
            .Should().BeEquivalentTo(AnswerTable.Keys);

        // Their actions declare the HTTP answer, but their content is a WWW-Authenticate challenge (or, for userinfo
        // issue, the document for a resource request), not the body of an answer to an OAuth client.
        AuthleteApiDescription[] challengeApis = [AuthleteApis.Introspection, AuthleteApis.UserInfo, AuthleteApis.UserInfoIssue];
        foreach (AuthleteApiDescription api in AuthleteApis.All)
        {
            bool answers = api.ActionType is { } actionType && typeof(IAuthleteAnswerAction).IsAssignableFrom(actionType) && !challengeApis.Contains(api);
            Type[] answerInterfaces = api.ResponseType.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthleteAnswerResponse<>)).ToArray();
            answerInterfaces.Should().Equal(answers ? [typeof(IAuthleteAnswerResponse<>).MakeGenericType(api.ActionType!)] : Type.EmptyTypes,
                $"{api.ResponseType.Name} implements IAuthleteAnswerResponse<{api.ActionType?.Name}> exactly when its action is an answer");
        }
    }

    [Theory]
    [MemberData(nameof(AnswerActions))]
    public void Each_answer_action_declares_the_http_answer_authlete_prescribes(Type type)
    {
        var table = AnswerTable[type];
        table.Select(row => row.Action).Should().Equal(ExtensibleEnums.Known(type).Select(k => ExtensibleEnums.Value(k.Value)),
            $"the table lists every action of {type.Name}, in order");

        foreach (var (action, status, clientAuthenticationFailure) in table)
        {
            var value = (IAuthleteAnswerAction)ExtensibleEnums.Create(type, action);
            value.HttpStatus.Should().Be(status, $"{type.Name} {action} is answered with {status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing yet"}");
            value.IsClientAuthenticationFailure.Should().Be(clientAuthenticationFailure, $"{type.Name} {action}");
            value.Value.Should().Be(action);

            var lower = (IAuthleteAnswerAction)ExtensibleEnums.Create(type, action.ToLowerInvariant());
            lower.HttpStatus.Should().Be(status, "the wire string compares ignoring case");
        }

        foreach (object unknown in new[] { ExtensibleEnums.Create(type, NeverSeen), ExtensibleEnums.Default(type) })
        {
            ((IAuthleteAnswerAction)unknown).HttpStatus.Should().BeNull("an action this SDK does not know has no prescribed answer");
            ((IAuthleteAnswerAction)unknown).IsClientAuthenticationFailure.Should().BeFalse();
        }
    }
}
