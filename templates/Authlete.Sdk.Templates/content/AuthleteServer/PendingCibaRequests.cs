using System.Collections.Concurrent;
using System.Security.Cryptography;
using Authlete.Sdk.AspNetCore;

namespace AuthleteServer;

/// <summary>A CIBA request waiting for its user's decision.</summary>
/// <param name="Id">This server's handle of the request (never Authlete's ticket).</param>
/// <param name="Subject">The user asked.</param>
/// <param name="ClientName">The client asking.</param>
/// <param name="Scopes">The scopes asked for.</param>
/// <param name="BindingMessage">The text the client also shows, so that the user can match the two.</param>
/// <param name="ExpiresAt">When the request expires.</param>
/// <param name="Ticket">Authlete's ticket, to complete the request; never shown.</param>
public sealed record PendingCibaRequest(
    string Id, string Subject, string ClientName, IReadOnlyList<string> Scopes, string? BindingMessage, DateTimeOffset ExpiresAt, string Ticket)
{
    /// <summary>Without the ticket.</summary>
    /// <returns>The request's handle, user and client.</returns>
    public override string ToString() => $"{Id} ({ClientName} → {Subject})";
}

/// <summary>
/// The CIBA requests waiting for a decision, in memory. A real server sends each to the user's authentication device
/// (a push message to their phone app) and keeps them where all its instances see them.
/// </summary>
public sealed class PendingCibaRequests
{
    private readonly ConcurrentDictionary<string, PendingCibaRequest> _pending = new(StringComparer.Ordinal);

    /// <summary>Lists a new request for its user.</summary>
    /// <param name="context">What <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/> receives.</param>
    /// <returns>The pending request.</returns>
    public PendingCibaRequest Add(CibaAuthenticationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = new PendingCibaRequest(
            RandomNumberGenerator.GetHexString(16, lowercase: true),
            context.User.Subject,
            context.Request.ClientName ?? "An application",
            context.Request.Scopes?.Select(s => s.Name ?? "").ToArray() ?? [],
            context.BindingMessage,
            context.ExpiresAt,
            context.Ticket);
        _pending[pending.Id] = pending;
        return pending;
    }

    /// <summary>The user's requests that have not expired, oldest first.</summary>
    /// <param name="subject">The user.</param>
    /// <returns>The requests.</returns>
    public IReadOnlyList<PendingCibaRequest> For(string subject)
    {
        foreach (PendingCibaRequest expired in _pending.Values.Where(p => p.ExpiresAt <= DateTimeOffset.UtcNow))
        {
            _pending.TryRemove(expired.Id, out _);
        }

        return [.. _pending.Values.Where(p => p.Subject == subject).OrderBy(p => p.ExpiresAt)];
    }

    /// <summary>Removes and returns the user's request, once.</summary>
    /// <param name="subject">The user.</param>
    /// <param name="id">The request's handle.</param>
    /// <returns>The request, or null when it is not (or no longer) pending for this user.</returns>
    public PendingCibaRequest? Take(string subject, string id)
        => _pending.TryGetValue(id, out PendingCibaRequest? pending) && pending.Subject == subject && _pending.TryRemove(id, out pending)
            ? pending
            : null;
}
