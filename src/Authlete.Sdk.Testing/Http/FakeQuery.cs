using System.Text.Encodings.Web;
using System.Text.Json;

namespace Authlete.Sdk.Testing.Http;

/// <summary>Turns a GET API's query string into the JSON members of its request (values as strings; the SDK reads them leniently).</summary>
internal static class FakeQuery
{
    public static byte[] ToJson(string? query)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (string pair in (query ?? string.Empty).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                int equals = pair.IndexOf('=', StringComparison.Ordinal);
                string name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
                string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
