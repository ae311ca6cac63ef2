using System.Text.Json;
using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads and writes an extensible enum as its wire string. Any string is accepted, so a value that a newer
/// Authlete sends is kept as it is and written back unchanged.
/// </summary>
/// <remarks>
/// <para>
/// Public so that a source-generated <c>JsonSerializerContext</c> of your own can include types that hold SDK types (the
/// enum types name it in their <c>[JsonConverter]</c> attribute); you never need to create one.
/// </para>
/// Answers repeat a handful of values (<c>OK</c>, <c>PUSH</c>, ...), so the converter remembers the first
/// <see cref="MaxRemembered"/> distinct spellings it reads per enum type and hands back the same value (the same
/// string) when the exact bytes come again: no string is allocated or transcoded for them. The match is ordinal on the
/// raw UTF-8, so a value keeps its exact spelling; escaped or multi-segment values take the ordinary path.
/// </remarks>
/// <typeparam name="T">The extensible enum type.</typeparam>
public sealed class AuthleteEnumConverter<T> : JsonConverter<T> where T : struct, IAuthleteEnumeration<T>
{
    /// <summary>The most spellings remembered per enum type; bounded so that odd answers cannot grow it.</summary>
    internal const int MaxRemembered = 32;

    private static readonly object Gate = new();
    private static volatile Remembered[] s_remembered = [];

    /// <inheritdoc />
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            // A null where a value is expected reads as "no value" (Kind Unknown), as a missing member does.
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name} but found {reader.TokenType}.");
        }

        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return T.FromWire(reader.GetString()!);
        }

        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        foreach (Remembered remembered in s_remembered)
        {
            if (utf8.SequenceEqual(remembered.Utf8))
            {
                return remembered.Value;
            }
        }

        T value = T.FromWire(reader.GetString()!);
        Remember(utf8, value);
        return value;
    }

    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.Value);

    /// <summary>How many spellings are remembered now for <typeparamref name="T"/> (at most <see cref="MaxRemembered"/>).</summary>
    internal static int RememberedCount => s_remembered.Length;

    private static void Remember(ReadOnlySpan<byte> utf8, T value)
    {
        lock (Gate)
        {
            Remembered[] current = s_remembered;
            if (current.Length >= MaxRemembered)
            {
                return;
            }

            foreach (Remembered remembered in current)
            {
                if (utf8.SequenceEqual(remembered.Utf8))
                {
                    // Stryker disable once all : reached only when two threads remember one spelling at once; a duplicate entry is never the one found first
                    return;
                }
            }

            s_remembered = [.. current, new Remembered(utf8.ToArray(), value)];
        }
    }

    private sealed record Remembered(byte[] Utf8, T Value);
}
