using Authlete.Sdk;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds <see cref="AuthleteOptions"/> from configuration without reflection, so the SDK stays trimmable and AOT-safe.
/// Keys: BaseAddress, ApiVersion (V2, V3, 2 or 3), ServiceId, ServiceAccessToken, ServiceApiKey, ServiceApiSecret,
/// DpopKey, ClientCertificate, AllowInsecureHttp, MaxResponseBufferSize and the Resilience section.
/// </summary>
/// <remarks>
/// A value that cannot be read does not throw here (that would surface as a bare exception from deep inside the options
/// system): it is recorded on the options and reported by <see cref="AuthleteOptionsValidator"/> at start-up, with the
/// setting's name and the expected format.
/// </remarks>
internal static class AuthleteOptionsBinder
{
    public static void Bind(IConfiguration section, AuthleteOptions options)
    {
        var reader = new Reader(section, AuthleteOptions.SectionName, options.ConfigurationErrors);
        if (reader.Text(nameof(AuthleteOptions.BaseAddress)) is { } address)
        {
            if (AuthleteSettingText.TryParseBaseAddress(address, reader.Name(nameof(AuthleteOptions.BaseAddress)), out Uri? uri, out string? error))
            {
                options.BaseAddress = uri;
            }
            else
            {
                options.ConfigurationErrors.Add(error!);
            }
        }

        if (reader.Text(nameof(AuthleteOptions.ApiVersion)) is { } version)
        {
            if (AuthleteSettingText.TryParseApiVersion(version, reader.Name(nameof(AuthleteOptions.ApiVersion)), out AuthleteApiVersion parsed, out string? error))
            {
                options.ApiVersion = parsed;
            }
            else
            {
                options.ConfigurationErrors.Add(error!);
            }
        }

        options.ServiceId = section[nameof(AuthleteOptions.ServiceId)] ?? options.ServiceId;
        options.ServiceAccessToken = section[nameof(AuthleteOptions.ServiceAccessToken)] ?? options.ServiceAccessToken;
        options.ServiceApiKey = section[nameof(AuthleteOptions.ServiceApiKey)] ?? options.ServiceApiKey;
        options.ServiceApiSecret = section[nameof(AuthleteOptions.ServiceApiSecret)] ?? options.ServiceApiSecret;
        options.DpopKey = reader.Text(nameof(AuthleteOptions.DpopKey)) ?? options.DpopKey;
        options.ClientCertificate = reader.Text(nameof(AuthleteOptions.ClientCertificate)) ?? options.ClientCertificate;
        options.AllowInsecureHttp = reader.Bool(nameof(AuthleteOptions.AllowInsecureHttp)) ?? options.AllowInsecureHttp;
        options.MaxResponseBufferSize = reader.Int(nameof(AuthleteOptions.MaxResponseBufferSize), "bytes") ?? options.MaxResponseBufferSize;

        AuthleteResilienceOptions r = options.Resilience;
        var resilience = new Reader(
            section.GetSection(nameof(AuthleteOptions.Resilience)),
            reader.Name(nameof(AuthleteOptions.Resilience)),
            options.ConfigurationErrors);
        r.Enabled = resilience.Bool(nameof(r.Enabled)) ?? r.Enabled;
        r.AttemptTimeout = resilience.Time(nameof(r.AttemptTimeout)) ?? r.AttemptTimeout;
        r.TotalTimeout = resilience.Time(nameof(r.TotalTimeout)) ?? r.TotalTimeout;
        r.MaxRetryAttempts = resilience.Int(nameof(r.MaxRetryAttempts), "retries") ?? r.MaxRetryAttempts;
        r.RetryBaseDelay = resilience.Time(nameof(r.RetryBaseDelay)) ?? r.RetryBaseDelay;
        r.MaxRetryAfter = resilience.Time(nameof(r.MaxRetryAfter)) ?? r.MaxRetryAfter;
        r.CircuitBreakerEnabled = resilience.Bool(nameof(r.CircuitBreakerEnabled)) ?? r.CircuitBreakerEnabled;
        r.CircuitBreakerFailureRatio = resilience.Double(nameof(r.CircuitBreakerFailureRatio)) ?? r.CircuitBreakerFailureRatio;
        r.CircuitBreakerMinimumThroughput = resilience.Int(nameof(r.CircuitBreakerMinimumThroughput), "calls") ?? r.CircuitBreakerMinimumThroughput;
        r.CircuitBreakerSamplingDuration = resilience.Time(nameof(r.CircuitBreakerSamplingDuration)) ?? r.CircuitBreakerSamplingDuration;
        r.CircuitBreakerBreakDuration = resilience.Time(nameof(r.CircuitBreakerBreakDuration)) ?? r.CircuitBreakerBreakDuration;
    }

    /// <summary>Reads typed values of one section, recording what cannot be read.</summary>
    private readonly struct Reader(IConfiguration section, string path, List<string> errors)
    {
        public string Name(string key) => path + ":" + key;

        public string? Text(string key) => section[key] is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

        public bool? Bool(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return AuthleteSettingText.TryParseBool(text, Name(key), out bool value, out string? error) ? value : Fail<bool>(error!);
        }

        public int? Int(string key, string unit)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return AuthleteSettingText.TryParseInt(text, Name(key), unit, out int value, out string? error) ? value : Fail<int>(error!);
        }

        public double? Double(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return AuthleteSettingText.TryParseDouble(text, Name(key), out double value, out string? error) ? value : Fail<double>(error!);
        }

        public TimeSpan? Time(string key)
        {
            if (Text(key) is not { } text)
            {
                return null;
            }

            return AuthleteSettingText.TryParseTimeSpan(text, Name(key), out TimeSpan value, out string? error) ? value : Fail<TimeSpan>(error!);
        }

        private T? Fail<T>(string error)
            where T : struct
        {
            errors.Add(error);
            return null;
        }
    }
}
