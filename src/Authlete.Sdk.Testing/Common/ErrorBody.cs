using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Authlete.Sdk.Testing.Common;

/// <summary>The body of an Authlete API error answer: <c>{"resultCode":...,"resultMessage":...}</c>.</summary>
internal static class ErrorBody
{
    /// <summary>Writes the body; a null member is left out.</summary>
    public static string Json(string? resultCode, string? resultMessage)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (resultCode is not null)
            {
                writer.WriteString("resultCode", resultCode);
            }

            if (resultMessage is not null)
            {
                writer.WriteString("resultMessage", resultMessage);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
