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
