using System.Text.Json;

namespace Authlete.Sdk.Json;

/// <summary>Reads and writes one JSON array of strings (nulls allowed), for the converters of string-list shapes.</summary>
internal static class StringArrays
{
    /// <summary>Reads the array that starts at the reader's current token, leaving the reader on its end.</summary>
    public static List<string> ReadArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // Stryker disable once Statement : both callers call it only on a '['
            throw new JsonException();
        }

        var list = new List<string>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.EndArray:
                    return list;
                case JsonTokenType.String or JsonTokenType.Null:
                    list.Add(reader.GetString()!);
                    break;
                default:
                    throw new JsonException();
            }
        }

        // Stryker disable once Statement : a converter is handed the whole value, so the reader never runs out inside the array
        throw new JsonException();
    }

    public static void WriteArray(Utf8JsonWriter writer, IReadOnlyList<string> value)
    {
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            writer.WriteStringValue(value[i]);
        }

        writer.WriteEndArray();
    }
}
