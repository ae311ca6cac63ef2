using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// The lenient reader of a number or boolean (<see cref="LenientValueConverters"/>) for a nullable property: a JSON
/// <c>null</c> stays null (the serializer handles it), anything else reads as the non-nullable value does.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class LenientNullableConverter<T>(JsonConverter<T> valueConverter) : JsonConverter<T?> where T : struct
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => valueConverter.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            valueConverter.Write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
