using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// The resilience pipeline's own log events stay out of the way: a successful call logs nothing above Debug, and a call
/// that fails after its retries logs a bounded handful of entries (each retry, and the SDK's own failure event).
/// </summary>
public sealed class PipelineLogTests
{
    [Fact]
    public async Task A_successful_call_logs_nothing_above_debug()
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(200, """{"action":"VALID"}""");
        await using LoopbackClient client = LoopbackClient.Create(server.Address, logs: logs);

        await client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" });

        logs.Entries.Should().NotBeEmpty("the pipeline and the SDK log at Debug")
            .And.OnlyContain(e => e.Level <= LogLevel.Debug, "a successful call is not news");
    }

    [Fact]
    public async Task An_unreachable_authlete_logs_each_retry_and_one_failure()
    {
        var logs = new CapturingLoggerProvider();
        await using LoopbackClient client = LoopbackClient.Create(FaultServer.UnusedAddress(), logs: logs);

        await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" }));

        CapturedLog[] loud = logs.Entries.Where(e => e.Level > LogLevel.Debug).ToArray();
        loud.Should().HaveCount(3, "two retries (MaxRetryAttempts = 2) and the SDK's failure, not every attempt again");
        loud.Count(e => e.Category == typeof(AuthleteApi).FullName && e.EventId.Id == 1001).Should().Be(1);
        loud.Where(e => e.Category == "Polly").Should().OnlyContain(e => e.Message.Contains("OnRetry", StringComparison.Ordinal));
    }
}
