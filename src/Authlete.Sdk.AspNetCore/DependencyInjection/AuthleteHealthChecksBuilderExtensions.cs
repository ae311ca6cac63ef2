using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="AuthleteHealthCheck"/>.</summary>
public static class AuthleteHealthChecksBuilderExtensions
{
    /// <summary>The default name of the check: <c>authlete</c>.</summary>
    public const string DefaultName = "authlete";

    /// <summary>
    /// Adds a check that Authlete is reachable and accepts the service credentials (see <see cref="AuthleteHealthCheck"/>).
    /// Needs <c>AddAuthleteClient(...)</c>.
    /// </summary>
    /// <param name="builder">The health checks builder of <c>services.AddHealthChecks()</c>.</param>
    /// <param name="name">The check's name; <c>authlete</c> by default.</param>
    /// <param name="failureStatus">The status reported on failure; <see cref="HealthStatus.Unhealthy"/> by default.</param>
    /// <param name="tags">Tags to filter checks by (for example <c>ready</c> for a readiness probe).</param>
    /// <param name="timeout">How long a probe waits for Authlete; 5 seconds by default.</param>
    /// <returns>The same builder.</returns>
    public static IHealthChecksBuilder AddAuthlete(
        this IHealthChecksBuilder builder,
        string name = DefaultName,
        HealthStatus? failureStatus = null,
        IEnumerable<string>? tags = null,
        TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return builder.Add(new HealthCheckRegistration(
            name,
            static provider => new AuthleteHealthCheck(provider.GetRequiredService<IAuthleteApi>()),
            failureStatus,
            tags,
            timeout ?? TimeSpan.FromSeconds(5)));
    }
}
