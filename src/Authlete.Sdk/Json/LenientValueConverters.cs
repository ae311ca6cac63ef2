using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Readers for the numbers and booleans of the DTOs that accept what a server could send besides the
/// plain value: <c>null</c> (read as the default, as Authlete's Java DTOs do for a missing member) and a number or
/// boolean written as a string. Writing is unchanged.
/// </summary>
internal static class LenientValueConverters
{
    public static readonly JsonConverter<long> Int64 = new Int64Converter();
    public static readonly JsonConverter<int> Int32 = new Int32Converter();
    public static readonly JsonConverter<bool> Boolean = new BooleanConverter();
    public static readonly JsonConverter NullableInt64 = new LenientNullableConverter<long>(Int64);
    public static readonly JsonConverter NullableInt32 = new LenientNullableConverter<int>(Int32);
    public static readonly JsonConverter NullableBoolean = new LenientNullableConverter<bool>(Boolean);

    private sealed class Int64Converter : JsonConverter<long>
    {
        public override bool HandleNull => true;

        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetInt64(),
            JsonTokenType.Null => 0,
            JsonTokenType.String when Utf8Parser.TryParse(reader.ValueSpan, out long value, out int consumed) && consumed == reader.ValueSpan.Length && !reader.ValueIsEscaped => value,
            _ => throw new JsonException($"Expected a 64-bit integer but found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class Int32Converter : JsonConverter<int>
    {
        public override bool HandleNull => true;

        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => reader.GetInt32(),
            JsonTokenType.Null => 0,
            JsonTokenType.String when Utf8Parser.TryParse(reader.ValueSpan, out int value, out int consumed) && consumed == reader.ValueSpan.Length && !reader.ValueIsEscaped => value,
            _ => throw new JsonException($"Expected a 32-bit integer but found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    private sealed class BooleanConverter : JsonConverter<bool>
    {
        public override bool HandleNull => true;

        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False or JsonTokenType.Null => false,
            JsonTokenType.String when reader.ValueTextEquals("true"u8) => true,
            JsonTokenType.String when reader.ValueTextEquals("false"u8) => false,
            _ => throw new JsonException($"Expected a boolean but found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
