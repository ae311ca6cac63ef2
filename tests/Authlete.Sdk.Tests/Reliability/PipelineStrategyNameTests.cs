using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// Each strategy of the resilience pipeline has a stable name in Polly's telemetry (its log events and the
/// <c>strategy_name</c> tag of its metrics), so that operators can filter retries, timeouts and circuit changes of the
/// Authlete client (docs/reliability.md, "The pipeline").
/// </summary>
public sealed class PipelineStrategyNameTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"ok","action":"VALID"}""";
    private const string ServerError = """{"resultCode":"A001101","resultMessage":"[A001101] Authlete Server error."}""";
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    [Theory]
    [InlineData("a retry", "OnRetry", "authlete-retry")]
    [InlineData("an attempt timeout", "OnTimeout", "authlete-attempt-timeout")]
    [InlineData("a total timeout", "OnTimeout", "authlete-total-timeout")]
    [InlineData("an opened circuit", "OnCircuitOpened", "authlete-circuit-breaker")]
    public async Task Polly_reports_the_event_under_the_strategy_name(string scenario, string eventName, string strategyName)
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            switch (scenario)
            {
                case "a retry" when number == 1:
                    context.Response.Headers.RetryAfter = "0";
                    await FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"busy"}""");
                    break;
                case "an attempt timeout" or "a total timeout":
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    break;
                case "an opened circuit":
                    await FaultServer.Respond(context, 500, ServerError);
                    break;
                default:
                    await FaultServer.Respond(context, 200, Valid);
                    break;
            }
        });
        await using LoopbackClient client = LoopbackClient.Create(
            server.Address,
            o =>
            {
                o.Resilience.AttemptTimeout = scenario == "a total timeout" ? TimeSpan.FromSeconds(30) : TimeSpan.FromSeconds(1);
                o.Resilience.TotalTimeout = scenario == "a total timeout" ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(30);
                o.Resilience.CircuitBreakerMinimumThroughput = 3;
                o.Resilience.CircuitBreakerFailureRatio = 0.5;
            },
            logs: logs);

        for (int i = 0; i < (scenario == "an opened circuit" ? 3 : 1); i++)
        {
            try
            {
                await client.Api.DeviceVerificationAsync(Request).WaitAsync(TimeSpan.FromSeconds(15));
            }
            catch (AuthleteApiException)
            {
                // The failure itself is tested elsewhere (FaultInjectionTests); here only the event's name matters.
            }
        }

        logs.Entries
            .Where(e => e.Category == "Polly" && Equals(e.Field("EventName"), eventName))
            .Select(e => e.Field("StrategyName"))
            .Should().Contain(strategyName);
    }
}
