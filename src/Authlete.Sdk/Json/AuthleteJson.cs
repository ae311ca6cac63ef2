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
    public static JsonSerializerOptions Options { get; } = CreateOptions(snakeCaseAliases: true);

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>
    /// Creates the wire-format options; without <paramref name="snakeCaseAliases"/> they read camelCase names only.
    /// The client always uses <see cref="Options"/>; the camelCase-only form exists so the benchmarks can measure
    /// what reading both namings costs.
    /// </summary>
    internal static JsonSerializerOptions CreateOptions(bool snakeCaseAliases)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = snakeCaseAliases
                ? AuthleteJsonContext.Default.WithAddedModifier(SnakeCaseAliases.Add)
                : AuthleteJsonContext.Default,
        };
        foreach (JsonConverter converter in LenientValueConverters.All)
        {
            options.Converters.Add(converter);
        }

        options.Converters.Add(new StringListConverter());
        options.MakeReadOnly();
        return options;
    }
}
