namespace Authlete.Sdk.Testing;

/// <summary>The two service APIs (GETs): the discovery document and the JWK Set, built from the fake's settings and key.</summary>
public sealed partial class FakeAuthlete
{
    /// <summary>Processes a <c>/service/configuration</c> request: the discovery document of the fake's service (issuer, endpoints, scopes, the algorithm it signs ID tokens with, CIBA delivery modes).</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The document, with <see cref="ServiceConfigurationResponse.ResponseContent"/> set.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">A JSON Patch was asked for.</exception>
    public Task<ServiceConfigurationResponse> ServiceConfigurationAsync(ServiceConfigurationRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceConfiguration, request, cancellationToken);

    /// <summary>Processes a <c>/service/jwks/get</c> request: the public half of <see cref="SigningKey"/> as a JWK Set.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The JWK Set, with <see cref="ServiceJwksResponse.ResponseContent"/> set.</returns>
    /// <exception cref="FakeAuthleteNotSupportedException">Private keys were asked for.</exception>
    public Task<ServiceJwksResponse> ServiceJwksAsync(ServiceJwksRequest request, CancellationToken cancellationToken = default)
        => SendAsync(AuthleteApis.ServiceJwks, request, cancellationToken);

    internal ServiceConfigurationResponse ProcessServiceConfiguration(ServiceConfigurationRequest request)
    {
        if (request.Patch is not null)
        {
            throw FakeAuthleteNotSupportedException.For("a JSON Patch of the discovery document (patch)");
        }

        FakeEndpoints endpoints = Settings.Endpoints;
        string At(Uri? configured, string path) => (configured ?? new Uri(IssuerString.TrimEnd('/') + path)).AbsoluteUri;
        var document = new ServiceConfigurationResponse
        {
            Issuer = IssuerString,
            TokenEndpoint = At(endpoints.Token, "/token"),
            JwksUri = At(endpoints.Jwks, "/jwks"),
            UserinfoEndpoint = At(endpoints.UserInfo, "/userinfo"),
            DeviceAuthorizationEndpoint = At(endpoints.DeviceAuthorization, "/device_authorization"),
            BackchannelAuthenticationEndpoint = At(endpoints.BackchannelAuthentication, "/backchannel/authentication"),
            IntrospectionEndpoint = At(endpoints.Introspection, "/introspection"),
            RevocationEndpoint = At(endpoints.Revocation, "/revocation"),
            ScopesSupported = [.. Settings.SupportedScopes],
            ResponseTypesSupported = ["code"],
            GrantTypesSupported = Settings.IssueRefreshTokens
                ? ["urn:ietf:params:oauth:grant-type:device_code", "urn:openid:params:grant-type:ciba", "password", "refresh_token"]
                : ["urn:ietf:params:oauth:grant-type:device_code", "urn:openid:params:grant-type:ciba", "password"],
            SubjectTypesSupported = ["public"],
            IdTokenSigningAlgValuesSupported = [SigningKey.Algorithm],
            TokenEndpointAuthMethodsSupported = ["client_secret_basic", "client_secret_post", "none"],
            ClaimsSupported = ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce"],
            BackchannelTokenDeliveryModesSupported = ["poll", "ping", "push"],
            BackchannelUserCodeParameterSupported = Settings.BackchannelUserCodeParameterSupported,
        };
        document.ResponseContent = AuthleteJsonSerializer.Serialize(document);
        return document;
    }

    internal ServiceJwksResponse ProcessServiceJwks(ServiceJwksRequest request)
    {
        if (request.IncludePrivateKeys == true)
        {
            throw FakeAuthleteNotSupportedException.For("private keys in the JWK Set (includePrivateKeys); it never reveals its signing key");
        }

        ServiceJwksResponse jwks = AuthleteJsonSerializer.Deserialize<ServiceJwksResponse>(SigningKey.PublicJwks);
        jwks.ResponseContent = SigningKey.PublicJwks;
        return jwks;
    }
}
