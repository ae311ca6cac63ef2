namespace Authlete.Sdk;

/// <summary>
/// Settings of an Authlete API client: where Authlete is, which API version, the service credentials, and the
/// limits of a call. Bind it from the <c>Authlete</c> configuration section or set it in code.
/// </summary>
/// <remarks>
/// Version 3 (the default) needs <see cref="ServiceId"/> and <see cref="ServiceAccessToken"/>; version 2 needs
/// <see cref="ServiceApiKey"/> and <see cref="ServiceApiSecret"/>. The credentials are secrets: they are never logged,
/// never put in an exception message and never shown by <see cref="ToString"/>.
/// </remarks>
public sealed class AuthleteOptions
{
    /// <summary>The name of the configuration section the options are bound from by default: <c>Authlete</c>.</summary>
    public const string SectionName = "Authlete";

    /// <summary>The default host for version 3: <c>https://us.authlete.com</c>.</summary>
    public static readonly Uri DefaultV3BaseAddress = new("https://us.authlete.com");

    /// <summary>The default host for version 2: <c>https://api.authlete.com</c>.</summary>
    public static readonly Uri DefaultV2BaseAddress = new("https://api.authlete.com");

    /// <summary>
    /// The Authlete host, for example <c>https://jp.authlete.com</c>. Null means the default of <see cref="ApiVersion"/>.
    /// It must use https unless <see cref="AllowInsecureHttp"/> is set.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The Authlete API version; <see cref="AuthleteApiVersion.V3"/> by default.</summary>
    public AuthleteApiVersion ApiVersion { get; set; } = AuthleteApiVersion.V3;

    /// <summary>The service ID (version 3): the number in <c>/api/{serviceId}/...</c>.</summary>
    public string? ServiceId { get; set; }

    /// <summary>
    /// The service access token (version 3), sent as a Bearer token, or as a DPoP-bound token when <see cref="DpopKey"/>
    /// is set. A secret.
    /// </summary>
    public string? ServiceAccessToken { get; set; }

    /// <summary>The service API key (version 2), the user name of HTTP Basic.</summary>
    public string? ServiceApiKey { get; set; }

    /// <summary>The service API secret (version 2), the password of HTTP Basic. A secret.</summary>
    public string? ServiceApiSecret { get; set; }

    /// <summary>
    /// The key of a DPoP-bound service access token (RFC 9449; version 3): a private JWK with its <c>alg</c> (ES256,
    /// ES384, ES512, RS256, RS384, RS512, PS256, PS384 or PS512), as Authlete's Java and C# libraries read it from
    /// <c>AUTHLETE_DPOP_KEY</c>. When set, every request sends <c>Authorization: DPoP</c> and a fresh proof in the
    /// <c>DPoP</c> header (one per attempt; Authlete's <c>DPoP-Nonce</c> is honoured). A secret.
    /// </summary>
    public string? DpopKey { get; set; }

    /// <summary>
    /// The TLS client certificate of a certificate-bound service access token (RFC 8705), as the PEM text Authlete's
    /// libraries read from <c>AUTHLETE_CLIENT_CERTIFICATE</c>, followed by its unencrypted private key in PEM
    /// (<c>PRIVATE KEY</c>, <c>RSA PRIVATE KEY</c> or <c>EC PRIVATE KEY</c>): TLS needs the key to present the
    /// certificate. When set, the client presents it on every connection to Authlete. The key is a secret.
    /// </summary>
    public string? ClientCertificate { get; set; }

    /// <summary>
    /// Allows a plain <c>http</c> <see cref="BaseAddress"/>. Meant for tests against a local server only: over http the
    /// service credentials travel in clear text. False by default.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>
    /// The largest response body, in bytes, the client buffers; a larger answer fails with an
    /// <see cref="AuthleteApiException"/> instead of filling memory. 4 MiB by default.
    /// </summary>
    public int MaxResponseBufferSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>The settings of the resilience pipeline that <c>AddAuthleteClient</c> registers.</summary>
    public AuthleteResilienceOptions Resilience { get; set; } = new();

    /// <summary>Values of the configuration that could not be read; reported by <see cref="AuthleteOptionsValidator"/>.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>The base address in effect: <see cref="BaseAddress"/> or the default of <see cref="ApiVersion"/>.</summary>
    public Uri EffectiveBaseAddress =>
        BaseAddress ?? (ApiVersion == AuthleteApiVersion.V2 ? DefaultV2BaseAddress : DefaultV3BaseAddress);

    /// <summary>
    /// Sets the options from the <c>AUTHLETE_*</c> environment variables, with the names and meanings of Authlete's Java
    /// and C# libraries, where set: <c>AUTHLETE_BASE_URL</c>, <c>AUTHLETE_API_VERSION</c> (<c>V2</c> or <c>V3</c>),
    /// <c>AUTHLETE_SERVICE_APIKEY</c> (the API key for version 2, the service ID for version 3),
    /// <c>AUTHLETE_SERVICE_APISECRET</c>, <c>AUTHLETE_SERVICE_ACCESSTOKEN</c>, <c>AUTHLETE_DPOP_KEY</c>
    /// (<see cref="DpopKey"/>) and <c>AUTHLETE_CLIENT_CERTIFICATE</c> (<see cref="ClientCertificate"/>). The service
    /// owner variables (<c>AUTHLETE_SERVICEOWNER_*</c>) are not read: this SDK calls no service owner API.
    /// </summary>
    /// <returns>True when at least one variable was set.</returns>
    /// <exception cref="InvalidOperationException">A variable has a value that cannot be used.</exception>
    public bool ApplyEnvironmentVariables() => ApplyEnvironmentVariables(Environment.GetEnvironmentVariable);

    /// <summary>Sets the options from <c>AUTHLETE_*</c> variables read through <paramref name="getVariable"/> (see <see cref="ApplyEnvironmentVariables()"/>).</summary>
    /// <param name="getVariable">Returns a variable's value, or null when it is not set.</param>
    /// <returns>True when at least one variable was set.</returns>
    /// <exception cref="InvalidOperationException">A variable has a value that cannot be used.</exception>
    public bool ApplyEnvironmentVariables(Func<string, string?> getVariable)
    {
        ArgumentNullException.ThrowIfNull(getVariable);
        bool any = false;
        string? Read(string name)
        {
            string? value = getVariable(name);
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            any = true;
            return value.Trim();
        }

        if (Read("AUTHLETE_BASE_URL") is { } baseUrl)
        {
            BaseAddress = AuthleteSettingText.ParseBaseAddress(baseUrl, "AUTHLETE_BASE_URL");
        }

        if (Read("AUTHLETE_API_VERSION") is { } version)
        {
            ApiVersion = AuthleteSettingText.ParseApiVersion(version, "AUTHLETE_API_VERSION");
        }

        string? apiKey = Read("AUTHLETE_SERVICE_APIKEY");
        ServiceApiKey = apiKey ?? ServiceApiKey;
        ServiceId = apiKey ?? ServiceId;
        ServiceApiSecret = Read("AUTHLETE_SERVICE_APISECRET") ?? ServiceApiSecret;
        ServiceAccessToken = Read("AUTHLETE_SERVICE_ACCESSTOKEN") ?? ServiceAccessToken;
        DpopKey = Read("AUTHLETE_DPOP_KEY") ?? DpopKey;
        ClientCertificate = Read("AUTHLETE_CLIENT_CERTIFICATE") ?? ClientCertificate;
        return any;
    }

    /// <summary>Describes the options without any credential.</summary>
    /// <returns>The version, base address and service ID.</returns>
    public override string ToString()
        => $"AuthleteOptions {{ ApiVersion = {ApiVersion}, BaseAddress = {EffectiveBaseAddress}, ServiceId = {ServiceId} }}";
}
