using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk.Json;

/// <summary>Parses a <c>responseContent</c> string into one of the typed OAuth bodies.</summary>
internal static class ResponseContentReader
{
    public static T? Read<T>(string? responseContent, JsonTypeInfo<T> typeInfo) where T : class
    {
        if (responseContent is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(responseContent, typeInfo)
                ?? throw new JsonException("The response content is the JSON literal null.");
        }
        catch (JsonException ex)
        {
            throw new AuthleteSerializationException(
                $"The response content could not be read as {typeof(T).Name}: {ex.Message}", responseContent, ex);
        }
    }
}
