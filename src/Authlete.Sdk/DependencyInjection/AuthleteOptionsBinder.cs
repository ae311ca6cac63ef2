using System.Globalization;
using Authlete.Sdk;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Binds <see cref="AuthleteOptions"/> from configuration without reflection, so the SDK stays trimmable and AOT-safe.
/// Keys: BaseAddress, ApiVersion (V2, V3, 2 or 3), ServiceId, ServiceAccessToken, ServiceApiKey, ServiceApiSecret,
/// AllowInsecureHttp, MaxResponseBufferSize and the Resilience section.
/// </summary>
internal static class AuthleteOptionsBinder
{
    public static void Bind(IConfiguration section, AuthleteOptions options)
    {
        if (section[nameof(AuthleteOptions.BaseAddress)] is { Length: > 0 } address)
        {
            options.BaseAddress = AuthleteSettingText.ParseBaseAddress(address, $"{AuthleteOptions.SectionName}:BaseAddress");
        }

        if (section[nameof(AuthleteOptions.ApiVersion)] is { Length: > 0 } version)
        {
            options.ApiVersion = AuthleteSettingText.ParseApiVersion(version, $"{AuthleteOptions.SectionName}:ApiVersion");
        }

        options.ServiceId = section[nameof(AuthleteOptions.ServiceId)] ?? options.ServiceId;
        options.ServiceAccessToken = section[nameof(AuthleteOptions.ServiceAccessToken)] ?? options.ServiceAccessToken;
        options.ServiceApiKey = section[nameof(AuthleteOptions.ServiceApiKey)] ?? options.ServiceApiKey;
        options.ServiceApiSecret = section[nameof(AuthleteOptions.ServiceApiSecret)] ?? options.ServiceApiSecret;
        options.AllowInsecureHttp = ReadBool(section, nameof(AuthleteOptions.AllowInsecureHttp)) ?? options.AllowInsecureHttp;
        options.MaxResponseBufferSize = ReadInt(section, nameof(AuthleteOptions.MaxResponseBufferSize)) ?? options.MaxResponseBufferSize;

        IConfigurationSection resilienceSection = section.GetSection(nameof(AuthleteOptions.Resilience));
        AuthleteResilienceOptions r = options.Resilience;
        r.Enabled = ReadBool(resilienceSection, nameof(r.Enabled)) ?? r.Enabled;
        r.AttemptTimeout = ReadTime(resilienceSection, nameof(r.AttemptTimeout)) ?? r.AttemptTimeout;
        r.TotalTimeout = ReadTime(resilienceSection, nameof(r.TotalTimeout)) ?? r.TotalTimeout;
        r.MaxRetryAttempts = ReadInt(resilienceSection, nameof(r.MaxRetryAttempts)) ?? r.MaxRetryAttempts;
        r.RetryBaseDelay = ReadTime(resilienceSection, nameof(r.RetryBaseDelay)) ?? r.RetryBaseDelay;
        r.MaxRetryAfter = ReadTime(resilienceSection, nameof(r.MaxRetryAfter)) ?? r.MaxRetryAfter;
        r.CircuitBreakerEnabled = ReadBool(resilienceSection, nameof(r.CircuitBreakerEnabled)) ?? r.CircuitBreakerEnabled;
        r.CircuitBreakerMinimumThroughput = ReadInt(resilienceSection, nameof(r.CircuitBreakerMinimumThroughput)) ?? r.CircuitBreakerMinimumThroughput;
        r.CircuitBreakerSamplingDuration = ReadTime(resilienceSection, nameof(r.CircuitBreakerSamplingDuration)) ?? r.CircuitBreakerSamplingDuration;
        r.CircuitBreakerBreakDuration = ReadTime(resilienceSection, nameof(r.CircuitBreakerBreakDuration)) ?? r.CircuitBreakerBreakDuration;
        if (resilienceSection[nameof(r.CircuitBreakerFailureRatio)] is { Length: > 0 } ratio)
        {
            r.CircuitBreakerFailureRatio = double.Parse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
    }

    private static bool? ReadBool(IConfiguration section, string key)
        => section[key] is { Length: > 0 } text ? bool.Parse(text) : null;

    private static int? ReadInt(IConfiguration section, string key)
        => section[key] is { Length: > 0 } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;

    private static TimeSpan? ReadTime(IConfiguration section, string key)
        => section[key] is { Length: > 0 } text ? TimeSpan.Parse(text, CultureInfo.InvariantCulture) : null;
}
