using System.Runtime.CompilerServices;
using System.Text;

namespace Authlete.Sdk.Http;

/// <summary>
/// What <see cref="AuthleteApi"/> derives from its options: checked once, then shared by every client created from the
/// same options instance. <c>AddAuthleteClient</c> creates a client per scope from the options of
/// <c>IOptionsMonitor</c>, which hands out one instance until the configuration reloads; a reload makes a new instance,
/// which is checked and derived afresh.
/// </summary>
internal sealed class AuthleteApiSettings
{
    private static readonly ConditionalWeakTable<AuthleteOptions, AuthleteApiSettings> Cache = [];

    private AuthleteApiSettings(AuthleteOptions options)
    {
        List<string> failures = AuthleteOptionsValidator.GetFailures(options);
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Authlete options: " + string.Join(" ", failures), nameof(options));
        }

        Uri address = options.EffectiveBaseAddress;
        BaseAddress = address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");

        // The pipeline's timeouts end when the headers arrive; the body is read after it, under the same limits.
        // Without the pipeline, the client's own timeout bounds the body too.
        AuthleteResilienceOptions resilience = options.Resilience;
        Reader = resilience.Enabled
            ? new AuthleteResponseReader(options.MaxResponseBufferSize, resilience.AttemptTimeout, resilience.TotalTimeout)
            : new AuthleteResponseReader(options.MaxResponseBufferSize, null, null);

        if (options.ApiVersion == AuthleteApiVersion.V2)
        {
            PathPrefix = "api/";
            AuthScheme = "Basic";
            AuthParameter = Convert.ToBase64String(
                Encoding.UTF8.GetBytes(options.ServiceApiKey!.Trim() + ":" + options.ServiceApiSecret!.Trim()));
        }
        else
        {
            PathPrefix = "api/" + Uri.EscapeDataString(options.ServiceId!.Trim()) + "/";
            AuthParameter = options.ServiceAccessToken!.Trim();
            DpopKey = AuthleteDpopKey.For(options);
            AuthScheme = DpopKey is null ? "Bearer" : "DPoP";
            if (DpopKey is not null)
            {
                AccessTokenHash = AuthleteDpopKey.AccessTokenHash(AuthParameter);
            }
        }

        Uris = new Uri?[AuthleteApis.All.Count];
    }

    /// <summary>The base address, ending with a slash.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The path before each API's own: <c>api/</c>, or <c>api/{serviceId}/</c> for version 3.</summary>
    public string PathPrefix { get; }

    /// <summary>The scheme of the <c>Authorization</c> header: Basic, Bearer or DPoP.</summary>
    public string AuthScheme { get; }

    /// <summary>The credentials of the <c>Authorization</c> header. A secret: never logged or shown.</summary>
    public string AuthParameter { get; }

    /// <summary>The key that binds the service access token, when DPoP is configured.</summary>
    public AuthleteDpopKey? DpopKey { get; }

    /// <summary>The <c>ath</c> claim of the DPoP proofs, when DPoP is configured.</summary>
    public string? AccessTokenHash { get; }

    /// <summary>Reads the answers: the body within the timeouts and the size cap, then the JSON.</summary>
    public AuthleteResponseReader Reader { get; }

    /// <summary>Each API's URI, made on first use (index: <see cref="AuthleteApiDescription.Index"/>).</summary>
    public Uri?[] Uris { get; }

    /// <summary>Checks <paramref name="options"/> and derives the settings afresh.</summary>
    /// <exception cref="ArgumentException">The options are incomplete or invalid.</exception>
    public static AuthleteApiSettings Create(AuthleteOptions options) => new(options);

    /// <summary>
    /// The settings of <paramref name="options"/>, checked and derived on the first call for this instance, then reused.
    /// Only for options that no longer change once handed out (those of <c>IOptionsMonitor</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The options are incomplete or invalid (checked again on each call until they are valid).</exception>
    public static AuthleteApiSettings For(AuthleteOptions options) => Cache.GetValue(options, static o => new AuthleteApiSettings(o));
}
