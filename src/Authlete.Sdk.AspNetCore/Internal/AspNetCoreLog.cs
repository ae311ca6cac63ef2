using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>
/// The log events of the ASP.NET Core layer. Event ids are stable; no event carries a body, token, secret or user code.
/// (Defined with <see cref="LoggerMessage.Define(LogLevel, EventId, string)"/> rather than the source generator, which
/// the net8.0 shared framework and the newer logging package would both run.)
/// </summary>
internal static class AspNetCoreLog
{
    private static readonly Action<ILogger, string, Exception?> s_authleteCallFailed = LoggerMessage.Define<string>(
        LogLevel.Error, new EventId(2000, "AuthleteCallFailed"),
        "The {Endpoint} endpoint could not get an answer from Authlete; answering 500 server_error");

    private static readonly Action<ILogger, string, string?, Exception?> s_unknownAction = LoggerMessage.Define<string, string?>(
        LogLevel.Error, new EventId(2001, "UnknownAction"),
        "Authlete's {Api} answered action '{Action}', which this endpoint does not handle; answering 500 server_error");

    private static readonly Action<ILogger, string, string, Exception?> s_callbackFailed = LoggerMessage.Define<string, string>(
        LogLevel.Error, new EventId(2002, "CallbackFailed"),
        "The host callback {Callback} failed for the {Endpoint} endpoint; answering with server_error");

    private static readonly Action<ILogger, string, string, Exception?> s_cibaRejected = LoggerMessage.Define<string, string>(
        LogLevel.Information, new EventId(2003, "CibaRequestRejected"),
        "CIBA request of client {ClientId} rejected with {Reason}");

    private static readonly Action<ILogger, string?, Exception?> s_cibaStartFailed = LoggerMessage.Define<string?>(
        LogLevel.Error, new EventId(2004, "CibaStartFailed"),
        "Starting the authentication of CIBA request {AuthReqId} on the user's device failed");

    private static readonly Action<ILogger, string?, string?, Exception?> s_cibaCompleteFailed = LoggerMessage.Define<string?, string?>(
        LogLevel.Error, new EventId(2005, "CibaCompleteFailed"),
        "/backchannel/authentication/complete failed: action {Action}, result code {ResultCode}");

    private static readonly Action<ILogger, string?, string, Exception?> s_cibaNotificationFailed = LoggerMessage.Define<string?, string>(
        LogLevel.Warning, new EventId(2006, "CibaNotificationFailed"),
        "The CIBA notification for {AuthReqId} was not delivered: {Outcome}");

    private static readonly Action<ILogger, string, string?, string?, Exception?> s_deviceFlowFailed = LoggerMessage.Define<string, string?, string?>(
        LogLevel.Error, new EventId(2007, "DeviceFlowCallFailed"),
        "Authlete's {Api} failed: action {Action}, result code {ResultCode}");

    private static readonly Action<ILogger, string, Exception?> s_grantNotHandled = LoggerMessage.Define<string>(
        LogLevel.Warning, new EventId(2008, "TokenGrantNotHandled"),
        "The token endpoint got action {Action} and no ITokenHandlerSpi is registered; answering 400 unsupported_grant_type");

    private static readonly Action<ILogger, string, string, int, Exception?> s_malformedRequest = LoggerMessage.Define<string, string, int>(
        LogLevel.Debug, new EventId(2009, "MalformedRequest"),
        "The {Endpoint} endpoint refused a malformed request ({Reason}); answering {StatusCode} invalid_request");

    private static readonly Action<ILogger, string?, Exception?> s_introspectionCallerRefused = LoggerMessage.Define<string?>(
        LogLevel.Information, new EventId(2010, "IntrospectionCallerRefused"),
        "The introspection endpoint refused a caller that did not authenticate (client {ClientId}); answering 401 invalid_client");

    private static readonly Action<ILogger, Exception?> s_backgroundWorkFailed = LoggerMessage.Define(
        LogLevel.Error, new EventId(2011, "BackgroundWorkFailed"),
        "Work started after an answer (CIBA start or notification delivery) failed");

    private static readonly Action<ILogger, int, Exception?> s_backgroundWorkAbandoned = LoggerMessage.Define<int>(
        LogLevel.Error, new EventId(2012, "BackgroundWorkAbandoned"),
        "The host's shutdown timeout passed with {Count} piece(s) of background work (CIBA start, notification delivery) still running; they are cancelled");

    public static void BackgroundWorkFailed(ILogger logger, Exception exception) => s_backgroundWorkFailed(logger, exception);

    public static void BackgroundWorkAbandoned(ILogger logger, int count) => s_backgroundWorkAbandoned(logger, count, null);

    public static void IntrospectionCallerRefused(ILogger logger, string? clientId) => s_introspectionCallerRefused(logger, clientId, null);

    public static void AuthleteCallFailed(ILogger logger, string endpoint, Exception exception) => s_authleteCallFailed(logger, endpoint, exception);

    public static void UnknownAction(ILogger logger, string api, string? action) => s_unknownAction(logger, api, action, null);

    public static void CallbackFailed(ILogger logger, string callback, string endpoint, Exception exception) => s_callbackFailed(logger, callback, endpoint, exception);

    public static void CibaRejected(ILogger logger, string clientId, string reason) => s_cibaRejected(logger, clientId, reason, null);

    public static void CibaStartFailed(ILogger logger, string? authReqId, Exception exception) => s_cibaStartFailed(logger, authReqId, exception);

    public static void CibaCompleteFailed(ILogger logger, string? action, string? resultCode, Exception? exception) => s_cibaCompleteFailed(logger, action, resultCode, exception);

    public static void CibaNotificationFailed(ILogger logger, string? authReqId, string outcome) => s_cibaNotificationFailed(logger, authReqId, outcome, null);

    public static void DeviceFlowFailed(ILogger logger, string api, string? action, string? resultCode, Exception? exception) => s_deviceFlowFailed(logger, api, action, resultCode, exception);

    public static void GrantNotHandled(ILogger logger, string action) => s_grantNotHandled(logger, action, null);

    /// <summary>A client's malformed request: Debug, as it is the client's mistake; the reason is a fixed word, never a value.</summary>
    public static void MalformedRequest(ILogger logger, string endpoint, string reason, int statusCode, Exception? exception)
        => s_malformedRequest(logger, endpoint, reason, statusCode, exception);
}
