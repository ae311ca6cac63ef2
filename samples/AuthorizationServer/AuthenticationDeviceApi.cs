using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// The sample's "authentication device": the small JSON API a user's phone app would call. A real one authenticates the
/// user (app sign-in, biometrics) before listing or deciding anything; this demo trusts the subject in the path.
/// </summary>
/// <remarks>
/// The requests waiting for a decision live in <see cref="ICibaPendingRequestStore"/>, shared by every instance of the
/// server (Redis when <c>Sample:Redis</c> is set): the phone may reach any instance, not only the one the client called.
/// </remarks>
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

        device.MapGet("/", async (string subject, ICibaPendingRequestStore requests, CancellationToken ct) =>
        {
            if (!DemoUsers.All.ContainsKey(subject))
            {
                return Results.NotFound();
            }

            // What the phone shows; never the ticket.
            IReadOnlyList<CibaPendingRequest> pending = await requests.ListAsync(subject, ct);
            return Results.Ok(pending.Select(p => new
            {
                p.Id,
                p.Subject,
                ClientName = p.ClientName ?? "an application",
                p.Scopes,
                p.BindingMessage,
                p.ExpiresAt,
            }));
        });

        device.MapPost("/{id}/{decision:regex(^(approve|deny)$)}", async (string subject, string id, string decision,
            ICibaPendingRequestStore requests, ICibaCompleteService completion, CancellationToken ct) =>
        {
            if (!DemoUsers.All.ContainsKey(subject) || await requests.TakeAsync(subject, id, ct) is not { } pending)
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
