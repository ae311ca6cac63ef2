using Authlete.Sdk;
using Authlete.Sdk.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Authlete.Samples.AuthorizationServer;

/// <summary>
/// The device flow verification page (RFC 8628 §3.3): the user enters the code their device shows, sees which client asks
/// for what, and approves or denies. Each page's <c>&lt;main data-page="..."&gt;</c> names it: <c>enter-code</c>,
/// <c>consent</c>, <c>approved</c>, <c>denied</c>, <c>expired</c>, <c>invalid</c>, <c>error</c>.
/// </summary>
public static class DeviceVerificationPage
{
    /// <summary>The page's path; the embedded fake's <c>verification_uri</c> points here.</summary>
    public const string Path = "/device";

    /// <summary>Maps <c>GET /device[?user_code=...]</c> (enter the code, then consent) and <c>POST /device</c> (the decision).</summary>
    /// <param name="app">The endpoint builder.</param>
    /// <returns>The endpoint builder.</returns>
    public static IEndpointRouteBuilder MapDeviceVerificationPage(this IEndpointRouteBuilder app)
    {
        // GET: without a code, the form to enter one; with a code (typed in, or from verification_uri_complete), the
        // consent page. Looking a code up changes nothing, so GET is right; the decision is a POST.
        app.MapGet(Path, async ([FromQuery(Name = "user_code")] string? userCode, HttpContext http,
            IDeviceVerificationService verification, IAntiforgery antiforgery, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(userCode))
            {
                return Page(Html.EnterCode(error: null));
            }

            userCode = Normalize(userCode);
            DeviceVerificationOutcome check = await verification.VerifyAsync(userCode, ct);   // /device/verification
            return check.Action switch
            {
                DeviceVerificationActionKind.Valid => Page(Html.Consent(userCode, check.Response!.ClientName ?? "An application",
                    check.Response.Scopes?.Select(s => s.Name ?? "").ToArray() ?? [],
                    DemoUsers.All[DemoUsers.SignedInUser], antiforgery.GetAndStoreTokens(http))),
                DeviceVerificationActionKind.Expired => Page(Html.Expired()),
                DeviceVerificationActionKind.NotExist => Page(Html.EnterCode(error: "That code is not valid. Check it and try again."), 404),
                _ => Page(Html.Error(), 500),
            };
        });

        // POST: the decision. Form binding makes ASP.NET Core check the antiforgery token first.
        app.MapPost(Path, async ([FromForm(Name = "user_code")] string userCode, [FromForm(Name = "decision")] string decision,
            IDeviceVerificationService verification, CancellationToken ct) =>
        {
            bool approved = decision == "approve";
            DeviceCompleteOutcome done = await verification.CompleteAsync(Normalize(userCode), DemoUsers.SignedInUser,
                approved ? DeviceCompleteResult.Authorized : DeviceCompleteResult.AccessDenied, ct);   // /device/complete
            return done.Action switch
            {
                DeviceCompleteActionKind.Success => Page(approved ? Html.Approved() : Html.Denied()),
                DeviceCompleteActionKind.UserCodeExpired => Page(Html.Expired()),
                DeviceCompleteActionKind.UserCodeNotExist => Page(Html.EnterCode(error: "That code is not valid any more. Start again on your device."), 404),
                _ => Page(Html.Error(), 500),
            };
        });
        return app;
    }

    // RFC 8628 §6.1: be lenient with what people type; Authlete's user codes are upper case.
    private static string Normalize(string userCode) => userCode.Trim().ToUpperInvariant();

    private static IResult Page(string html, int status = 200) => Results.Content(html, "text/html; charset=utf-8", statusCode: status);
}
