namespace Authlete.Sdk;

/// <summary>
/// Thrown by the connect callback of <see cref="CibaNotificationSender.CreateHandler(CibaNotificationSenderOptions)"/> when
/// no address of the endpoint's host is allowed; <see cref="HttpClient"/> wraps it in an <see cref="HttpRequestException"/>
/// and the sender reports it as a refusal.
/// </summary>
internal sealed class NotificationDestinationRefusedException : IOException
{
    public NotificationDestinationRefusedException()
    {
    }

    public NotificationDestinationRefusedException(string message)
        : base(message)
    {
    }

    public NotificationDestinationRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The refusal among <paramref name="exception"/> and its inner exceptions, or null.</summary>
    public static NotificationDestinationRefusedException? Find(Exception? exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NotificationDestinationRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
