using HttpResults = Microsoft.AspNetCore.Http.Results;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// A whole CIBA (poll, ping, push) and device flow authorization server: the registration calls, plus the parts only the
/// host can supply: its users, its authentication device channel, and its verification page.
/// </summary>
public static class SampleHost
{
    public static WebApplication Build(HttpMessageHandler authlete, Action<IServiceCollection>? services = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthleteClient(o => { o.ServiceId = "1234"; o.ServiceAccessToken = "service-token"; })
            .ConfigurePrimaryHttpMessageHandler(() => authlete);
        builder.Services.Configure<CibaNotificationSenderOptions>(o =>
        {
            o.AllowInsecureHttp = true;                 // the test client is http
            o.AllowedNetworks.Add("127.0.0.0/8");       // and on loopback
        });
        builder.Services.AddSingleton<AuthenticationDevices>();
        builder.Services.AddAuthleteCiba<DemoUsers>();
        services?.Invoke(builder.Services);

        WebApplication app = builder.Build();
        app.MapAuthleteCiba();          // POST /backchannel/authentication
        app.MapAuthleteDeviceFlow();    // POST /device_authorization
        app.MapAuthleteToken();         // POST /token

        // The user's authentication device: fetches its pending request, then approves or denies it.
        app.MapGet("/my-device/{subject}", (string subject, AuthenticationDevices devices)
            => devices.Pending.TryGetValue(subject, out string? ticket) ? HttpResults.Text(ticket) : HttpResults.NotFound());
        app.MapPost("/my-device/{subject}/decision", async (string subject, bool approve, AuthenticationDevices devices, ICibaCompleteService completion) =>
        {
            if (!devices.Pending.TryRemove(subject, out string? ticket))
            {
                return HttpResults.NotFound();
            }

            CibaCompleteOutcome outcome = await completion.CompleteAsync(ticket, subject,
                approve ? BackchannelAuthenticationCompleteResult.Authorized : BackchannelAuthenticationCompleteResult.AccessDenied);
            return HttpResults.Text(outcome.Status.ToString());
        });

        // The device flow verification page (a signed-in user; here "alice").
        app.MapPost("/device", async (string user_code, IDeviceVerificationService verification) =>
        {
            DeviceVerificationOutcome outcome = await verification.VerifyAsync(user_code);
            return HttpResults.Content(outcome.Action switch
            {
                DeviceVerificationActionKind.Valid => $"<p>Allow {outcome.Response!.ClientName} to access your account?</p>",
                DeviceVerificationActionKind.Expired => "<p>This code has expired. Start again on your device.</p>",
                DeviceVerificationActionKind.NotExist => "<p>Unknown code. Check it and try again.</p>",
                _ => "<p>Something went wrong. Start again on your device.</p>",
            }, "text/html");
        });
        app.MapPost("/device/decision", async (string user_code, bool approve, IDeviceVerificationService verification) =>
        {
            DeviceCompleteOutcome outcome = await verification.CompleteAsync(user_code, "alice",
                approve ? DeviceCompleteResult.Authorized : DeviceCompleteResult.AccessDenied);
            return HttpResults.Text(outcome.Action.ToString());
        });
        return app;
    }

    /// <summary>Stands in for the channel to users' phones: pending CIBA tickets per subject.</summary>
    public sealed class AuthenticationDevices
    {
        public ConcurrentDictionary<string, string> Pending { get; } = new();
    }

    private sealed class DemoUsers(AuthenticationDevices devices) : IBackchannelAuthenticationHandlerSpi
    {
        public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
            => Task.FromResult<CibaUserIdentification>(request.Hint is "alice" or "bob" ? new CibaUser(request.Hint) : null);

        public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken)
            => Task.FromResult(userCode == "1234");

        public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
        {
            devices.Pending[context.User.Subject] = context.Ticket; // a real host sends a push message here
            return Task.CompletedTask;
        }
    }
}
