using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>A CIBA request waiting for its user's decision, as their authentication device shows it.</summary>
/// <param name="Id">This server's handle of the request.</param>
/// <param name="Subject">The user asked.</param>
/// <param name="ClientName">The client asking.</param>
/// <param name="Scopes">The scopes asked for.</param>
/// <param name="BindingMessage">The text the client also shows, so the user can match the two.</param>
/// <param name="ExpiresAt">When the request expires.</param>
/// <param name="Ticket">Authlete's ticket, to complete the request; never shown.</param>
public sealed record PendingCibaRequest(
    string Id, string Subject, string ClientName, IReadOnlyList<string> Scopes, string? BindingMessage, DateTimeOffset ExpiresAt,
    [property: JsonIgnore] string Ticket);

/// <summary>Stands in for the channel to users' phones: the CIBA requests waiting for a decision.</summary>
public sealed class AuthenticationDevice
{
    private readonly ConcurrentDictionary<string, PendingCibaRequest> _pending = new(StringComparer.Ordinal);

    /// <summary>Lists a new request for its user.</summary>
    /// <param name="context">What Authlete.Sdk.AspNetCore passes to <see cref="IBackchannelAuthenticationHandlerSpi.StartAuthenticationAsync"/>.</param>
    /// <returns>The pending request.</returns>
    public PendingCibaRequest Add(CibaAuthenticationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var pending = new PendingCibaRequest(
            RandomNumberGenerator.GetHexString(16, lowercase: true),
            context.User.Subject,
            context.Request.ClientName ?? "an application",
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
    /// <param name="id">The request.</param>
    /// <returns>The request, or null when it is not (or no longer) pending for this user.</returns>
    public PendingCibaRequest? Take(string subject, string id)
        => _pending.TryGetValue(id, out PendingCibaRequest? pending) && pending.Subject == subject && _pending.TryRemove(id, out pending)
            ? pending
            : null;
}

/// <summary>
/// The sample's "authentication device": the small JSON API a user's phone app would call. A real one authenticates the
/// user (app sign-in, biometrics) before listing or deciding anything; this demo trusts the subject in the path.
/// </summary>
public static class AuthenticationDeviceApi
{
    /// <summary>
    /// Maps <c>GET /authentication-device/{subject}/requests</c> (the pending requests) and
    /// <c>POST /authentication-device/{subject}/requests/{id}/approve</c> or <c>/deny</c> (the decision).
    /// </summary>
    /// <param name="app">The endpoint builder.</param>
    /// <returns>The group's builder.</returns>
    public static RouteGroupBuilder MapAuthenticationDevice(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder device = app.MapGroup("/authentication-device/{subject}/requests");

        device.MapGet("/", (string subject, AuthenticationDevice requests)
            => DemoUsers.All.ContainsKey(subject) ? Results.Ok(requests.For(subject)) : Results.NotFound());

        device.MapPost("/{id}/{decision:regex(^(approve|deny)$)}", async (string subject, string id, string decision,
            AuthenticationDevice requests, ICibaCompleteService completion, CancellationToken ct) =>
        {
            if (requests.Take(subject, id) is not { } pending)
            {
                return Results.NotFound();
            }

            // Authlete.Sdk.AspNetCore: /backchannel/authentication/complete, then (ping, push) the client notification.
            CibaCompleteOutcome outcome = await completion.CompleteAsync(pending.Ticket, subject,
                decision == "approve" ? BackchannelAuthenticationCompleteResult.Authorized : BackchannelAuthenticationCompleteResult.AccessDenied, ct);
            return Results.Json(new { result = outcome.Status.ToString() },
                statusCode: outcome.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status502BadGateway);
        });
        return device;
    }
}
