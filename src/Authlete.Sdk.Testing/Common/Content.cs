using System.Text.Json;

namespace Authlete.Sdk.Testing.Common;

/// <summary>Builds the <c>responseContent</c> bodies with the SDK's own serializer.</summary>
internal static class Content
{
    /// <summary>An OAuth error body; <paramref name="description"/> is the Authlete result message, as Authlete does.</summary>
    public static string Error(string error, string? description, string? uri = null)
        => AuthleteJsonSerializer.Serialize(new OAuthError { Error = error, ErrorDescription = description, ErrorUri = uri });

    /// <summary>A JSON string value, for an extension member.</summary>
    public static JsonElement StringElement(string value)
    {
        using JsonDocument document = JsonDocument.Parse("\"" + JsonEncodedText.Encode(value) + "\"");
        return document.RootElement.Clone();
    }
}
