using System.Diagnostics;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// Notification delivery is retried, with bounded back-off, only when the failure proves the notification was not
/// delivered or the endpoint refused it for now; sending twice is safe because the client identifies a notification by
/// its auth_req_id (CIBA Core §10.2, §10.3).
/// </summary>
public sealed class CibaNotificationRetryTests
{
    private const string Token = "cnt-retry-0123456789";
    private const string Content = """{"auth_req_id":"req-1"}""";

    private static CibaNotificationSender Sender(int maxAttempts = 3, TimeSpan? retryDelay = null, TimeSpan? maxRetryDelay = null) => new(new CibaNotificationSenderOptions
    {
        AllowInsecureHttp = true,
        AllowedNetworks = { "127.0.0.0/8" },
        Timeout = TimeSpan.FromSeconds(2),
        MaxAttempts = maxAttempts,
        RetryDelay = retryDelay ?? TimeSpan.FromMilliseconds(50),
        MaxRetryDelay = maxRetryDelay ?? TimeSpan.FromSeconds(1),
    });

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(408)]
    public async Task A_temporary_refusal_is_retried_until_delivered(int status)
    {
        await using FaultServer endpoint = await FaultServer.StartAsync((context, attempt) =>
        {
            context.Response.StatusCode = attempt < 3 ? status : 204;
            return Task.CompletedTask;
        });

        CibaNotificationResult result = await Sender().SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        result.Succeeded.Should().BeTrue(result.ToString());
        result.Attempts.Should().Be(3);
        endpoint.Requests.Should().Be(3);
    }

    [Fact]
    public async Task Retries_stop_at_max_attempts_with_doubling_delays_and_the_final_outcome_is_reported()
    {
        await using FaultServer endpoint = await FaultServer.StartAsync(503, "busy", "text/plain");
        var clock = Stopwatch.StartNew();

        CibaNotificationResult result = await Sender(maxAttempts: 3, retryDelay: TimeSpan.FromMilliseconds(200)).SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(550), "waits of 200 then 400 ms");
        result.Succeeded.Should().BeFalse();
        result.Status.Should().Be(503);
        result.Attempts.Should().Be(3);
        result.ToString().Should().EndWith("after 3 attempts").And.NotContain(Token);
        endpoint.Requests.Should().Be(3);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(400)]
    [InlineData(401)]
    public async Task A_status_that_does_not_prove_non_delivery_is_not_retried(int status)
    {
        await using FaultServer endpoint = await FaultServer.StartAsync(status, "no", "text/plain");

        CibaNotificationResult result = await Sender().SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Attempts.Should().Be(1);
        endpoint.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_timeout_is_not_retried_because_the_notification_may_have_arrived()
    {
        await using FaultServer endpoint = await FaultServer.StartAsync((context, _) => Task.Delay(Timeout.Infinite, context.RequestAborted));
        var sender = new CibaNotificationSender(new CibaNotificationSenderOptions
        {
            AllowInsecureHttp = true, AllowedNetworks = { "127.0.0.0/8" }, Timeout = TimeSpan.FromMilliseconds(300), RetryDelay = TimeSpan.Zero,
        });

        CibaNotificationResult result = await sender.SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        result.Error.Should().Contain("did not answer");
        result.Attempts.Should().Be(1);
        endpoint.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported()
    {
        Uri nowhere = new(FaultServer.UnusedAddress(), "/cb");

        CibaNotificationResult result = await Sender(maxAttempts: 2).SendContentAsync(nowhere, Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("could not be reached");
        result.Attempts.Should().Be(2);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_maximum_delay_stops_the_retries()
    {
        await using FaultServer endpoint = await FaultServer.StartAsync((context, _) =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "120";
            return Task.CompletedTask;
        });

        CibaNotificationResult result = await Sender().SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        result.Attempts.Should().Be(1);
        endpoint.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_short_Retry_After_is_honoured()
    {
        await using FaultServer endpoint = await FaultServer.StartAsync((context, attempt) =>
        {
            context.Response.StatusCode = attempt < 2 ? 429 : 204;
            context.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        });
        var clock = Stopwatch.StartNew();

        CibaNotificationResult result = await Sender(maxRetryDelay: TimeSpan.FromSeconds(2)).SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content);

        result.Succeeded.Should().BeTrue();
        clock.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task Cancelling_during_the_back_off_throws()
    {
        await using FaultServer endpoint = await FaultServer.StartAsync(503, "busy", "text/plain");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        Func<Task> send = () => Sender(retryDelay: TimeSpan.FromSeconds(1), maxRetryDelay: TimeSpan.FromSeconds(1))
            .SendContentAsync(new Uri(endpoint.Address, "/cb"), Token, Content, cancel.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0, 1, 10, "MaxAttempts")]
    [InlineData(11, 1, 10, "MaxAttempts")]
    [InlineData(3, 20, 10, "RetryDelay")]
    [InlineData(3, 1, 600, "MaxRetryDelay")]
    public void Bad_retry_settings_name_the_setting(int attempts, int delaySeconds, int maxDelaySeconds, string setting)
    {
        var options = new CibaNotificationSenderOptions
        {
            MaxAttempts = attempts, RetryDelay = TimeSpan.FromSeconds(delaySeconds), MaxRetryDelay = TimeSpan.FromSeconds(maxDelaySeconds),
        };

        CibaNotificationSenderOptionsValidator.GetFailures(options).Should().ContainSingle().Which.Should().Contain(setting);
        FluentActions.Invoking(() => new CibaNotificationSender(options)).Should().Throw<ArgumentException>();
    }
}
