namespace Authlete.Sdk;

/// <summary>The description of every Authlete API this SDK calls. Adding an API starts here.</summary>
public static class AuthleteApis
{
    /// <summary><c>/backchannel/authentication</c>: parses and checks a CIBA backchannel authentication request.</summary>
    public static AuthleteApiDescription<BackchannelAuthenticationRequest, BackchannelAuthenticationResponse> BackchannelAuthentication { get; } =
        new(nameof(BackchannelAuthentication), "backchannel/authentication", HttpMethod.Post, typeof(BackchannelAuthenticationAction));

    /// <summary><c>/backchannel/authentication/issue</c>: issues the <c>auth_req_id</c> for a ticket.</summary>
    public static AuthleteApiDescription<BackchannelAuthenticationIssueRequest, BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssue { get; } =
        new(nameof(BackchannelAuthenticationIssue), "backchannel/authentication/issue", HttpMethod.Post, typeof(BackchannelAuthenticationIssueAction));

    /// <summary><c>/backchannel/authentication/fail</c>: builds the error response for a rejected CIBA request.</summary>
    public static AuthleteApiDescription<BackchannelAuthenticationFailRequest, BackchannelAuthenticationFailResponse> BackchannelAuthenticationFail { get; } =
        new(nameof(BackchannelAuthenticationFail), "backchannel/authentication/fail", HttpMethod.Post, typeof(BackchannelAuthenticationFailAction));

    /// <summary><c>/backchannel/authentication/complete</c>: records the end-user's decision on a CIBA request.</summary>
    public static AuthleteApiDescription<BackchannelAuthenticationCompleteRequest, BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationComplete { get; } =
        new(nameof(BackchannelAuthenticationComplete), "backchannel/authentication/complete", HttpMethod.Post, typeof(BackchannelAuthenticationCompleteAction));

    /// <summary><c>/device/authorization</c>: parses and checks a device authorization request (RFC 8628 §3.1).</summary>
    public static AuthleteApiDescription<DeviceAuthorizationRequest, DeviceAuthorizationResponse> DeviceAuthorization { get; } =
        new(nameof(DeviceAuthorization), "device/authorization", HttpMethod.Post, typeof(DeviceAuthorizationAction));

    /// <summary><c>/device/verification</c>: checks the user code the end-user entered.</summary>
    public static AuthleteApiDescription<DeviceVerificationRequest, DeviceVerificationResponse> DeviceVerification { get; } =
        new(nameof(DeviceVerification), "device/verification", HttpMethod.Post, typeof(DeviceVerificationAction));

    /// <summary><c>/device/complete</c>: records the end-user's decision on a device flow.</summary>
    public static AuthleteApiDescription<DeviceCompleteRequest, DeviceCompleteResponse> DeviceComplete { get; } =
        new(nameof(DeviceComplete), "device/complete", HttpMethod.Post, typeof(DeviceCompleteAction));

    /// <summary><c>/auth/token</c>: processes a token request (device code and CIBA grants included).</summary>
    public static AuthleteApiDescription<TokenRequest, TokenResponse> Token { get; } =
        new(nameof(Token), "auth/token", HttpMethod.Post, typeof(TokenAction));

    /// <summary><c>/auth/introspection</c>: validates an access token for the service's own resource server.</summary>
    public static AuthleteApiDescription<IntrospectionRequest, IntrospectionResponse> Introspection { get; } =
        new(nameof(Introspection), "auth/introspection", HttpMethod.Post, typeof(IntrospectionAction));

    /// <summary><c>/auth/introspection/standard</c>: answers an RFC 7662 token introspection request.</summary>
    public static AuthleteApiDescription<StandardIntrospectionRequest, StandardIntrospectionResponse> StandardIntrospection { get; } =
        new(nameof(StandardIntrospection), "auth/introspection/standard", HttpMethod.Post, typeof(StandardIntrospectionAction));

    /// <summary><c>/auth/userinfo</c>: checks the access token of a UserInfo request and lists the claims to collect.</summary>
    public static AuthleteApiDescription<UserInfoRequest, UserInfoResponse> UserInfo { get; } =
        new(nameof(UserInfo), "auth/userinfo", HttpMethod.Post, typeof(UserInfoAction));

    /// <summary><c>/auth/userinfo/issue</c>: builds the UserInfo response from the claim values.</summary>
    public static AuthleteApiDescription<UserInfoIssueRequest, UserInfoIssueResponse> UserInfoIssue { get; } =
        new(nameof(UserInfoIssue), "auth/userinfo/issue", HttpMethod.Post, typeof(UserInfoIssueAction));

    /// <summary><c>/auth/revocation</c>: processes a token revocation request (RFC 7009).</summary>
    public static AuthleteApiDescription<RevocationRequest, RevocationResponse> Revocation { get; } =
        new(nameof(Revocation), "auth/revocation", HttpMethod.Post, typeof(RevocationAction));

    /// <summary><c>/auth/token/issue</c>: issues the tokens of a password grant whose credentials the server accepted.</summary>
    public static AuthleteApiDescription<TokenIssueRequest, TokenIssueResponse> TokenIssue { get; } =
        new(nameof(TokenIssue), "auth/token/issue", HttpMethod.Post, typeof(TokenIssueAction));

    /// <summary><c>/auth/token/fail</c>: builds the error response of a password grant the server rejected.</summary>
    public static AuthleteApiDescription<TokenFailRequest, TokenFailResponse> TokenFail { get; } =
        new(nameof(TokenFail), "auth/token/fail", HttpMethod.Post, typeof(TokenFailAction));

    /// <summary><c>/service/configuration</c> (a GET): the service's OpenID Provider metadata, the discovery document.</summary>
    public static AuthleteApiDescription<ServiceConfigurationRequest, ServiceConfigurationResponse> ServiceConfiguration { get; } =
        new(nameof(ServiceConfiguration), "service/configuration", HttpMethod.Get, null);

    /// <summary><c>/service/jwks/get</c> (a GET): the service's JWK Set.</summary>
    public static AuthleteApiDescription<ServiceJwksRequest, ServiceJwksResponse> ServiceJwks { get; } =
        new(nameof(ServiceJwks), "service/jwks/get", HttpMethod.Get, null);

    /// <summary>Every API, in the order above.</summary>
    public static IReadOnlyList<AuthleteApiDescription> All { get; } = Indexed(
    [
        BackchannelAuthentication, BackchannelAuthenticationIssue, BackchannelAuthenticationFail, BackchannelAuthenticationComplete,
        DeviceAuthorization, DeviceVerification, DeviceComplete, Token,
        Introspection, StandardIntrospection, UserInfo, UserInfoIssue, Revocation, TokenIssue, TokenFail,
        ServiceConfiguration, ServiceJwks,
    ]);

    private static AuthleteApiDescription[] Indexed(AuthleteApiDescription[] apis)
    {
        for (int i = 0; i < apis.Length; i++)
        {
            apis[i].Index = i;
        }

        return apis;
    }

    /// <summary>Finds the API with the given path (<c>device/authorization</c>; a leading <c>/</c> is ignored).</summary>
    /// <param name="path">The path below the service's API root.</param>
    /// <returns>The API, or null when this SDK has none with that path.</returns>
    public static AuthleteApiDescription? FindByPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string trimmed = path.Trim('/');
        foreach (AuthleteApiDescription api in All)
        {
            if (string.Equals(api.Path, trimmed, StringComparison.Ordinal))
            {
                return api;
            }
        }

        return null;
    }
}
