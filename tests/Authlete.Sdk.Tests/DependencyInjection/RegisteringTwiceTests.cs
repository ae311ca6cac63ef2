using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Tests.DependencyInjection;

/// <summary>A second <c>AddAuthleteClient</c> reconfigures the same client: one pipeline, the later settings win.</summary>
public sealed class RegisteringTwiceTests
{
    [Fact]
    public async Task A_second_registration_reconfigures_without_stacking_a_second_pipeline()
    {
        await using FaultServer server = await FaultServer.StartAsync((context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";   // a refusal that proves the call was not processed: retried
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = server.Address;
                o.AllowInsecureHttp = true;
                o.ServiceId = "1";
                o.ServiceAccessToken = "first";
                o.Resilience.MaxRetryAttempts = 2;
                o.Resilience.RetryBaseDelay = TimeSpan.FromMilliseconds(1);
            });
        IHttpClientBuilder again = services.AddAuthleteClient(o => o.ServiceAccessToken = "second");
        await using ServiceProvider provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<AuthleteApiException>(() =>
            provider.GetRequiredService<IAuthleteApi>().DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" }));

        server.Requests.Should().Be(3, "one pipeline: the first attempt and two retries, not 3 x 3");
        provider.GetRequiredService<IOptions<AuthleteOptions>>().Value.ServiceAccessToken.Should().Be("second");
        again.Name.Should().Be(services.AddAuthleteClient(o => { }).Name);
        services.Count(d => d.ServiceType == typeof(ICibaNotificationSender)).Should().Be(1);
    }
}
