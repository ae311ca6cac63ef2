using Authlete.Sdk.Testing.Ciba;

namespace Authlete.Sdk.Testing;

/// <summary>What a test reads of the CIBA state: the pending requests and the notifications to deliver.</summary>
public sealed partial class FakeAuthlete
{
    private readonly List<FakeCibaNotification> _notifications = [];
    private long _cibaSequence;

    /// <summary>
    /// The CIBA requests the end-user has not decided yet, oldest first: every ticket <c>/backchannel/authentication</c>
    /// gave that neither <c>/backchannel/authentication/fail</c> nor <c>/backchannel/authentication/complete</c> has
    /// ended (expired ones included; see <see cref="FakeCibaRequest.ExpiresAt"/>). A test acting as the user's
    /// authentication device reads the ticket, hint and binding message here. A new snapshot at each read.
    /// </summary>
    public IReadOnlyList<FakeCibaRequest> PendingCibaRequests
    {
        get
        {
            lock (_gate)
            {
                return _cibaByTicket.Values
                    .Where(t => !t.Failed && t.Decision is null)
                    .OrderBy(t => t.Sequence)
                    .Select(FakeCibaRequest.From)
                    .ToList();
            }
        }
    }

    /// <summary>
    /// The notifications the fake asked the host to deliver, oldest first: one each time
    /// <c>/backchannel/authentication/complete</c> answered <c>NOTIFICATION</c> (ping and push clients, a scripted
    /// answer included); poll clients get none. A new snapshot at each read.
    /// </summary>
    public IReadOnlyList<FakeCibaNotification> Notifications
    {
        get
        {
            lock (_gate)
            {
                return _notifications.ToList();
            }
        }
    }

    /// <summary>Records the notification of a complete answer, whether processed or scripted.</summary>
    internal void RecordNotification(BackchannelAuthenticationCompleteResponse response)
    {
        if (response.Action != BackchannelAuthenticationCompleteAction.Notification)
        {
            return;
        }

        FakeCibaNotification notification = FakeCibaNotification.From(response, Now);
        lock (_gate)
        {
            _notifications.Add(notification);
        }
    }

    private long NextCibaSequence() => Interlocked.Increment(ref _cibaSequence);
}
