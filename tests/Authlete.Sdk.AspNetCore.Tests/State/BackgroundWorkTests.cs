using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Authlete.Sdk.AspNetCore.Tests.State;

/// <summary>The CIBA start runs after the answer; a graceful stop waits for it, up to the host's shutdown timeout.</summary>
public sealed class BackgroundWorkTests
{
    private const string Form = "scope=openid&login_hint=alice";

    private static FakeAuthlete Authlete()
    {
        var authlete = new FakeAuthlete();
        authlete.AddClient(new FakeClient { ClientId = 42, ClientIdAlias = "bank-app", ClientSecret = "s3cret", DeliveryMode = DeliveryMode.Poll });
        return authlete;
    }

    [Fact]
    public async Task A_graceful_stop_waits_for_the_CIBA_start_it_does_not_cancel()
    {
        var device = new GatedDevice();
        TestHost host = await TestHost.StartAsync(Authlete(), s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(device));
        try
        {
            using HttpResponseMessage accepted = await host.PostFormAsync("/backchannel/authentication", Form, basic: "bank-app:s3cret");
            ((int)accepted.StatusCode).Should().Be(200);
            await device.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

            Task stop = host.App.StopAsync();
            await Task.Delay(300);
            stop.IsCompleted.Should().BeFalse("the start of the user's authentication is still running");

            device.Gate.SetResult();
            await stop.WaitAsync(TimeSpan.FromSeconds(10));
            (await device.Finished.Task).Should().BeFalse("the work was drained, not cancelled");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Work_still_running_at_the_shutdown_timeout_is_cancelled_and_logged()
    {
        var device = new GatedDevice();
        TestHost host = await TestHost.StartAsync(Authlete(), s =>
        {
            s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(device);
            s.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(400));
        }, options: o => o.CompleteOnStartFailure = false);
        try
        {
            using HttpResponseMessage accepted = await host.PostFormAsync("/backchannel/authentication", Form, basic: "bank-app:s3cret");
            await device.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

            await host.App.StopAsync().WaitAsync(TimeSpan.FromSeconds(10));

            (await device.Finished.Task.WaitAsync(TimeSpan.FromSeconds(10))).Should().BeTrue("the device call saw its token cancelled");
            host.LogsWithId(2012).Should().ContainSingle().Which.Message.Should().Contain("1 piece(s)");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    /// <summary>An authentication device that answers when the test lets it, and tells whether it was cancelled.</summary>
    private sealed class GatedDevice : IBackchannelAuthenticationHandlerSpi
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<bool> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
            => Task.FromResult<CibaUserIdentification>(new CibaUser("alice"));

        public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken) => Task.FromResult(true);

        public async Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken)
        {
            Entered.SetResult();
            try
            {
                await Gate.Task.WaitAsync(cancellationToken);
                Finished.SetResult(false);
            }
            catch (OperationCanceledException)
            {
                Finished.SetResult(true);
                throw;
            }
        }
    }
}
