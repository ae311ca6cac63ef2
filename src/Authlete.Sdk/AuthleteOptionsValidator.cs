using Authlete.Sdk.Http;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk;

/// <summary>
/// Checks <see cref="AuthleteOptions"/> at start-up and says exactly what is missing or wrong: every setting, the
/// resilience pipeline's included, against the bounds the pipeline and the timers enforce, so that a host that starts
/// can make calls.
/// </summary>
public sealed class AuthleteOptionsValidator : IValidateOptions<AuthleteOptions>
{
    /// <summary>The shortest timeout the pipeline accepts: 10 milliseconds.</summary>
    internal static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);

    /// <summary>The longest timeout, delay or duration the pipeline accepts: one day.</summary>
    internal static readonly TimeSpan MaxDuration = TimeSpan.FromDays(1);

    /// <summary>The shortest circuit breaker sampling and break duration the pipeline accepts: half a second.</summary>
    internal static readonly TimeSpan MinBreakerDuration = TimeSpan.FromMilliseconds(500);

    /// <summary>The most retries allowed: more only delays a failure that is not going away.</summary>
    internal const int MaxRetries = 10;

    /// <summary>The largest response buffer allowed: 256 MiB.</summary>
    internal const int MaxBufferLimit = 256 * 1024 * 1024;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = GetFailures(options);
        if (failures.Count == 0)
        {
            return ValidateOptionsResult.Success;
        }

        // A keyed client's options are named after its key: say which client a failure is about.
        return ValidateOptionsResult.Fail(string.IsNullOrEmpty(name) ? failures : failures.Select(f => $"Authlete client '{name}': {f}"));
    }

    /// <summary>Lists what is wrong with <paramref name="options"/>; empty when they are usable.</summary>
    /// <param name="options">The options to check.</param>
    /// <returns>One message per problem, naming the setting and what it accepts; never a credential's value.</returns>
    public static List<string> GetFailures(AuthleteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>(options.ConfigurationErrors);
        string section = AuthleteOptions.SectionName;
        if (options.ApiVersion == AuthleteApiVersion.V3)
        {
            CheckCredential(failures, section + ":ServiceId", options.ServiceId, "the service ID in /api/{serviceId}/...", CredentialKind.PathSegment);
            CheckCredential(failures, section + ":ServiceAccessToken", options.ServiceAccessToken, "a service access token, sent as a Bearer token", CredentialKind.Token);
        }
        else if (options.ApiVersion == AuthleteApiVersion.V2)
        {
            CheckCredential(failures, section + ":ServiceApiKey", options.ServiceApiKey, "the user name of HTTP Basic", CredentialKind.BasicUser);
            CheckCredential(failures, section + ":ServiceApiSecret", options.ServiceApiSecret, "the password of HTTP Basic", CredentialKind.BasicPassword);
        }
        else
        {
            failures.Add($"{section}:ApiVersion must be V2 or V3.");
        }

        CheckBaseAddress(failures, options);
        CheckTokenBinding(failures, options);

        if (options.MaxResponseBufferSize is <= 0 or > MaxBufferLimit)
        {
            failures.Add($"{section}:MaxResponseBufferSize must be a number of bytes between 1 and {MaxBufferLimit} (256 MiB); it is {options.MaxResponseBufferSize}.");
        }

        if (options.Resilience is null)
        {
            failures.Add($"{section}:Resilience must not be null.");
        }
        else
        {
            CheckResilience(failures, section + ":Resilience", options.Resilience);
        }

        return failures;
    }

    private static void CheckBaseAddress(List<string> failures, AuthleteOptions options)
    {
        string name = AuthleteOptions.SectionName + ":BaseAddress";
        Uri address = options.EffectiveBaseAddress;
        if (!address.IsAbsoluteUri)
        {
            failures.Add($"{name} must be an absolute URI such as https://us.authlete.com.");
            return;
        }

        if (address.Scheme == Uri.UriSchemeHttp && !options.AllowInsecureHttp)
        {
            failures.Add($"{name} must use https; set {AuthleteOptions.SectionName}:AllowInsecureHttp to true to allow http (for a local test server only).");
        }
        else if (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp)
        {
            failures.Add($"{name} must be an https URI such as https://us.authlete.com; its scheme is '{address.Scheme}'.");
            return;
        }

        // The API path is appended to the base address: a query or fragment would swallow it, and credentials in the
        // URI would travel (and be shown) where the service credentials never are.
        if (address.Query.Length > 0 || address.Fragment.Length > 0 || address.OriginalString.Contains('#', StringComparison.Ordinal))
        {
            failures.Add($"{name} must not have a query or a fragment: give the host and, if any, a path prefix, such as https://us.authlete.com.");
        }

        if (address.UserInfo.Length > 0)
        {
            failures.Add($"{name} must not contain a user name or password; set the service credentials in their own settings.");
        }
    }

    private static void CheckTokenBinding(List<string> failures, AuthleteOptions options)
    {
        string section = AuthleteOptions.SectionName;
        if (!string.IsNullOrWhiteSpace(options.DpopKey))
        {
            if (options.ApiVersion != AuthleteApiVersion.V3)
            {
                failures.Add($"{section}:DpopKey binds the service access token of version 3; version 2 authenticates with the API key and secret. Remove it or use V3.");
            }
            else
            {
                try
                {
                    AuthleteDpopKey.For(options);
                }
                catch (FormatException ex)
                {
                    failures.Add($"{section}:DpopKey (AUTHLETE_DPOP_KEY) cannot be used: {ex.Message}");
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(options.ClientCertificate))
        {
            try
            {
                AuthleteClientCertificate.For(options);
            }
            catch (FormatException ex)
            {
                failures.Add($"{section}:ClientCertificate (AUTHLETE_CLIENT_CERTIFICATE) cannot be used: {ex.Message}");
            }
        }
    }

    private static void CheckResilience(List<string> failures, string name, AuthleteResilienceOptions r)
    {
        CheckRange(failures, name + ":AttemptTimeout", r.AttemptTimeout, MinTimeout, MaxDuration);
        CheckRange(failures, name + ":TotalTimeout", r.TotalTimeout, MinTimeout, MaxDuration);
        if (r.MaxRetryAttempts is < 0 or > MaxRetries)
        {
            failures.Add($"{name}:MaxRetryAttempts must be between 0 (no retries) and {MaxRetries}; it is {r.MaxRetryAttempts}.");
        }

        CheckRange(failures, name + ":RetryBaseDelay", r.RetryBaseDelay, TimeSpan.Zero, MaxDuration);
        CheckRange(failures, name + ":MaxRetryAfter", r.MaxRetryAfter, TimeSpan.Zero, MaxDuration);
        if (!(r.CircuitBreakerFailureRatio > 0 && r.CircuitBreakerFailureRatio <= 1))
        {
            failures.Add($"{name}:CircuitBreakerFailureRatio must be a ratio above 0 and at most 1 (0.5 opens the circuit when half the calls fail); it is {r.CircuitBreakerFailureRatio}.");
        }

        if (r.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add($"{name}:CircuitBreakerMinimumThroughput must be at least 2 calls; it is {r.CircuitBreakerMinimumThroughput}.");
        }

        CheckRange(failures, name + ":CircuitBreakerSamplingDuration", r.CircuitBreakerSamplingDuration, MinBreakerDuration, MaxDuration);
        CheckRange(failures, name + ":CircuitBreakerBreakDuration", r.CircuitBreakerBreakDuration, MinBreakerDuration, MaxDuration);
    }

    private static void CheckRange(List<string> failures, string name, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{name} must be between {min:c} and {max:c} (written hh:mm:ss, for example \"00:00:10\"); it is {value:c}.");
        }
    }

    private static void CheckCredential(List<string> failures, string name, string? value, string meaning, CredentialKind kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{name} is required ({meaning}).");
            return;
        }

        // Never echo the value: it is a secret (or sits beside one).
        ReadOnlySpan<char> text = value.AsSpan().Trim();
        foreach (char c in text)
        {
            if (c is < (char)0x21 or > (char)0x7E && !(c == ' ' && kind == CredentialKind.BasicPassword))
            {
                failures.Add(char.IsWhiteSpace(c) || char.IsControl(c)
                    ? $"{name} contains a space, line break or control character that cannot be sent in an HTTP header; check for a stray newline or copy-paste residue."
                    : $"{name} contains a non-ASCII character that cannot be sent in an HTTP header.");
                return;
            }
        }

        if (kind == CredentialKind.BasicUser && text.Contains(':'))
        {
            failures.Add($"{name} must not contain ':' (HTTP Basic separates the user name from the password with it).");
        }
        else if (kind == CredentialKind.PathSegment && (text.Contains('/') || text.Contains('?') || text.Contains('#') || text.Contains('%')))
        {
            failures.Add($"{name} must be a plain service ID (no '/', '?', '#' or '%').");
        }
    }

    private enum CredentialKind
    {
        PathSegment,
        Token,
        BasicUser,
        BasicPassword,
    }
}
