using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Http;

/// <summary>The span, metric points and log event of one call (see <see cref="AuthleteDiagnostics"/>).</summary>
internal static class AuthleteCallTelemetry
{
    public static Activity? Start(AuthleteApiDescription api)
    {
        Activity? activity = AuthleteDiagnostics.ActivitySource.StartActivity(api.ActivityName, ActivityKind.Client);
        activity?.SetTag("authlete.api", api.Path);
        return activity;
    }

    public static string ToTagValue(this AuthleteCallOutcome outcome) => outcome switch
    {
        AuthleteCallOutcome.Success => "success",
        AuthleteCallOutcome.InvalidResponse => "invalid_response",
        AuthleteCallOutcome.Timeout => "timeout",
        AuthleteCallOutcome.ConnectionError => "connection_error",
        AuthleteCallOutcome.CircuitOpen => "circuit_open",
        AuthleteCallOutcome.Cancelled => "cancelled",
        _ => "error",
    };

    public static void Record(
        ILogger logger,
        AuthleteApiDescription api,
        Activity? activity,
        int status,
        string? resultCode,
        AuthleteCallOutcome outcome,
        double elapsedSeconds,
        Exception? failure)
    {
        string tag = outcome.ToTagValue();

        // Instruments with no listener ignore measurements; skip building the tags for them.
        if (AuthleteDiagnostics.Calls.Enabled || AuthleteDiagnostics.Duration.Enabled)
        {
            var tags = new TagList { { "authlete.api", api.Path }, { "authlete.outcome", tag } };
            AuthleteDiagnostics.Calls.Add(1, tags);
            AuthleteDiagnostics.Duration.Record(elapsedSeconds, tags);
        }

        if (activity is not null)
        {
            if (status != 0)
            {
                activity.SetTag("http.response.status_code", status);
            }

            activity.SetTag("authlete.result_code", resultCode);
            activity.SetTag("authlete.outcome", tag);
            if (failure is not null)
            {
                activity.SetStatus(ActivityStatusCode.Error, tag);
            }
        }

        if (failure is null)
        {
            AuthleteLog.Called(logger, api.Path, status, resultCode, elapsedSeconds * 1000);
        }
        else if (outcome != AuthleteCallOutcome.Cancelled)
        {
            AuthleteLog.Failed(logger, api.Path, tag, status, resultCode, elapsedSeconds * 1000, failure);
        }
    }
}
