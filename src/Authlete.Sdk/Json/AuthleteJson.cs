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
    /// <summary>
    /// The metadata of every SDK type with its wire converters on the properties and snake_case aliases: complete under
    /// any options (see <see cref="AuthleteJsonSerializer.TypeInfoResolver"/>).
    /// </summary>
    public static IJsonTypeInfoResolver Resolver { get; } =
        AuthleteJsonContext.Default.WithAddedModifier(WireConverters.Apply).WithAddedModifier(SnakeCaseAliases.Add);

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
                ? Resolver
                : AuthleteJsonContext.Default.WithAddedModifier(WireConverters.Apply),
        };
        options.MakeReadOnly();
        return options;
    }
}
