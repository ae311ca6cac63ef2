using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>Writes claim values as a JSON object without reflection (trimming and Native AOT safe).</summary>
internal static class ClaimsJson
{
    private const int MaxDepth = 32;

    /// <summary>The JSON object of the claims named in <paramref name="allowed"/>; <c>sub</c> and nulls left out.</summary>
    public static string Write(IDictionary<string, object?>? claims, IReadOnlyList<string> allowed)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            if (claims is not null)
            {
                var names = new HashSet<string>(allowed, StringComparer.Ordinal);
                foreach (KeyValuePair<string, object?> claim in claims)
                {
                    if (claim.Value is null || claim.Key == "sub" || !names.Contains(claim.Key))
                    {
                        continue;
                    }

                    writer.WritePropertyName(claim.Key);
                    WriteValue(writer, claim.Key, claim.Value, 0);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, string claim, object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new NotSupportedException($"The value of the claim {claim} is nested too deeply.");
        }

        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case byte by: writer.WriteNumberValue(by); break;
            case uint ui: writer.WriteNumberValue(ui); break;
            case ulong ul: writer.WriteNumberValue(ul); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case DateTimeOffset time: writer.WriteNumberValue(time.ToUnixTimeSeconds()); break;
            case Uri uri: writer.WriteStringValue(uri.OriginalString); break;
            case JsonElement element: element.WriteTo(writer); break;
            case JsonNode node: node.WriteTo(writer); break;
            case IDictionary<string, object?> nested:
                writer.WriteStartObject();
                foreach (KeyValuePair<string, object?> member in nested)
                {
                    writer.WritePropertyName(member.Key);
                    WriteValue(writer, claim, member.Value, depth + 1);
                }

                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (object? item in items)
                {
                    WriteValue(writer, claim, item, depth + 1);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                    $"The value of the claim {claim} is a {value.GetType().Name}, which IUserInfoHandlerSpi cannot return; use a string, number, bool, DateTimeOffset, JsonNode, dictionary or list."));
        }
    }
}
