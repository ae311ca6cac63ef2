using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads a JSON member that may be a single string or an array of strings (a JWT <c>aud</c>) into a list; writes an array.
/// </summary>
/// <remarks>Public so that a source-generated <c>JsonSerializerContext</c> of your own can include the SDK type that names it
/// in a <c>[JsonConverter]</c> attribute; you never need to create one.</remarks>
public sealed class StringOrStringListConverter : JsonConverter<IReadOnlyList<string>>
{
    /// <inheritdoc />
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return [reader.GetString()!];
        }

        return StringArrays.ReadArray(ref reader);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
        => StringArrays.WriteArray(writer, value);
}
