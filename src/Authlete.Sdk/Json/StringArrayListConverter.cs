using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads a list of string arrays written either as Authlete's OpenAPI specification writes it (<c>[["a","b"],["c"]]</c>)
/// or as Authlete's Java library writes its <c>StringArray</c> objects (<c>[{"array":["a","b"]},{"array":["c"]}]</c>),
/// the two forms mixed freely; writes the specification's form. An element with no <c>array</c> member, or a null
/// element, reads as null.
/// </summary>
/// <remarks>Public so that a source-generated <c>JsonSerializerContext</c> of your own can include the SDK type that names it
/// in a <c>[JsonConverter]</c> attribute; you never need to create one.</remarks>
public sealed class StringArrayListConverter : JsonConverter<IReadOnlyList<IReadOnlyList<string>>>
{
    /// <inheritdoc />
    public override IReadOnlyList<IReadOnlyList<string>>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // Stryker disable once Statement : without it the loop meets a token no branch accepts and throws the same JsonException
            throw new JsonException();
        }

        var list = new List<IReadOnlyList<string>>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType switch
            {
                JsonTokenType.Null => null!,
                JsonTokenType.StartArray => StringArrays.ReadArray(ref reader),
                JsonTokenType.StartObject => ReadWrapper(ref reader),
                _ => throw new JsonException(),
            });
        }

        return list;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, IReadOnlyList<IReadOnlyList<string>> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (IReadOnlyList<string> item in value)
        {
            if (item is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                StringArrays.WriteArray(writer, item);
            }
        }

        writer.WriteEndArray();
    }

    // One {"array":[...]} object; other members are skipped.
    private static IReadOnlyList<string> ReadWrapper(ref Utf8JsonReader reader)
    {
        IReadOnlyList<string>? result = null;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            bool isArray = reader.ValueTextEquals("array"u8);
            Next(ref reader);
            if (isArray && reader.TokenType == JsonTokenType.StartArray)
            {
                result = StringArrays.ReadArray(ref reader);
            }
            // Stryker disable all : result is already null unless the wrapper repeats its "array" member, which no writer does
            else if (isArray && reader.TokenType == JsonTokenType.Null)
            {
                result = null;
            }
            // Stryker restore all
            else
            {
                reader.Skip();
            }
        }

        return result!;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) => reader.Read() ? reader.TokenType : throw new JsonException();
}
