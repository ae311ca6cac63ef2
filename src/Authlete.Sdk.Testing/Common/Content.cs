using System.Text.Json;

namespace Authlete.Sdk.Testing.Common;

/// <summary>Builds the <c>responseContent</c> bodies with the SDK's own serializer.</summary>
internal static class Content
{
    /// <summary>An OAuth error body; <paramref name="description"/> is the Authlete result message, as Authlete does.</summary>
    public static string Error(string error, string? description, string? uri = null)
        => AuthleteJsonSerializer.Serialize(new OAuthError { Error = error, ErrorDescription = description, ErrorUri = uri });

    /// <summary>
    /// An RFC 6750 §3 <c>WWW-Authenticate</c> value: <c>Bearer error="...",error_description="..."</c>, with the
    /// required <c>scope</c> for <c>insufficient_scope</c>.
    /// </summary>
    public static string Challenge(string error, string description, string? scope = null)
    {
        string value = "Bearer error=\"" + error + "\",error_description=\"" + Quoted(description) + "\"";
        return scope is null ? value : value + ",scope=\"" + Quoted(scope) + "\"";

        static string Quoted(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
    }

    /// <summary>A JSON string value, for an extension member.</summary>
    public static JsonElement StringElement(string value)
    {
        using JsonDocument document = JsonDocument.Parse("\"" + JsonEncodedText.Encode(value) + "\"");
        return document.RootElement.Clone();
    }
}
