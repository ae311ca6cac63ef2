using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Json;

namespace Authlete.Sdk.Tests.Json;

/// <summary>
/// Every request and response carries exactly the wire members of Authlete's published API description (plus the
/// <c>attestationChallenge</c> of Authlete's Java library), each as the PascalCase C# property of its camelCase wire name.
/// </summary>
public class WireContractTests
{
    public static readonly Dictionary<Type, string[]> Expected = new()
    {
        [typeof(BackchannelAuthenticationRequest)] = ["parameters", "clientId", "clientSecret", "clientCertificate", "clientCertificatePath", "oauthClientAttestation", "oauthClientAttestationPop", "cimdOptions"],
        [typeof(BackchannelAuthenticationResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "clientId", "clientIdAlias", "clientIdAliasUsed", "clientName", "scopes", "claimNames", "clientNotificationToken", "acrs", "hintType", "hint", "sub", "bindingMessage", "userCode", "userCodeRequired", "requestedExpiry", "requestContext", "warnings", "ticket", "resources", "authorizationDetails", "serviceAttributes", "clientAttributes", "dynamicScopes", "deliveryMode", "clientAuthMethod", "gmAction", "grantId", "grant", "grantSubject", "clientEntityId", "clientEntityIdUsed", "metadataDocumentLocation", "metadataDocumentUsed", "attestationChallenge"],
        [typeof(BackchannelAuthenticationIssueRequest)] = ["ticket"],
        [typeof(BackchannelAuthenticationIssueResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "authReqId", "expiresIn", "interval"],
        [typeof(BackchannelAuthenticationFailRequest)] = ["ticket", "reason", "errorDescription", "errorUri"],
        [typeof(BackchannelAuthenticationFailResponse)] = ["resultCode", "resultMessage", "action", "responseContent"],
        [typeof(BackchannelAuthenticationCompleteRequest)] = ["ticket", "result", "subject", "sub", "authTime", "acr", "claims", "properties", "scopes", "idtHeaderParams", "errorDescription", "errorUri", "consentedClaims", "jwtAtClaims", "accessToken", "accessTokenDuration", "refreshTokenDuration", "idTokenAudType"],
        [typeof(BackchannelAuthenticationCompleteResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "clientId", "clientIdAlias", "clientIdAliasUsed", "clientName", "deliveryMode", "clientNotificationEndpoint", "clientNotificationToken", "authReqId", "accessToken", "refreshToken", "idToken", "accessTokenDuration", "refreshTokenDuration", "idTokenDuration", "jwtAccessToken", "resources", "authorizationDetails", "serviceAttributes", "clientAttributes", "grantId", "clientEntityId", "clientEntityIdUsed", "metadataDocumentLocation", "metadataDocumentUsed"],
        [typeof(DeviceAuthorizationRequest)] = ["parameters", "clientId", "clientSecret", "clientCertificate", "clientCertificatePath", "oauthClientAttestation", "oauthClientAttestationPop", "cimdOptions"],
        [typeof(DeviceAuthorizationResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "clientId", "clientIdAlias", "clientIdAliasUsed", "clientName", "clientAuthMethod", "scopes", "claimNames", "acrs", "deviceCode", "userCode", "verificationUri", "verificationUriComplete", "expiresIn", "interval", "warnings", "resources", "authorizationDetails", "serviceAttributes", "clientAttributes", "dynamicScopes", "gmAction", "grantId", "grant", "grantSubject", "clientEntityId", "clientEntityIdUsed", "metadataDocumentLocation", "metadataDocumentUsed", "attestationChallenge"],
        [typeof(DeviceVerificationRequest)] = ["userCode"],
        [typeof(DeviceVerificationResponse)] = ["resultCode", "resultMessage", "action", "clientId", "clientIdAlias", "clientIdAliasUsed", "clientName", "scopes", "claimNames", "acrs", "resources", "authorizationDetails", "serviceAttributes", "clientAttributes", "dynamicScopes", "expiresAt", "gmAction", "grantId", "grant", "grantSubject", "clientEntityId", "clientEntityIdUsed", "metadataDocumentLocation", "metadataDocumentUsed"],
        [typeof(DeviceCompleteRequest)] = ["userCode", "result", "subject", "sub", "authTime", "acr", "claims", "properties", "scopes", "errorDescription", "errorUri", "idtHeaderParams", "consentedClaims", "jwtAtClaims", "accessTokenDuration", "refreshTokenDuration", "idTokenAudType"],
        [typeof(DeviceCompleteResponse)] = ["resultCode", "resultMessage", "action"],
        [typeof(TokenRequest)] = ["parameters", "clientId", "clientSecret", "clientCertificate", "clientCertificatePath", "properties", "dpop", "htm", "htu", "accessToken", "jwtAtClaims", "oauthClientAttestation", "oauthClientAttestationPop", "accessTokenDuration", "refreshTokenDuration", "dpopNonceRequired", "cimdOptions"],
        [typeof(TokenResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "username", "password", "ticket", "accessToken", "accessTokenExpiresAt", "accessTokenDuration", "refreshToken", "refreshTokenExpiresAt", "refreshTokenDuration", "idToken", "grantType", "clientId", "clientIdAlias", "clientIdAliasUsed", "subject", "scopes", "properties", "jwtAccessToken", "resources", "accessTokenResources", "authorizationDetails", "additionalClaims", "serviceAttributes", "clientAttributes", "clientAuthMethod", "grantId", "audiences", "requestedTokenType", "subjectToken", "subjectTokenType", "subjectTokenInfo", "actorToken", "actorTokenType", "actorTokenInfo", "assertion", "previousRefreshTokenUsed", "clientEntityId", "clientEntityIdUsed", "cnonceDuration", "dpopNonce", "cnonce", "cnonceExpiresAt", "requestedIdTokenClaims", "refreshTokenScopes", "sessionId", "deviceSecret", "deviceSecretHash", "metadataDocumentLocation", "metadataDocumentUsed", "attestationChallenge"],
        [typeof(IntrospectionRequest)] = ["token", "scopes", "subject", "clientCertificate", "dpop", "htm", "htu", "resources", "acrValues", "maxAge", "requiredComponents", "uri", "message", "headers", "targetUri", "dpopNonceRequired", "requestBodyContained"],
        [typeof(IntrospectionResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "clientId", "clientIdAlias", "clientIdAliasUsed", "expiresAt", "subject", "scopes", "existent", "usable", "sufficient", "refreshable", "properties", "certificateThumbprint", "resources", "accessTokenResources", "authorizationDetails", "serviceAttributes", "clientAttributes", "scopeDetails", "grantId", "grant", "forExternalAttachment", "consentedClaims", "grantType", "acr", "authTime", "clientEntityId", "clientEntityIdUsed", "forCredentialIssuance", "cnonce", "cnonceExpiresAt", "issuableCredentials", "dpopNonce", "responseSigningRequired", "metadataDocumentLocation", "metadataDocumentUsed"],
        [typeof(StandardIntrospectionRequest)] = ["parameters", "withHiddenProperties", "rsUri", "httpAcceptHeader", "introspectionSignAlg", "introspectionEncryptionAlg", "introspectionEncryptionEnc", "sharedKeyForSign", "sharedKeyForEncryption", "publicKeyForEncryption"],
        [typeof(StandardIntrospectionResponse)] = ["resultCode", "resultMessage", "action", "responseContent"],
        [typeof(UserInfoRequest)] = ["token", "clientCertificate", "dpop", "htm", "htu", "uri", "message", "headers", "targetUri", "dpopNonceRequired", "requestBodyContained"],
        [typeof(UserInfoResponse)] = ["resultCode", "resultMessage", "action", "claims", "clientId", "clientIdAlias", "clientIdAliasUsed", "responseContent", "scopes", "subject", "token", "properties", "userInfoClaims", "serviceAttributes", "clientAttributes", "consentedClaims", "requestedClaimsForTx", "requestedVerifiedClaimsForTx", "transformedClaims", "clientEntityId", "clientEntityIdUsed", "dpopNonce", "metadataDocumentLocation", "metadataDocumentUsed"],
        [typeof(UserInfoIssueRequest)] = ["token", "claims", "sub", "claimsForTx", "requestSignature", "headers", "verifiedClaimsForTx"],
        [typeof(UserInfoIssueResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "signature", "signatureInput", "contentDigest"],
        [typeof(RevocationRequest)] = ["parameters", "clientId", "clientSecret", "clientCertificate", "clientCertificatePath", "oauthClientAttestation", "oauthClientAttestationPop"],
        // The spec's four members, plus attestationChallenge from Authlete's Java library (Authlete 3.0.28+).
        [typeof(RevocationResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "attestationChallenge"],
        [typeof(TokenIssueRequest)] = ["ticket", "subject", "properties", "jwtAtClaims", "accessToken", "accessTokenDuration", "refreshTokenDuration"],
        [typeof(TokenIssueResponse)] = ["resultCode", "resultMessage", "action", "responseContent", "accessToken", "accessTokenExpiresAt", "accessTokenDuration", "refreshToken", "refreshTokenExpiresAt", "refreshTokenDuration", "clientId", "clientIdAlias", "clientIdAliasUsed", "subject", "scopes", "properties", "jwtAccessToken", "accessTokenResources", "authorizationDetails", "serviceAttributes", "clientAttributes", "clientEntityId", "clientEntityIdUsed", "refreshTokenScopes", "metadataDocumentLocation", "metadataDocumentUsed"],
        [typeof(TokenFailRequest)] = ["ticket", "reason"],
        [typeof(TokenFailResponse)] = ["resultCode", "resultMessage", "action", "responseContent"],
    };

    public static TheoryData<Type> Types => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Types))]
    public void Writes_exactly_the_reference_wire_members(Type type)
    {
        JsonTypeInfo info = AuthleteJson.Options.GetTypeInfo(type);
        // Snake_case aliases are read-only (no getter, or never serialized); the wire names are camelCase.
        string[] written = info.Properties.Where(p => p.Get is not null && !p.Name.Contains('_', StringComparison.Ordinal) && !p.IsExtensionData).Select(p => p.Name).ToArray();
        written.Should().BeEquivalentTo(Expected[type]);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_wire_member_is_the_pascal_case_property_of_its_name(Type type)
    {
        foreach (string wire in Expected[type])
        {
            // The PascalCase of the wire name, with the OAuth family spelled as .NET spells it (OAuthClientAttestation).
            string property = wire.StartsWith("oauth", StringComparison.Ordinal) ? "OAuth" + wire[5..] : char.ToUpperInvariant(wire[0]) + wire[1..];
            type.GetProperty(property).Should().NotBeNull($"{type.Name} should have {property} for wire member {wire}");
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_wire_member_is_also_read_in_snake_case(Type type)
    {
        JsonTypeInfo info = AuthleteJson.Options.GetTypeInfo(type);
        var names = info.Properties.Select(p => p.Name).ToHashSet();
        foreach (string wire in Expected[type])
        {
            string snake = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(wire);
            names.Should().Contain(snake);
        }
    }
}
