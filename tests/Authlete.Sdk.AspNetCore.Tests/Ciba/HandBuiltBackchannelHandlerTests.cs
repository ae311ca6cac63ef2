using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.AspNetCore.Tests.Ciba;

/// <summary>
/// A backchannel authentication handler built by hand, outside <c>AddAuthleteAspNetCore</c> (no tracker of background
/// work): the device is still contacted in the background, and that work is cancelled when the application stops.
/// </summary>
public sealed class HandBuiltBackchannelHandlerTests
{
    private sealed class Lifetime : IHostApplicationLifetime, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new();

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => _stopping.Token;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => _stopping.Cancel();

        public void Dispose() => _stopping.Dispose();
    }

    private sealed class Devices : IBackchannelAuthenticationHandlerSpi
    {
        public TaskCompletionSource<CancellationToken> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
            => Task.FromResult<CibaUserIdentification>(new CibaUser("user-alice"));

        public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<BackchannelAuthenticationFailReason?> ValidateRequestAsync(CibaUser user, BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
            => Task.FromResult<BackchannelAuthenticationFailReason?>(null);

        public async Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
        {
            Started.SetResult(cancellationToken);
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Stopped.SetResult();
                throw;
            }
        }
    }

    [Fact]
    public async Task The_device_is_contacted_in_the_background_and_that_work_stops_with_the_application()
    {
        using var authlete = new FakeAuthlete();
        authlete.AddClient(new FakeClient { ClientId = 42, ClientIdAlias = "bank-app", ClientSecret = "s3cret", DeliveryMode = DeliveryMode.Poll });
        var devices = new Devices();
        await using ServiceProvider services = new ServiceCollection().AddSingleton<IBackchannelAuthenticationHandlerSpi>(devices).BuildServiceProvider();
        using var lifetime = new Lifetime();
        var handler = new BackchannelAuthenticationHandler(authlete, devices, services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new AuthleteAspNetCoreOptions { CompleteOnStartFailure = false }), NullLogger<BackchannelAuthenticationHandler>.Instance, lifetime);
        byte[] form = Encoding.ASCII.GetBytes("scope=openid&login_hint=alice");
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        context.Request.ContentLength = form.Length;
        context.Request.Body = new MemoryStream(form);
        context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("bank-app:s3cret"));

        AuthleteResult answer = await handler.HandleAsync(context);

        answer.StatusCode.Should().Be(200, answer.Content);
        CancellationToken stopping = await devices.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        stopping.CanBeCanceled.Should().BeTrue("the work is tied to the application's lifetime");
        lifetime.StopApplication();
        await devices.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
