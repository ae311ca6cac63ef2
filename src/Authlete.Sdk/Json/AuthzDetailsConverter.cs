using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk.Json;

/// <summary>
/// Reads <see cref="AuthzDetails"/> in Authlete's API shape, <c>{"elements":[...]}</c>, and also in the RFC 9396 shape a
/// server may use elsewhere, a bare array of elements. Writes Authlete's shape; unknown members of the object are kept.
/// </summary>
internal sealed class AuthzDetailsConverter : JsonConverter<AuthzDetails>
{
    private const string ElementsName = "elements";

    public override AuthzDetails? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonTypeInfo<IReadOnlyList<AuthzDetailsElement>> elementsInfo = ElementsInfo(options);
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new AuthzDetails { Elements = JsonSerializer.Deserialize(ref reader, elementsInfo) };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected an object or an array for authorization details but found {reader.TokenType}.");
        }

        var details = new AuthzDetails();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            if (name == ElementsName)
            {
                details.Elements = JsonSerializer.Deserialize(ref reader, elementsInfo);
            }
            else
            {
                details.ExtensionData ??= new Dictionary<string, JsonElement>();
                details.ExtensionData[name] = JsonElement.ParseValue(ref reader);
            }
        }

        return details;
    }

    public override void Write(Utf8JsonWriter writer, AuthzDetails value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Elements is not null)
        {
            writer.WritePropertyName(ElementsName);
            JsonSerializer.Serialize(writer, value.Elements, ElementsInfo(options));
        }

        if (value.ExtensionData is not null)
        {
            foreach (KeyValuePair<string, JsonElement> member in value.ExtensionData)
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private static JsonTypeInfo<IReadOnlyList<AuthzDetailsElement>> ElementsInfo(JsonSerializerOptions options)
        => (JsonTypeInfo<IReadOnlyList<AuthzDetailsElement>>)options.GetTypeInfo(typeof(IReadOnlyList<AuthzDetailsElement>));
}
