using Microsoft.Extensions.Logging;

namespace Authlete.Sdk;

/// <summary>Log events of <see cref="CibaNotificationSender"/>: host, status and reasons only, never the token or body.</summary>
internal static partial class CibaNotificationLog
{
    [LoggerMessage(EventId = 1100, EventName = "CibaNotificationDelivered", Level = LogLevel.Information,
        Message = "CIBA notification to {Host}: HTTP {Status}, delivered {Succeeded}, in {ElapsedMs:F1} ms")]
    public static partial void Delivered(ILogger logger, string host, int status, bool succeeded, double elapsedMs);

    [LoggerMessage(EventId = 1101, EventName = "CibaNotificationRefused", Level = LogLevel.Warning,
        Message = "CIBA notification to {Host} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string host, string reason);

    [LoggerMessage(EventId = 1102, EventName = "CibaNotificationNotSent", Level = LogLevel.Warning,
        Message = "CIBA notification to {Host} not sent: {Reason}")]
    public static partial void NotSent(ILogger logger, string host, string reason);

    [LoggerMessage(EventId = 1103, EventName = "CibaNotificationRetrying", Level = LogLevel.Information,
        Message = "CIBA notification to {Host} not delivered on attempt {Attempt} ({Reason}); retrying in {DelayMs:F0} ms")]
    public static partial void Retrying(ILogger logger, string host, int attempt, string reason, double delayMs);
}
