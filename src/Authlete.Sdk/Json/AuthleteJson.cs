using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk.Json;

/// <summary>
/// The serializer settings for Authlete's wire format: camelCase names written, camelCase or snake_case names read,
/// nulls omitted, unknown members kept, source-generated metadata.
/// </summary>
internal static class AuthleteJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = AuthleteJsonContext.Default.WithAddedModifier(SnakeCaseAliases.Add),
        };
        foreach (JsonConverter converter in LenientValueConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
