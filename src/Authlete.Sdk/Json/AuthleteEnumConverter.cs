using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads and writes an extensible enum as its wire string. Any string is accepted, so a value that a newer
/// Authlete sends is kept as it is and written back unchanged.
/// </summary>
internal sealed class AuthleteEnumConverter<T> : JsonConverter<T> where T : struct, IAuthleteEnum<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name} but found {reader.TokenType}.");
        }

        return T.FromWire(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);
}
