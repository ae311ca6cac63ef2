using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Reflection;

namespace Authlete.Sdk;

/// <summary>
/// The names under which the SDK reports traces and metrics, for OpenTelemetry and other listeners:
/// an <see cref="ActivitySource"/> and a <see cref="Meter"/> both named <see cref="SourceName"/>.
/// </summary>
/// <remarks>
/// One span per API call (<c>Authlete {api}</c>) with the tags <c>authlete.api</c>, <c>http.response.status_code</c>,
/// <c>authlete.result_code</c> and <c>authlete.outcome</c>. Metrics: <c>authlete.client.calls</c> (counter) and
/// <c>authlete.client.duration</c> (histogram, seconds), both tagged with <c>authlete.api</c> and <c>authlete.outcome</c>.
/// Neither carries a body, a token or a credential.
/// </remarks>
public static class AuthleteDiagnostics
{
    /// <summary>The name of the activity source and the meter: <c>Authlete.Sdk</c>.</summary>
    public const string SourceName = "Authlete.Sdk";

    private static readonly string? Version =
        typeof(AuthleteDiagnostics).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;

    internal static readonly ActivitySource ActivitySource = new(SourceName, Version);

    internal static readonly Meter Meter = new(SourceName, Version);

    internal static readonly Counter<long> Calls =
        Meter.CreateCounter<long>("authlete.client.calls", unit: "{call}", description: "Authlete API calls, by API and outcome.");

    internal static readonly Histogram<double> Duration =
        Meter.CreateHistogram<double>("authlete.client.duration", unit: "s", description: "Duration of Authlete API calls, by API and outcome.");
}
