using Microsoft.Extensions.Logging;

namespace Authlete.Sdk;

/// <summary>Log events of <see cref="CibaNotificationSender"/>: host and status only, never the token or body.</summary>
internal static partial class CibaNotificationLog
{
    [LoggerMessage(EventId = 1100, EventName = "CibaNotificationDelivered", Level = LogLevel.Information,
        Message = "CIBA notification to {Host}: HTTP {Status}, delivered {Succeeded}, in {ElapsedMs:F1} ms")]
    public static partial void Delivered(ILogger logger, string host, int status, bool succeeded, double elapsedMs);
}
