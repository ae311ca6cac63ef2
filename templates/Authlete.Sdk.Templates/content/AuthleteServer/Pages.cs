using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace AuthleteServer;

/// <summary>The user's pages: the device verification page (RFC 8628 §3.3) and the CIBA approval page.</summary>
public static class Pages
{
    /// <summary>Maps <c>GET /device[?user_code=...]</c> (enter the code, then consent) and <c>POST /device</c> (the decision).</summary>
    /// <param name="app">The endpoint builder.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapDevicePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/device", async ([FromQuery(Name = "user_code")] string? userCode, HttpContext http,
            IDeviceVerificationService verification, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (Users.SignedIn(http) is null)
            {
                return Results.Unauthorized();
            }

            if (string.IsNullOrWhiteSpace(userCode))
            {
                return Page(Html.EnterCode(error: null));
            }

            userCode = Normalize(userCode);
            DeviceVerificationOutcome check = await verification.VerifyAsync(userCode, ct);   // Authlete /device/verification
            return check.Action switch
            {
                DeviceVerificationActionKind.Valid => Page(Html.DeviceConsent(userCode, check.Response!.ClientName ?? "An application",
                    check.Response.Scopes?.Select(s => s.Name ?? "").ToArray() ?? [], antiforgery.GetAndStoreTokens(http))),
                DeviceVerificationActionKind.Expired => Page(Html.Message("expired", "That code has expired. Start again on your device."), 400),
                DeviceVerificationActionKind.NotExist => Page(Html.EnterCode(error: "That code is not valid. Check it and try again."), 404),
                _ => Page(Html.Message("error", "Something went wrong. Try again later."), 500),
            };
        });

        // Form binding makes ASP.NET Core check the antiforgery token first.
        app.MapPost("/device", async ([FromForm(Name = "user_code")] string userCode, [FromForm(Name = "decision")] string decision,
            HttpContext http, IDeviceVerificationService verification, CancellationToken ct) =>
        {
            if (Users.SignedIn(http) is not { } subject)
            {
                return Results.Unauthorized();
            }

            if (Decision(decision) is not { } approved)
            {
                return Results.BadRequest();
            }

            DeviceCompleteOutcome done = await verification.CompleteAsync(Normalize(userCode), subject,
                approved ? DeviceCompleteResult.Authorized : DeviceCompleteResult.AccessDenied, ct);   // Authlete /device/complete
            return done.Action switch
            {
                DeviceCompleteActionKind.Success => Page(approved
                    ? Html.Message("approved", "Done: return to your device.")
                    : Html.Message("denied", "Denied: the device gets no access.")),
                DeviceCompleteActionKind.UserCodeExpired => Page(Html.Message("expired", "That code has expired. Start again on your device."), 400),
                DeviceCompleteActionKind.UserCodeNotExist => Page(Html.EnterCode(error: "That code is not valid any more."), 404),
                _ => Page(Html.Message("error", "Something went wrong. Try again later."), 500),
            };
        });
        return app;
    }

    /// <summary>Maps <c>GET /ciba</c> (the signed-in user's pending CIBA requests) and <c>POST /ciba</c> (the decision on one).</summary>
    /// <param name="app">The endpoint builder.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapCibaApprovalPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ciba", (HttpContext http, PendingCibaRequests pending, IAntiforgery antiforgery) =>
            Users.SignedIn(http) is { } subject
                ? Page(Html.CibaRequests(pending.For(subject), antiforgery.GetAndStoreTokens(http)))
                : Results.Unauthorized());

        app.MapPost("/ciba", async ([FromForm(Name = "id")] string id, [FromForm(Name = "decision")] string decision,
            HttpContext http, PendingCibaRequests pending, ICibaCompleteService completion, CancellationToken ct) =>
        {
            if (Users.SignedIn(http) is not { } subject)
            {
                return Results.Unauthorized();
            }

            if (Decision(decision) is not { } approved)
            {
                return Results.BadRequest();
            }

            if (pending.Take(subject, id) is not { } request)
            {
                return Page(Html.Message("unknown", "That request is not pending any more."), 404);
            }

            // Authlete /backchannel/authentication/complete, then (ping and push clients) the client notification.
            CibaCompleteOutcome outcome = await completion.CompleteAsync(request.Ticket, subject,
                approved ? BackchannelAuthenticationCompleteResult.Authorized : BackchannelAuthenticationCompleteResult.AccessDenied, ct);
            return outcome.Succeeded
                ? Page(Html.Message(approved ? "approved" : "denied", approved ? "Approved: the application gets access." : "Denied."))
                : Page(Html.Message("error", "Something went wrong. Try again later."), 502);
        });
        return app;
    }

    // The form's two buttons; anything else is a bad request, not a decision.
    private static bool? Decision(string decision) => decision switch
    {
        "approve" => true,
        "deny" => false,
        _ => null,
    };

    // RFC 8628 §6.1: be lenient with what people type; Authlete's user codes are upper case.
    private static string Normalize(string userCode) => userCode.Trim().ToUpperInvariant();

    private static IResult Page(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
