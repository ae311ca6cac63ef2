using System.Globalization;

namespace Authlete.Sdk.Testing;

/// <summary>
/// A notification the fake asked the authorization server to deliver: recorded each time
/// <c>/backchannel/authentication/complete</c> answers <c>NOTIFICATION</c> (ping and push clients; see
/// <see cref="FakeAuthlete.Notifications"/>). The fake sends nothing itself; a test compares this with what the host
/// delivered to the client's notification endpoint.
/// </summary>
public sealed class FakeCibaNotification
{
    private FakeCibaNotification()
    {
    }

    /// <summary>The numeric ID of the client to notify.</summary>
    public long ClientId { get; private init; }

    /// <summary>Ping or push (as the answer gave it).</summary>
    public DeliveryMode? DeliveryMode { get; private init; }

    /// <summary>The client's notification endpoint, where the host is to POST <see cref="Content"/>.</summary>
    public string? ClientNotificationEndpoint { get; private init; }

    /// <summary>
    /// The client notification token, the bearer token of the delivery. It is a credential of the client: kept for
    /// assertions, never written by <see cref="ToString"/>.
    /// </summary>
    public string? ClientNotificationToken { get; private init; }

    /// <summary>The <c>auth_req_id</c> the notification is about.</summary>
    public string? AuthReqId { get; private init; }

    /// <summary>The JSON body to deliver (the answer's <c>responseContent</c>): <c>{"auth_req_id"}</c> for ping, the tokens or an error for push.</summary>
    public string? Content { get; private init; }

    /// <summary>When the fake answered, by its clock.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Describes the notification without its token or content, for a test's failure message.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture,
            $"{DeliveryMode?.Value ?? "?"} notification about {AuthReqId} for client {ClientId} to {ClientNotificationEndpoint}");

    internal static FakeCibaNotification From(BackchannelAuthenticationCompleteResponse response, DateTimeOffset recordedAt) => new()
    {
        ClientId = response.ClientId,
        DeliveryMode = response.DeliveryMode,
        ClientNotificationEndpoint = response.ClientNotificationEndpoint,
        ClientNotificationToken = response.ClientNotificationToken,
        AuthReqId = response.AuthReqId,
        Content = response.ResponseContent,
        RecordedAt = recordedAt,
    };
}
