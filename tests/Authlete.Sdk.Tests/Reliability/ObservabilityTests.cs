using System.Diagnostics;
using System.Diagnostics.Metrics;
using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// Log events, traces and metrics of real calls over loopback. Tests run in parallel and the activity source and meter
/// are process-wide, so each test keeps only its own data: activities of its own trace, measurements made in its own
/// async flow.
/// </summary>
public sealed class ObservabilityTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"[A220001] The user code is valid.","action":"VALID"}""";
    private const string Tls = """{"resultCode":"A001201","resultMessage":"[A001201] TLS must be used."}""";
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    [Fact]
    public async Task A_successful_call_logs_event_1000_with_api_status_result_code_and_duration()
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(200, Valid);
        await using LoopbackClient client = LoopbackClient.Create(server.Address, logs: logs);

        await client.Api.DeviceVerificationAsync(Request);

        CapturedLog entry = logs.Entries.Should().ContainSingle(e => e.Category == typeof(AuthleteApi).FullName).Subject;
        entry.EventId.Id.Should().Be(1000);
        entry.EventId.Name.Should().Be("AuthleteApiCalled");
        entry.Level.Should().Be(LogLevel.Debug);
        entry.Field("Api").Should().Be("device/verification");
        entry.Field("Status").Should().Be(200);
        entry.Field("ResultCode").Should().Be("A220001");
        entry.Field("ElapsedMs").Should().BeOfType<double>().Which.Should().BeGreaterThanOrEqualTo(0);
        entry.Exception.Should().BeNull();
        entry.Message.Should().Contain("device/verification").And.Contain("200").And.Contain("A220001");
    }

    [Theory]
    [InlineData("error", 400)]
    [InlineData("timeout", 0)]
    [InlineData("invalid_response", 200)]
    [InlineData("connection_error", 0)]
    public async Task A_failed_call_logs_event_1001_with_its_outcome(string outcome, int status)
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            switch (outcome)
            {
                case "error":
                    await FaultServer.Respond(context, 400, Tls);
                    break;
                case "timeout":
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    break;
                case "invalid_response":
                    await FaultServer.Respond(context, 200, "{\"action\":");
                    break;
            }
        });
        Uri address = outcome == "connection_error" ? FaultServer.UnusedAddress() : server.Address;
        await using LoopbackClient client = LoopbackClient.Create(
            address, o => o.Resilience.AttemptTimeout = outcome == "timeout" ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5), logs);

        Exception thrown = await Assert.ThrowsAnyAsync<AuthleteApiException>(() => client.Api.DeviceVerificationAsync(Request));

        CapturedLog entry = logs.Entries.Should().ContainSingle(e => e.Category == typeof(AuthleteApi).FullName).Subject;
        entry.EventId.Id.Should().Be(1001);
        entry.EventId.Name.Should().Be("AuthleteApiFailed");
        entry.Level.Should().Be(LogLevel.Warning);
        entry.Field("Api").Should().Be("device/verification");
        entry.Field("Outcome").Should().Be(outcome);
        entry.Field("Status").Should().Be(status);
        entry.Field("ResultCode").Should().Be(outcome == "error" ? "A001201" : null);
        entry.Field("ElapsedMs").Should().BeOfType<double>();
        entry.Exception.Should().BeSameAs(thrown);
    }

    [Fact]
    public async Task A_cancelled_call_logs_no_failure()
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using LoopbackClient client = LoopbackClient.Create(server.Address, logs: logs);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Api.DeviceVerificationAsync(Request, cts.Token));

        logs.Entries.Should().NotContain(e => e.Category == typeof(AuthleteApi).FullName);
    }

    [Fact]
    public async Task A_delivered_notification_logs_event_1100_with_host_and_status()
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(204, string.Empty);
        await using LoopbackClient client = LoopbackClient.Create(
            server.Address, logs: logs, services: s => s.Configure<CibaNotificationSenderOptions>(o =>
            {
                o.AllowInsecureHttp = true;
                o.AllowedNetworks.Add("127.0.0.0/8");   // the loopback test server
            }));

        await client.NotificationSender.SendContentAsync(new Uri(server.Address, "/cb"), "token", "{\"auth_req_id\":\"r\"}");

        CapturedLog entry = logs.Entries.Should().ContainSingle(e => e.Category == typeof(CibaNotificationSender).FullName).Subject;
        entry.EventId.Id.Should().Be(1100);
        entry.Field("Host").Should().Be("127.0.0.1");
        entry.Field("Status").Should().Be(204);
        entry.Field("Succeeded").Should().Be(true);
    }

    [Fact]
    public async Task Each_call_is_one_client_activity_with_the_api_status_and_result_code()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = "0";
                await FaultServer.Respond(context, 503, "{}");
                return;
            }

            await FaultServer.Respond(context, 200, Valid);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var trace = new TraceRecorder();

        await client.Api.DeviceVerificationAsync(Request);

        server.Requests.Should().Be(2, "the first answer was retried");
        Activity call = trace.Activities.Should().ContainSingle(a => a.Source.Name == AuthleteDiagnostics.SourceName).Subject;
        call.OperationName.Should().Be("Authlete device/verification");
        call.Kind.Should().Be(ActivityKind.Client);
        call.GetTagItem("authlete.api").Should().Be("device/verification");
        call.GetTagItem("http.response.status_code").Should().Be(200);
        call.GetTagItem("authlete.result_code").Should().Be("A220001");
        call.GetTagItem("authlete.outcome").Should().Be("success");
        call.Status.Should().Be(ActivityStatusCode.Unset);
        call.ParentId.Should().Be(trace.Root.Id);
        trace.Activities.Where(a => a.Source.Name == "System.Net.Http").Should().HaveCount(2)
            .And.OnlyContain(a => a.ParentSpanId == call.SpanId, "both attempts are children of the one call");
    }

    [Fact]
    public async Task A_failed_call_activity_carries_the_error()
    {
        await using FaultServer server = await FaultServer.StartAsync(400, Tls);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var trace = new TraceRecorder();

        await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=x" }));

        Activity call = trace.Activities.Should().ContainSingle(a => a.Source.Name == AuthleteDiagnostics.SourceName).Subject;
        call.OperationName.Should().Be("Authlete auth/token");
        call.GetTagItem("authlete.api").Should().Be("auth/token");
        call.GetTagItem("http.response.status_code").Should().Be(400);
        call.GetTagItem("authlete.result_code").Should().Be("A001201");
        call.GetTagItem("authlete.outcome").Should().Be("error");
        call.Status.Should().Be(ActivityStatusCode.Error);
    }

    [Fact]
    public async Task Calls_and_durations_are_measured_by_api_and_outcome()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, number)
            => await (number == 1 ? FaultServer.Respond(context, 200, Valid) : FaultServer.Respond(context, 400, Tls)));
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var metrics = new MetricRecorder();

        await client.Api.DeviceVerificationAsync(Request);
        await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.DeviceVerificationAsync(Request));

        metrics.Instruments.Should().Contain(("authlete.client.calls", "{call}", "Authlete API calls, by API and outcome."))
            .And.Contain(("authlete.client.duration", "s", "Duration of Authlete API calls, by API and outcome."));
        metrics.Calls.Should().Equal(
            (1L, "device/verification", "success"),
            (1L, "device/verification", "error"));
        metrics.Durations.Select(d => (d.Api, d.Outcome)).Should().Equal(("device/verification", "success"), ("device/verification", "error"));
        metrics.Durations.Should().OnlyContain(d => d.Seconds >= 0 && d.Seconds < 60);
    }

    [Theory]
    [InlineData("authlete.client.calls")]
    [InlineData("authlete.client.duration")]
    public async Task An_application_that_listens_to_one_instrument_only_gets_its_measurements(string instrument)
    {
        await using FaultServer server = await FaultServer.StartAsync(200, Valid);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var metrics = new MetricRecorder(only: instrument);

        await client.Api.DeviceVerificationAsync(Request);

        (instrument == "authlete.client.calls" ? metrics.Calls.Count : metrics.Durations.Count).Should().Be(1);
    }

    [Fact]
    public async Task A_slow_call_logs_and_measures_its_real_duration()
    {
        var logs = new CapturingLoggerProvider();
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            await Task.Delay(150);
            await (number == 1 ? FaultServer.Respond(context, 200, Valid) : FaultServer.Respond(context, 400, Tls));
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, logs: logs);
        using var metrics = new MetricRecorder();

        await client.Api.DeviceVerificationAsync(Request);
        await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.DeviceVerificationAsync(Request));

        double[] logged = [.. logs.Entries.Where(e => e.Category == typeof(AuthleteApi).FullName).Select(e => (double)e.Field("ElapsedMs")!)];
        // The server waits 150 ms; a timer may fire a little early, so 100 ms tells milliseconds from seconds safely.
        logged.Should().HaveCount(2).And.OnlyContain(ms => ms >= 100 && ms < 60_000, "milliseconds, for a call that took about 150 ms");
        metrics.Durations.Should().HaveCount(2).And.OnlyContain(d => d.Seconds >= 0.1 && d.Seconds < 60);
    }

    [Fact]
    public async Task A_cancelled_call_is_measured_as_cancelled()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var metrics = new MetricRecorder();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Api.DeviceVerificationAsync(Request, cts.Token));

        metrics.Calls.Should().Equal((1L, "device/verification", "cancelled"));
    }

    [Fact]
    public async Task An_open_circuit_is_measured_as_circuit_open()
    {
        await using FaultServer server = await FaultServer.StartAsync(500, "{}");
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.CircuitBreakerMinimumThroughput = 2;
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });
        using var metrics = new MetricRecorder();

        for (int i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.DeviceCompleteAsync(
                new DeviceCompleteRequest { UserCode = "U", Result = DeviceCompleteResult.Authorized, Subject = "john" }));
        }

        metrics.Calls.Select(c => c.Outcome).Should().Equal("error", "error", "circuit_open");
        metrics.Calls.Should().OnlyContain(c => c.Api == "device/complete");
        server.Requests.Should().Be(2);
    }

    /// <summary>Records the activities of one trace, rooted in an activity this recorder starts.</summary>
    private sealed class TraceRecorder : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly List<Activity> _activities = [];

        public TraceRecorder()
        {
            Root = new Activity("test-root").Start();
            ActivityTraceId trace = Root.TraceId;
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name is AuthleteDiagnostics.SourceName or "System.Net.Http",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    if (activity.TraceId == trace)
                    {
                        lock (_activities)
                        {
                            _activities.Add(activity);
                        }
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public Activity Root { get; }

        public IReadOnlyList<Activity> Activities
        {
            get
            {
                lock (_activities)
                {
                    return [.. _activities];
                }
            }
        }

        public void Dispose()
        {
            _listener.Dispose();
            Root.Dispose();
        }
    }

    /// <summary>Records the SDK's measurements made in the async flow that created the recorder.</summary>
    private sealed class MetricRecorder : IDisposable
    {
        private static readonly AsyncLocal<MetricRecorder?> Current = new();
        private readonly MeterListener _listener = new();
        private readonly List<(long Value, string? Api, string? Outcome)> _calls = [];
        private readonly List<(double Seconds, string? Api, string? Outcome)> _durations = [];
        private readonly List<(string Name, string? Unit, string? Description)> _instruments = [];

        /// <param name="only">The one instrument to listen to, as an application that exports only one of them; null for both.</param>
        public MetricRecorder(string? only = null)
        {
            Current.Value = this;
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == AuthleteDiagnostics.SourceName && (only is null || instrument.Name == only))
                {
                    lock (_instruments)
                    {
                        _instruments.Add((instrument.Name, instrument.Unit, instrument.Description));
                    }

                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                if (Current.Value == this && instrument.Name == "authlete.client.calls")
                {
                    lock (_calls)
                    {
                        _calls.Add((value, Tag(tags, "authlete.api"), Tag(tags, "authlete.outcome")));
                    }
                }
            });
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
            {
                if (Current.Value == this && instrument.Name == "authlete.client.duration")
                {
                    lock (_durations)
                    {
                        _durations.Add((value, Tag(tags, "authlete.api"), Tag(tags, "authlete.outcome")));
                    }
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<(string Name, string? Unit, string? Description)> Instruments
        {
            get
            {
                lock (_instruments)
                {
                    return [.. _instruments];
                }
            }
        }

        public IReadOnlyList<(long Value, string? Api, string? Outcome)> Calls
        {
            get
            {
                lock (_calls)
                {
                    return [.. _calls];
                }
            }
        }

        public IReadOnlyList<(double Seconds, string? Api, string? Outcome)> Durations
        {
            get
            {
                lock (_durations)
                {
                    return [.. _durations];
                }
            }
        }

        public void Dispose()
        {
            _listener.Dispose();
            Current.Value = null;
        }

        private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
        {
            foreach (KeyValuePair<string, object?> tag in tags)
            {
                if (tag.Key == name)
                {
                    return tag.Value as string;
                }
            }

            return null;
        }
    }
}
