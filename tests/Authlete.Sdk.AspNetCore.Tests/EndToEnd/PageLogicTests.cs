using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.EndToEnd;

/// <summary>
/// A host's page logic is unit-tested with test doubles of the services it calls (<see cref="IDeviceVerificationService"/>,
/// <see cref="ICibaCompleteService"/>), with no Authlete, fake or real, underneath.
/// </summary>
public sealed class PageLogicTests
{
    [Theory]
    [InlineData(DeviceVerificationActionKind.Valid, "Allow Stub TV to access your account?")]
    [InlineData(DeviceVerificationActionKind.Expired, "This code has expired")]
    [InlineData(DeviceVerificationActionKind.NotExist, "Unknown code")]
    [InlineData(DeviceVerificationActionKind.InternalServerError, "Something went wrong")]
    [InlineData(DeviceVerificationActionKind.Unknown, "Something went wrong")]
    public async Task The_verification_page_shows_each_outcome_of_a_stubbed_service(DeviceVerificationActionKind action, string shown)
    {
        await using WebApplication app = SampleHost.Build(new NoAuthlete(), services => services.AddScoped<IDeviceVerificationService>(
            _ => new StubVerification(new DeviceVerificationOutcome(action, new DeviceVerificationResponse { ClientName = "Stub TV" }))));
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = Support.TestHost.AddressOf(app) };

        using HttpResponseMessage page = await client.PostAsync("/device?user_code=WDJB-MJHT", null);

        (await page.Content.ReadAsStringAsync()).Should().Contain(shown);
    }

    [Fact]
    public async Task The_device_decision_reports_a_stubbed_cibacomplete_outcome()
    {
        await using WebApplication app = SampleHost.Build(new NoAuthlete(), services => services.AddScoped<ICibaCompleteService>(
            _ => new StubComplete(new CibaCompleteOutcome(CibaCompleteStatus.NotificationFailed, null, null))));
        await app.StartAsync();
        app.Services.GetRequiredService<SampleHost.AuthenticationDevices>().Pending["alice"] = "ticket-1";
        using var client = new HttpClient { BaseAddress = Support.TestHost.AddressOf(app) };

        using HttpResponseMessage decided = await client.PostAsync("/my-device/alice/decision?approve=true", null);

        (await decided.Content.ReadAsStringAsync()).Should().Be("NotificationFailed");
    }

    private sealed class StubVerification(DeviceVerificationOutcome outcome) : IDeviceVerificationService
    {
        public Task<DeviceVerificationOutcome> VerifyAsync(string userCode, CancellationToken cancellationToken = default) => Task.FromResult(outcome);

        public Task<DeviceCompleteOutcome> CompleteAsync(string userCode, string subject, DeviceCompleteResult result, CancellationToken cancellationToken = default)
            => throw new NotSupportedException();

        public Task<DeviceCompleteOutcome> CompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
            => throw new NotSupportedException();
    }

    private sealed class StubComplete(CibaCompleteOutcome outcome) : ICibaCompleteService
    {
        public Task<CibaCompleteOutcome> CompleteAsync(string ticket, string subject, BackchannelAuthenticationCompleteResult result, CancellationToken cancellationToken = default)
            => Task.FromResult(outcome);

        public Task<CibaCompleteOutcome> CompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(outcome);
    }

    /// <summary>Fails the test if anything reaches Authlete.</summary>
    private sealed class NoAuthlete : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new InvalidOperationException("The page logic must not call Authlete: " + request.RequestUri);
    }
}
