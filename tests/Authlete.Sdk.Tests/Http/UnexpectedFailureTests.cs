using System.Diagnostics;
using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Http;

/// <summary>An exception that is none of the SDK's outcomes (thrown by a host's own handler, say) is still a logged, traced failure.</summary>
public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task An_unexpected_exception_propagates_and_is_logged_and_traced_as_a_failure()
    {
        var logs = new CapturingLoggerProvider();
        var activities = new List<Activity>();
        using var root = new Activity("unexpected").Start();
        ActivityTraceId trace = root.TraceId;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AuthleteDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == trace)
                {
                    lock (activities)
                    {
                        activities.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using FaultServer server = await FaultServer.StartAsync(200, """{"action":"VALID"}""");
        await using LoopbackClient client = LoopbackClient.Create(
            server.Address, logs: logs, configureClient: builder => builder.AddHttpMessageHandler(() => new Throwing()));

        await Assert.ThrowsAsync<NotImplementedException>(() => client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "x" }));

        CapturedLog entry = logs.Entries.Should().ContainSingle(e => e.Category == typeof(AuthleteApi).FullName).Subject;
        entry.EventId.Id.Should().Be(1001);
        entry.Level.Should().Be(LogLevel.Warning);
        entry.Field("Outcome").Should().Be("error");
        entry.Exception.Should().BeOfType<NotImplementedException>();
        Activity activity = activities.Should().ContainSingle().Subject;
        activity.Status.Should().Be(ActivityStatusCode.Error);
        activity.GetTagItem("authlete.outcome").Should().Be("error");
    }

    private sealed class Throwing : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => throw new NotImplementedException("a host's handler failed");
    }
}
