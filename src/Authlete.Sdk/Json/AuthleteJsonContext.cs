using System.Text.Json.Serialization;
using Authlete.Sdk.Errors;

namespace Authlete.Sdk.Json;

/// <summary>
/// Source-generated JSON metadata for every Authlete API request and response: no reflection at run time.
/// Use it through <see cref="AuthleteJson"/>, which adds the snake_case aliases.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(AuthleteErrorResult))]
[JsonSerializable(typeof(BackchannelAuthenticationRequest))]
[JsonSerializable(typeof(BackchannelAuthenticationResponse))]
[JsonSerializable(typeof(BackchannelAuthenticationIssueRequest))]
[JsonSerializable(typeof(BackchannelAuthenticationIssueResponse))]
[JsonSerializable(typeof(BackchannelAuthenticationFailRequest))]
[JsonSerializable(typeof(BackchannelAuthenticationFailResponse))]
[JsonSerializable(typeof(BackchannelAuthenticationCompleteRequest))]
[JsonSerializable(typeof(BackchannelAuthenticationCompleteResponse))]
[JsonSerializable(typeof(DeviceAuthorizationRequest))]
[JsonSerializable(typeof(DeviceAuthorizationResponse))]
[JsonSerializable(typeof(DeviceVerificationRequest))]
[JsonSerializable(typeof(DeviceVerificationResponse))]
[JsonSerializable(typeof(DeviceCompleteRequest))]
[JsonSerializable(typeof(DeviceCompleteResponse))]
[JsonSerializable(typeof(TokenRequest))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(ServiceConfigurationRequest))]
[JsonSerializable(typeof(ServiceConfigurationResponse))]
[JsonSerializable(typeof(ServiceJwksRequest))]
[JsonSerializable(typeof(ServiceJwksResponse))]
[JsonSerializable(typeof(TokenIssueRequest))]
[JsonSerializable(typeof(TokenIssueResponse))]
[JsonSerializable(typeof(TokenFailRequest))]
[JsonSerializable(typeof(TokenFailResponse))]
[JsonSerializable(typeof(IntrospectionRequest))]
[JsonSerializable(typeof(IntrospectionResponse))]
[JsonSerializable(typeof(StandardIntrospectionRequest))]
[JsonSerializable(typeof(StandardIntrospectionResponse))]
[JsonSerializable(typeof(UserInfoRequest))]
[JsonSerializable(typeof(UserInfoResponse))]
[JsonSerializable(typeof(UserInfoIssueRequest))]
[JsonSerializable(typeof(UserInfoIssueResponse))]
[JsonSerializable(typeof(RevocationRequest))]
[JsonSerializable(typeof(RevocationResponse))]
[JsonSerializable(typeof(Scope))]
[JsonSerializable(typeof(Pair))]
[JsonSerializable(typeof(Property))]
[JsonSerializable(typeof(DynamicScope))]
[JsonSerializable(typeof(AuthzDetails))]
[JsonSerializable(typeof(AuthzDetailsElement))]
[JsonSerializable(typeof(Grant))]
[JsonSerializable(typeof(GrantScope))]
[JsonSerializable(typeof(TokenInfo))]
[JsonSerializable(typeof(TaggedValue))]
[JsonSerializable(typeof(CimdOptions))]
[JsonSerializable(typeof(OAuthError))]
[JsonSerializable(typeof(CibaNotification))]
[JsonSerializable(typeof(BackchannelAuthenticationContent))]
[JsonSerializable(typeof(DeviceAuthorizationContent))]
[JsonSerializable(typeof(TokenContent))]
[JsonSerializable(typeof(IntrospectionContent))]
internal sealed partial class AuthleteJsonContext : JsonSerializerContext
{
}
