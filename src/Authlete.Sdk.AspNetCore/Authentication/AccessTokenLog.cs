using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>
/// The log events of the access token scheme (ids 2100-2103). None carries the token, the DPoP proof, the certificate
/// or Authlete's result message: only the action, the result code and fixed reasons.
/// </summary>
internal static class AccessTokenLog
{
    private static readonly Action<ILogger, string, Exception?> s_malformed = LoggerMessage.Define<string>(
        LogLevel.Debug, new EventId(2100, "AccessTokenMalformed"),
        "The resource request was refused before introspection: {Reason}; answering 400 invalid_request");

    private static readonly Action<ILogger, string, string?, int, Exception?> s_rejected = LoggerMessage.Define<string, string?, int>(
        LogLevel.Debug, new EventId(2101, "AccessTokenRejected"),
        "Authlete rejected the access token: action {Action}, result code {ResultCode}; answering {StatusCode}");

    private static readonly Action<ILogger, string, string?, Exception?> s_authleteError = LoggerMessage.Define<string, string?>(
        LogLevel.Error, new EventId(2102, "AccessTokenIntrospectionError"),
        "Authlete could not validate the access token: action {Action}, result code {ResultCode}; answering 500");

    private static readonly Action<ILogger, Exception?> s_callFailed = LoggerMessage.Define(
        LogLevel.Error, new EventId(2103, "AccessTokenIntrospectionFailed"),
        "The access token could not be validated: the call to Authlete's /auth/introspection failed; answering 500");

    public static void Malformed(ILogger logger, string reason) => s_malformed(logger, reason, null);

    public static void Rejected(ILogger logger, string action, string? resultCode, int statusCode) => s_rejected(logger, action, resultCode, statusCode, null);

    public static void AuthleteError(ILogger logger, string action, string? resultCode) => s_authleteError(logger, action, resultCode, null);

    public static void CallFailed(ILogger logger, Exception exception) => s_callFailed(logger, exception);
}
