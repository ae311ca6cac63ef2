using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads a JSON array of strings into a <see cref="List{T}"/> of exactly the right capacity (the serializer's own
/// collection reader grows one from 4 by doubling), and writes it as usual. The result is the same
/// <see cref="List{T}"/> with the same items and nulls as before, only without the unused slots.
/// </summary>
internal sealed class StringListConverter : JsonConverter<IReadOnlyList<string>>
{
    [ThreadStatic]
    private static string?[]? t_scratch;

    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            // No message: the serializer fills in its usual one, with the JSON path.
            // Stryker disable once Statement : without it the loop meets a token it refuses and throws the same JsonException
            throw new JsonException();
        }

        // Stryker disable once NullCoalescing : the scratch array is reused or not; the list built from it is the same
        string?[] scratch = t_scratch ?? new string?[16];
        t_scratch = null; // Not shared while in use.
        int count = 0;
        try
        {
            while (true)
            {
                if (!reader.Read())
                {
                    // Stryker disable once Statement : a converter is handed the whole value, so the reader never runs out inside the array
                    throw new JsonException();
                }

                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    break;
                }

                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                {
                    // Stryker disable once Statement : GetString then refuses the token with the same JsonException
                    throw new JsonException();
                }

                if (count == scratch.Length)
                {
                    Array.Resize(ref scratch, scratch.Length * 2);
                }

                scratch[count++] = reader.GetString();
            }

            var list = new List<string>(count);
            for (int i = 0; i < count; i++)
            {
                list.Add(scratch[i]!);
            }

            return list;
        }
        finally
        {
            // Stryker disable all : the per-thread scratch array's reuse and clearing change what is allocated and kept alive, never the list read
            Array.Clear(scratch, 0, count);
            if (scratch.Length <= 1024)
            {
                t_scratch = scratch;
            }

            // Stryker restore all
        }
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        for (int i = 0; i < value.Count; i++)
        {
            writer.WriteStringValue(value[i]);
        }

        writer.WriteEndArray();
    }
}
