using Authlete.Sdk;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// Proves that Authlete is reachable and accepts the service credentials, without consuming anything: it reads the
/// service's discovery document (<c>GET /service/configuration</c>, the call behind <see cref="DiscoveryHandler"/>),
/// which needs the service ID and a valid service access token, issues nothing and may be retried. Register it with
/// <c>services.AddHealthChecks().AddAuthlete()</c>.
/// </summary>
/// <remarks>
/// One Authlete call per probe: give the registration a timeout and keep probes a few seconds apart. The result's
/// description and data name the outcome (HTTP status, Authlete's result code, the duration), never a credential.
/// </remarks>
public sealed class AuthleteHealthCheck : IHealthCheck
{
    private readonly IAuthleteApi _authlete;

    /// <summary>Creates the check over the host's Authlete client.</summary>
    /// <param name="authlete">The client <c>AddAuthleteClient</c> registered.</param>
    public AuthleteHealthCheck(IAuthleteApi authlete)
    {
        ArgumentNullException.ThrowIfNull(authlete);
        _authlete = authlete;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await _authlete.ServiceConfigurationAsync(new ServiceConfigurationRequest(), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(
                "Authlete answered with the service's configuration: reachable, and the service credentials are accepted.",
                Data(started, 200, null));
        }
        catch (AuthleteApiException ex) when (ex.Status is 401 or 403)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus,
                $"Authlete refused the service credentials (HTTP {ex.Status}{(ex.ResultCode is null ? "" : ", " + ex.ResultCode)}): check the service ID and access token (or API key and secret).",
                ex,
                Data(started, ex.Status, ex.ResultCode));
        }
        catch (AuthleteApiException ex)
        {
            // The SDK's messages carry no credential: the exception is safe to show.
            return new HealthCheckResult(context.Registration.FailureStatus, ex.Message, ex, Data(started, ex.Status, ex.ResultCode));
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(
                context.Registration.FailureStatus, "Authlete did not answer before the health check's timeout.", ex, Data(started, 0, null));
        }
    }

    private static Dictionary<string, object> Data(long started, int status, string? resultCode)
    {
        var data = new Dictionary<string, object>(3, StringComparer.Ordinal)
        {
            ["status"] = status,
            ["durationMs"] = Math.Round(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
        };
        if (resultCode is not null)
        {
            data["resultCode"] = resultCode;
        }

        return data;
    }
}
