using Microsoft.Extensions.Options;

namespace Authlete.Sdk;

/// <summary>
/// Checks <see cref="AuthleteOptions"/> at start-up and says exactly what is missing or wrong.
/// </summary>
public sealed class AuthleteOptionsValidator : IValidateOptions<AuthleteOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = GetFailures(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Lists what is wrong with <paramref name="options"/>; empty when they are usable.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem, naming the setting.</returns>
    public static List<string> GetFailures(AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        string section = AuthleteOptions.SectionName;
        if (options.ApiVersion == AuthleteApiVersion.V3)
        {
            if (string.IsNullOrWhiteSpace(options.ServiceId))
            {
                failures.Add($"{section}:ServiceId is required for Authlete API version 3 (the service ID in /api/{{serviceId}}/...).");
            }

            if (string.IsNullOrWhiteSpace(options.ServiceAccessToken))
            {
                failures.Add($"{section}:ServiceAccessToken is required for Authlete API version 3 (a service access token, sent as a Bearer token).");
            }
        }
        else if (options.ApiVersion == AuthleteApiVersion.V2)
        {
            if (string.IsNullOrWhiteSpace(options.ServiceApiKey))
            {
                failures.Add($"{section}:ServiceApiKey is required for Authlete API version 2 (the user name of HTTP Basic).");
            }

            if (string.IsNullOrWhiteSpace(options.ServiceApiSecret))
            {
                failures.Add($"{section}:ServiceApiSecret is required for Authlete API version 2 (the password of HTTP Basic).");
            }
        }
        else
        {
            failures.Add($"{section}:ApiVersion must be V2 or V3.");
        }

        Uri address = options.EffectiveBaseAddress;
        if (!address.IsAbsoluteUri)
        {
            failures.Add($"{section}:BaseAddress must be an absolute URI such as https://us.authlete.com.");
        }
        else if (address.Scheme == Uri.UriSchemeHttp && !options.AllowInsecureHttp)
        {
            failures.Add($"{section}:BaseAddress must use https; set {section}:AllowInsecureHttp to true to allow http (for a local test server only).");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add($"{section}:BaseAddress must be an https URI.");
        }

        if (options.MaxResponseBufferSize <= 0)
        {
            failures.Add($"{section}:MaxResponseBufferSize must be positive.");
        }

        AuthleteResilienceOptions resilience = options.Resilience;
        if (resilience is null)
        {
            failures.Add($"{section}:Resilience must not be null.");
        }
        else
        {
            if (resilience.AttemptTimeout <= TimeSpan.Zero || resilience.TotalTimeout <= TimeSpan.Zero)
            {
                failures.Add($"{section}:Resilience:AttemptTimeout and TotalTimeout must be positive.");
            }

            if (resilience.MaxRetryAttempts < 0)
            {
                failures.Add($"{section}:Resilience:MaxRetryAttempts must not be negative.");
            }
        }

        return failures;
    }
}
