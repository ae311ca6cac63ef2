namespace Authlete.Samples.AuthorizationServer;

/// <summary>The sample's own log messages (ids 9000+; Authlete.Sdk.AspNetCore logs 2000-2008).</summary>
internal static partial class Log
{
    [LoggerMessage(9000, LogLevel.Information, "Authlete: the embedded fake (demo mode), with the demo clients {Clients}.")]
    public static partial void UsingFakeAuthlete(ILogger logger, string clients);

    [LoggerMessage(9001, LogLevel.Information, "Authlete: {Options}.")]
    public static partial void UsingAuthlete(ILogger logger, string options);

    [LoggerMessage(9002, LogLevel.Information, "CIBA request {Id} from {Client} is waiting for {Subject} on their authentication device.")]
    public static partial void CibaRequestPending(ILogger logger, string id, string client, string subject);

    [LoggerMessage(9003, LogLevel.Information, "A demo client received a CIBA notification ({Length} bytes).")]
    public static partial void NotificationReceived(ILogger logger, long? length);
}
