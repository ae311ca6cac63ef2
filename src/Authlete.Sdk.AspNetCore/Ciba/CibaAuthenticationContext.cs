namespace Authlete.Sdk.AspNetCore;

/// <summary>
/// What the authorization server knows about an accepted CIBA request when it starts to authenticate the end-user on
/// their authentication device (given to <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/>).
/// </summary>
public sealed class CibaAuthenticationContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="user">The identified end-user.</param>
    /// <param name="request">The <c>/backchannel/authentication</c> answer (scopes, binding message, client, delivery mode...).</param>
    /// <param name="issue">The <c>/backchannel/authentication/issue</c> answer (<c>auth_req_id</c>, lifetime).</param>
    public CibaAuthenticationContext(CibaUser user, BackchannelAuthenticationResponse request, BackchannelAuthenticationIssueResponse issue)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(issue);
        User = user;
        Request = request;
        Issue = issue;
    }

    /// <summary>The identified end-user.</summary>
    public CibaUser User { get; }

    /// <summary>The <c>/backchannel/authentication</c> answer: scopes, ACRs, binding message, client, delivery mode.</summary>
    public BackchannelAuthenticationResponse Request { get; }

    /// <summary>The <c>/backchannel/authentication/issue</c> answer.</summary>
    public BackchannelAuthenticationIssueResponse Issue { get; }

    /// <summary>The ticket to pass to <see cref="CibaCompleteService.CompleteAsync(string, string, BackchannelAuthenticationCompleteResult, CancellationToken)"/> once the user decided.</summary>
    public string Ticket => Request.Ticket ?? string.Empty;

    /// <summary>The <c>auth_req_id</c> the client received.</summary>
    public string? AuthReqId => Issue.AuthReqId;

    /// <summary>The client's token delivery mode (poll, ping or push).</summary>
    public DeliveryMode? DeliveryMode => Request.DeliveryMode;

    /// <summary>The <c>binding_message</c> to show on the authentication device, if any.</summary>
    public string? BindingMessage => Request.BindingMessage;

    /// <summary>When the <c>auth_req_id</c> expires, computed from <c>expires_in</c> at the time of the issue.</summary>
    public DateTimeOffset ExpiresAt { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>
    /// The key of the keyed Authlete client the request came through (an endpoint mapped with <c>WithAuthleteClient(key)</c>),
    /// or null for the default client. Complete the request through the same one:
    /// <c>GetRequiredKeyedService&lt;ICibaCompleteService&gt;(ServiceKey)</c> when it is set.
    /// </summary>
    public string? ServiceKey { get; init; }
}
