using System.Text.Json.Serialization;

namespace Authlete.Sdk.Json;

/// <summary>Source-generated JSON metadata for the OAuth bodies carried in <c>responseContent</c> (snake_case on the wire).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(OAuthError))]
[JsonSerializable(typeof(CibaNotification))]
[JsonSerializable(typeof(BackchannelAuthenticationContent))]
[JsonSerializable(typeof(DeviceAuthorizationContent))]
[JsonSerializable(typeof(TokenContent))]
[JsonSerializable(typeof(IntrospectionContent))]
internal sealed partial class ResponseContentJsonContext : JsonSerializerContext
{
}
