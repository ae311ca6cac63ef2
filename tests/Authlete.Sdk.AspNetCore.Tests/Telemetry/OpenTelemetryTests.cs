using System.Diagnostics;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Authlete.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace Authlete.Sdk.AspNetCore.Tests.Telemetry;

/// <summary>
/// The OpenTelemetry set-up docs/reliability.md gives yields the SDK's span inside each ASP.NET Core request, as a
/// child of the request's span; and the reason the request's instrumentation is part of it.
/// </summary>
public sealed class OpenTelemetryTests
{
    [Fact]
    public async Task With_the_documented_setup_each_authlete_call_is_a_span_under_its_request()
    {
        var exported = new List<Activity>();
        var traces = new List<ActivityTraceId>();
        using var fake = new FakeAuthlete();
        await using WebApplication app = await StartAsync(fake, traces, tracing => tracing
            .AddAspNetCoreInstrumentation()
            .AddSource("Authlete.Sdk")
            .AddInMemoryExporter(exported));
        using var client = new HttpClient { BaseAddress = TestHost.AddressOf(app) };

        using HttpResponseMessage response = await client.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = "unknown",
            ["client_id"] = "nobody",
        }));
        await app.StopAsync();

        // Listeners are process-wide and tests run in parallel: look at this request's trace only.
        ActivityTraceId trace = traces.Should().ContainSingle().Subject;
        Activity[] ours = [.. exported.Where(a => a.TraceId == trace)];
        Activity request = ours.Should().ContainSingle(a => a.Source.Name == "Microsoft.AspNetCore").Subject;
        Activity authlete = ours.Should().ContainSingle(a => a.Source.Name == "Authlete.Sdk").Subject;
        authlete.DisplayName.Should().Be("Authlete auth/token");
        authlete.Kind.Should().Be(ActivityKind.Client);
        authlete.ParentSpanId.Should().Be(request.SpanId);
        authlete.TraceId.Should().Be(request.TraceId);
        authlete.GetTagItem("authlete.api").Should().Be("auth/token");
    }

    [Fact]
    public async Task With_only_the_sdks_source_a_call_inside_a_request_is_not_recorded()
    {
        // Why the docs add the ASP.NET Core instrumentation: the host creates an activity for every request (for log
        // correlation) that nothing records, and OpenTelemetry's default sampler follows the parent's decision.
        var exported = new List<Activity>();
        var traces = new List<ActivityTraceId>();
        using var fake = new FakeAuthlete();
        await using WebApplication app = await StartAsync(fake, traces, tracing => tracing
            .AddSource("Authlete.Sdk")
            .AddInMemoryExporter(exported));
        using var client = new HttpClient { BaseAddress = TestHost.AddressOf(app) };

        using HttpResponseMessage response = await client.PostAsync("/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "password" }));
        await app.StopAsync();

        ActivityTraceId trace = traces.Should().ContainSingle("the host creates an activity for the request").Subject;
        exported.Should().NotContain(a => a.TraceId == trace);
    }

    private static async Task<WebApplication> StartAsync(FakeAuthlete fake, List<ActivityTraceId> traces, Action<TracerProviderBuilder> tracing)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(new LogCollector()).SetMinimumLevel(LogLevel.Information);
        builder.Services.AddAuthleteClient(fake.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(fake.CreateHandler);
        builder.Services.AddAuthleteAspNetCore();
        builder.Services.AddOpenTelemetry().WithTracing(tracing);
        WebApplication app = builder.Build();
        app.Use((context, next) =>
        {
            if (Activity.Current is { } current)
            {
                lock (traces)
                {
                    traces.Add(current.TraceId);
                }
            }

            return next(context);
        });
        app.MapAuthleteToken();
        await app.StartAsync();
        return app;
    }
}
