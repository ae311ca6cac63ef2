using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk.Json;

/// <summary>
/// Puts the wire format's value converters (lenient numbers and booleans, exact-capacity string lists) on the
/// properties themselves, so that the SDK's metadata reads and writes alike under any <c>JsonSerializerOptions</c>: the
/// client's own, or an application's that combines <see cref="AuthleteJsonSerializer.TypeInfoResolver"/> with its own
/// source-generated context.
/// </summary>
internal static class WireConverters
{
    private static readonly JsonConverter StringList = new StringListConverter();

    public static void Apply(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            // Stryker disable once Statement : a non-object type has no properties, so the loop below does nothing for it
            return;
        }

        PinWireNames(typeInfo);
        foreach (JsonPropertyInfo property in typeInfo.Properties)
        {
            if (property.CustomConverter is not null)
            {
                continue;
            }

            Type type = property.PropertyType;
            property.CustomConverter =
                type == typeof(long) ? LenientValueConverters.Int64
                : type == typeof(int) ? LenientValueConverters.Int32
                : type == typeof(bool) ? LenientValueConverters.Boolean
                : type == typeof(long?) ? LenientValueConverters.NullableInt64
                : type == typeof(int?) ? LenientValueConverters.NullableInt32
                : type == typeof(bool?) ? LenientValueConverters.NullableBoolean
                : type == typeof(IReadOnlyList<string>) ? StringList
                : null;
        }
    }

    /// <summary>
    /// Gives the properties their wire names whatever the options' naming policy: under an application's options the
    /// source-generated metadata takes its names from that policy (PascalCase with none), not from the SDK's camelCase.
    /// The client's own options have the wire names already; another's take them from the client's metadata of the same
    /// type, whose properties come in the same order.
    /// </summary>
    private static void PinWireNames(JsonTypeInfo typeInfo)
    {
        // Stryker disable once Logical : under camelCase options the names pinned are the names already there
        if (ReferenceEquals(typeInfo.Options, AuthleteJson.Options)
            || typeInfo.Options.PropertyNamingPolicy == JsonNamingPolicy.CamelCase
            || !AuthleteJson.Options.TryGetTypeInfo(typeInfo.Type, out JsonTypeInfo? wire))
        {
            return;
        }

        IList<JsonPropertyInfo> properties = typeInfo.Properties;
        for (int i = 0; i < properties.Count; i++)
        {
            properties[i].Name = wire.Properties[i].Name;
        }
    }
}
