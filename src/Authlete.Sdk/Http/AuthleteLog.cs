using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Http;

/// <summary>The SDK's log events. Event ids are stable; no event carries a body, token or credential.</summary>
internal static partial class AuthleteLog
{
    [LoggerMessage(EventId = 1000, EventName = "AuthleteApiCalled", Level = LogLevel.Debug,
        Message = "Authlete API {Api} answered HTTP {Status} with result code {ResultCode} in {ElapsedMs:F1} ms")]
    public static partial void Called(ILogger logger, string api, int status, string? resultCode, double elapsedMs);

    [LoggerMessage(EventId = 1001, EventName = "AuthleteApiFailed", Level = LogLevel.Warning,
        Message = "Authlete API {Api} failed ({Outcome}): HTTP {Status}, result code {ResultCode}, after {ElapsedMs:F1} ms")]
    public static partial void Failed(ILogger logger, string api, string outcome, int status, string? resultCode, double elapsedMs, Exception exception);
}
