using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk.Json;

/// <summary>
/// A contract modifier that lets every property also be read under the snake_case form of its wire name
/// (<c>client_id_alias_used</c> beside <c>clientIdAliasUsed</c>). An alias is read-only: writing always uses the
/// camelCase name Authlete expects. Matching happens in the serializer's own property lookup, so an alias costs no
/// extra pass over the input.
/// </summary>
/// <remarks>
/// Alias properties are built with <see cref="JsonMetadataServices.CreatePropertyInfo{T}"/>, which needs the property
/// type at compile time; <see cref="Factories"/> lists every type the DTOs use (a test checks that none is missing),
/// so no reflection or run-time code generation is needed.
/// </remarks>
internal static class SnakeCaseAliases
{
    private delegate JsonPropertyInfo AliasFactory(JsonTypeInfo declaringType, JsonPropertyInfo original, string alias);

    private static readonly Dictionary<Type, AliasFactory> Factories = new()
    {
        [typeof(string)] = Create<string>,
        [typeof(bool)] = Create<bool>,
        [typeof(bool?)] = Create<bool?>,
        [typeof(int)] = Create<int>,
        [typeof(long)] = Create<long>,
        [typeof(long?)] = Create<long?>,
        [typeof(IReadOnlyList<string>)] = Create<IReadOnlyList<string>>,
        [typeof(IReadOnlyList<IReadOnlyList<string>>)] = Create<IReadOnlyList<IReadOnlyList<string>>>,
        [typeof(IReadOnlyList<Scope>)] = Create<IReadOnlyList<Scope>>,
        [typeof(IReadOnlyList<Pair>)] = Create<IReadOnlyList<Pair>>,
        [typeof(IReadOnlyList<Property>)] = Create<IReadOnlyList<Property>>,
        [typeof(IReadOnlyList<DynamicScope>)] = Create<IReadOnlyList<DynamicScope>>,
        [typeof(IReadOnlyList<TaggedValue>)] = Create<IReadOnlyList<TaggedValue>>,
        [typeof(IReadOnlyList<GrantScope>)] = Create<IReadOnlyList<GrantScope>>,
        [typeof(IReadOnlyList<AuthzDetailsElement>)] = Create<IReadOnlyList<AuthzDetailsElement>>,
        [typeof(AuthzDetails)] = Create<AuthzDetails>,
        [typeof(Grant)] = Create<Grant>,
        [typeof(TokenInfo)] = Create<TokenInfo>,
        [typeof(CimdOptions)] = Create<CimdOptions>,
        [typeof(BackchannelAuthenticationAction?)] = Create<BackchannelAuthenticationAction?>,
        [typeof(BackchannelAuthenticationIssueAction?)] = Create<BackchannelAuthenticationIssueAction?>,
        [typeof(BackchannelAuthenticationFailAction?)] = Create<BackchannelAuthenticationFailAction?>,
        [typeof(BackchannelAuthenticationFailReason?)] = Create<BackchannelAuthenticationFailReason?>,
        [typeof(BackchannelAuthenticationCompleteAction?)] = Create<BackchannelAuthenticationCompleteAction?>,
        [typeof(BackchannelAuthenticationCompleteResult?)] = Create<BackchannelAuthenticationCompleteResult?>,
        [typeof(DeliveryMode?)] = Create<DeliveryMode?>,
        [typeof(UserIdentificationHintType?)] = Create<UserIdentificationHintType?>,
        [typeof(DeviceAuthorizationAction?)] = Create<DeviceAuthorizationAction?>,
        [typeof(DeviceVerificationAction?)] = Create<DeviceVerificationAction?>,
        [typeof(DeviceCompleteAction?)] = Create<DeviceCompleteAction?>,
        [typeof(DeviceCompleteResult?)] = Create<DeviceCompleteResult?>,
        [typeof(TokenAction?)] = Create<TokenAction?>,
        [typeof(GrantType?)] = Create<GrantType?>,
        [typeof(TokenType?)] = Create<TokenType?>,
        [typeof(ClientAuthMethod?)] = Create<ClientAuthMethod?>,
        [typeof(GmAction?)] = Create<GmAction?>,
        [typeof(TokenIssueAction?)] = Create<TokenIssueAction?>,
        [typeof(TokenFailAction?)] = Create<TokenFailAction?>,
        [typeof(TokenFailReason?)] = Create<TokenFailReason?>,
        [typeof(IntrospectionAction?)] = Create<IntrospectionAction?>,
        [typeof(StandardIntrospectionAction?)] = Create<StandardIntrospectionAction?>,
        [typeof(UserInfoAction?)] = Create<UserInfoAction?>,
        [typeof(UserInfoIssueAction?)] = Create<UserInfoIssueAction?>,
        [typeof(RevocationAction?)] = Create<RevocationAction?>,
        [typeof(IReadOnlyList<JsonWebKey>)] = Create<IReadOnlyList<JsonWebKey>>,
    };

    public static void Add(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            // Stryker disable once Statement : a non-object type has no properties, so the loop below does nothing for it
            return;
        }

        IList<JsonPropertyInfo> properties = typeInfo.Properties;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonPropertyInfo property in properties)
        {
            names.Add(property.Name);
        }

        int count = properties.Count;
        for (int i = 0; i < count; i++)
        {
            JsonPropertyInfo property = properties[i];
            if (property.Set is null || property.IsExtensionData)
            {
                continue;
            }

            string alias = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            if (!names.Add(alias))
            {
                continue;
            }

            if (!Factories.TryGetValue(property.PropertyType, out AliasFactory? factory))
            {
                // Stryker disable all : unreachable while every property type has a factory (a test reads every wire type); it guards the next DTO
                throw new InvalidOperationException(
                    $"No snake_case alias factory for {property.PropertyType} ({typeInfo.Type.Name}.{property.Name}); add it to {nameof(SnakeCaseAliases)}.");
                // Stryker restore all
            }

            properties.Add(factory(typeInfo, property, alias));
        }
    }

    private static JsonPropertyInfo Create<T>(JsonTypeInfo declaringType, JsonPropertyInfo original, string alias)
    {
        Action<object, object?> set = original.Set!;
        Func<object, object?>? get = original.Get;

        // An alias is never written (ShouldSerialize says no), but the serializer calls the getter before asking.
        // For a value type that call would box through the original's untyped getter on every write, so aliases
        // read by a value converter (value types, strings, string lists) get no getter at all and are skipped
        // outright. Object and object-list aliases keep theirs: the serializer's object and collection readers
        // rely on it.
        JsonPropertyInfo aliasProperty = JsonMetadataServices.CreatePropertyInfo(declaringType.Options, new JsonPropertyInfoValues<T>
        {
            // Stryker disable Boolean : descriptive flags; an alias is only ever read through its setter and never written
            IsProperty = true,
            IsPublic = true,
            // Stryker restore Boolean
            DeclaringType = declaringType.Type,
            PropertyName = alias,
            JsonPropertyName = alias,
            Setter = (target, value) => set(target, value),
            Getter = typeof(T).IsValueType || typeof(T) == typeof(string) || typeof(T) == typeof(IReadOnlyList<string>) || get is null
                ? null
                : target => (T?)get(target),
            Converter = original.CustomConverter as JsonConverter<T>,
            NumberHandling = original.NumberHandling,
        });
        aliasProperty.ShouldSerialize = static (_, _) => false;
        return aliasProperty;
    }
}
