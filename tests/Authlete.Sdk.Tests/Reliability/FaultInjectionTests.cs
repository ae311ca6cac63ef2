using System.Net;
using System.Text;
using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Connections;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// Faults injected by a real Kestrel server on 127.0.0.1 into the client built through <c>AddAuthleteClient</c>.
/// Every test checks what the caller sees and how many requests reached the server: Authlete's POSTs issue tickets and
/// tokens, so only a request that provably did not reach Authlete may be sent again.
/// </summary>
public sealed class FaultInjectionTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"[A220001] The user code is valid.","action":"VALID","clientId":26862190133482}""";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15);
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    private static async Task<T> Fails<T>(IAuthleteApi api) where T : Exception
    {
        Exception? caught = null;
        try
        {
            await api.DeviceVerificationAsync(Request).WaitAsync(HangGuard);
        }
        catch (Exception ex)
        {
            caught = ex;
        }

        caught.Should().NotBeNull("the call must fail").And.BeOfType<T>();
        return (T)caught!;
    }

    [Theory]
    [InlineData(400, "A001201", "[A001201] TLS must be used.")]
    [InlineData(401, "A001202", "[A001202] Authorization header is missing.")]
    [InlineData(403, "A001215", "[A001215] The client (ID = 26862190133482) is locked.")]
    [InlineData(500, "A001101", "[A001101] Authlete Server error.")]
    public async Task An_authlete_error_status_is_reported_with_its_result_and_not_retried(int status, string code, string message)
    {
        string body = $$"""{"resultCode":"{{code}}","resultMessage":"{{message}}"}""";
        await using FaultServer server = await FaultServer.StartAsync(status, body);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(status);
        error.StatusCode.Should().Be((HttpStatusCode)status);
        error.ResultCode.Should().Be(code);
        error.ResultMessage.Should().Be(message);
        error.ResponseBody.Should().Be(body);
        error.ApiName.Should().Be("device/verification");
        error.Message.Should().Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain(message);
        server.Requests.Should().Be(1);
        server.Paths.Should().Equal($"/api/{FaultServer.ServiceId}/device/verification");
    }

    [Fact]
    public async Task A_502_html_page_from_a_proxy_keeps_its_body_and_is_not_retried()
    {
        const string html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
        await using FaultServer server = await FaultServer.StartAsync(502, html, "text/html");
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(502);
        error.ResultCode.Should().BeNull();
        error.ResultMessage.Should().BeNull();
        error.ResponseBody.Should().Be(html);
        server.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task A_rejection_with_a_short_retry_after_is_retried_and_then_succeeds(int status)
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = "0";
                await FaultServer.Respond(context, status, """{"resultCode":"A001103","resultMessage":"busy"}""");
                return;
            }

            await FaultServer.Respond(context, 200, Valid);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        DeviceVerificationResponse response = await client.Api.DeviceVerificationAsync(Request).WaitAsync(HangGuard);

        response.Action.Should().Be(DeviceVerificationAction.Valid);
        server.Requests.Should().Be(2);
    }

    [Theory]
    [InlineData("a date in the past")]
    [InlineData("exactly MaxRetryAfter")]
    public async Task A_503_asking_to_wait_no_longer_than_max_retry_after_is_retried(string wait)
    {
        // The test client's MaxRetryAfter is 1 s: a date in the past means no wait, and exactly 1 s is within the limit.
        string retryAfter = wait == "a date in the past" ? DateTimeOffset.UtcNow.AddMinutes(-1).ToString("R") : "1";
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = retryAfter;
                await FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"busy"}""");
                return;
            }

            await FaultServer.Respond(context, 200, Valid);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        (await client.Api.DeviceVerificationAsync(Request).WaitAsync(HangGuard)).Action.Should().Be(DeviceVerificationAction.Valid);
        server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task A_429_that_keeps_coming_is_retried_max_retry_attempts_times_then_reported()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            await FaultServer.Respond(context, 429, """{"resultCode":"A001104","resultMessage":"[A001104] Too many requests."}""");
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o => o.Resilience.MaxRetryAttempts = 3);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(429);
        error.ResultCode.Should().Be("A001104");
        server.Requests.Should().Be(4, "one call and three retries");
    }

    [Fact]
    public async Task A_503_asking_to_wait_longer_than_max_retry_after_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.Headers.RetryAfter = "120";
            await FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"maintenance"}""");
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(503);
        error.ResultMessage.Should().Be("maintenance");
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_retry_after_date_further_away_than_max_retry_after_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddMinutes(2).ToString("R");
            await FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"maintenance"}""");
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(503);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_503_whose_retry_after_date_is_past_is_retried_at_once_not_after_the_back_off()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, number) =>
        {
            if (number == 1)
            {
                context.Response.Headers.RetryAfter = DateTimeOffset.UtcNow.AddHours(-1).ToString("R");
                await FaultServer.Respond(context, 503, """{"resultCode":"A001103","resultMessage":"busy"}""");
                return;
            }

            await FaultServer.Respond(context, 200, Valid);
        });
        // A back-off of a minute: a retry that waited for it instead of the Retry-After would take seconds, or time out.
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.RetryBaseDelay = TimeSpan.FromMinutes(1);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(10);
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        (await client.Api.DeviceVerificationAsync(Request).WaitAsync(HangGuard)).Action.Should().Be(DeviceVerificationAction.Valid);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        server.Requests.Should().Be(2);
    }

    [Fact]
    public async Task A_one_byte_error_body_is_kept_whole()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 500;
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = 1;
            await context.Response.WriteAsync("x");
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(500);
        error.ResponseBody.Should().Be("x");
    }

    [Fact]
    public async Task A_503_without_retry_after_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(503, "Service Unavailable", "text/plain");
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(503);
        error.ResponseBody.Should().Be("Service Unavailable");
        server.Requests.Should().Be(1, "without Retry-After nothing proves the request was not processed");
    }

    [Fact]
    public async Task An_empty_200_body_is_a_serialization_error()
    {
        await using FaultServer server = await FaultServer.StartAsync(200, string.Empty);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteSerializationException error = await Fails<AuthleteSerializationException>(client.Api);

        error.Status.Should().Be(200);
        error.ResponseBody.Should().BeEmpty();
        error.ApiName.Should().Be("device/verification");
        server.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData("{\"action\":\"VALID\",")]
    [InlineData("<html>OK</html>")]
    [InlineData("{\"action\":\"VALID\"}}")]
    public async Task Invalid_json_is_a_serialization_error_with_the_body(string body)
    {
        await using FaultServer server = await FaultServer.StartAsync(200, body);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteSerializationException error = await Fails<AuthleteSerializationException>(client.Api);

        error.Status.Should().Be(200);
        error.ResponseBody.Should().Be(body);
        error.InnerException.Should().BeAssignableTo<System.Text.Json.JsonException>();
        server.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData("[\"VALID\"]")]
    [InlineData("{\"action\":42}")]
    [InlineData("{\"clientId\":\"not a number\"}")]
    [InlineData("{\"expiresAt\":1e400}")]
    [InlineData("{\"scopes\":{\"name\":\"openid\"}}")]
    [InlineData("null")]
    public async Task Json_of_the_wrong_shape_is_a_serialization_error(string body)
    {
        await using FaultServer server = await FaultServer.StartAsync(200, body);
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteSerializationException error = await Fails<AuthleteSerializationException>(client.Api);

        error.Status.Should().Be(200);
        error.ResponseBody.Should().Be(body);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_body_shorter_than_its_content_length_is_a_failure_and_not_retried()
    {
        var headersArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 1000;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Valid[..40]));
            await context.Response.Body.FlushAsync();
            await headersArrived.Task.WaitAsync(HangGuard);
            context.Abort();
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, onHeaders: _ => headersArrived.TrySetResult());

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(200, "the status line arrived, the body did not");
        error.InnerException.Should().BeAssignableTo<IOException>();
        error.Message.Should().Contain("device/verification");
        server.Requests.Should().Be(1);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_chunked_body_aborted_midway_is_a_failure_and_not_retried()
    {
        var headersArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(Valid[..40]));
            await context.Response.Body.FlushAsync();
            await headersArrived.Task.WaitAsync(HangGuard);
            context.Abort();
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, onHeaders: _ => headersArrived.TrySetResult());

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Should().NotBeOfType<AuthleteSerializationException>("a cut connection is not a malformed answer");
        error.Status.Should().Be(200);
        server.Requests.Should().Be(1);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_50_mb_body_is_refused_by_the_cap_without_being_read()
    {
        const int cap = 256 * 1024;
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            byte[] chunk = Encoding.ASCII.GetBytes(new string(' ', 64 * 1024));
            try
            {
                await context.Response.Body.WriteAsync("{\"resultMessage\":\""u8.ToArray(), context.RequestAborted);
                for (int i = 0; i < 50 * 16 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ConnectionAbortedException)
            {
                // The client hung up, as it should.
            }
        });
        CountingContent? body = null;
        await using LoopbackClient client = LoopbackClient.Create(
            server.Address, o => o.MaxResponseBufferSize = cap, onHeaders: response => body = CountingContent.Wrap(response));

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Should().NotBeOfType<AuthleteSerializationException>();
        error.Status.Should().Be(200);
        error.Message.Should().Contain("262144").And.Contain("MaxResponseBufferSize");
        error.ResponseBody.Should().BeNull("a refused body is not kept");
        body.Should().NotBeNull();
        body!.BytesRead.Should().BeGreaterThan(cap).And.BeLessThan(2 * cap, "the client stops reading once the cap is passed");
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_declared_50_mb_body_is_refused_from_its_content_length()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = 50L * 1024 * 1024;
            byte[] chunk = new byte[64 * 1024];
            try
            {
                for (int i = 0; i < 50 * 16 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ConnectionAbortedException)
            {
                // The client hung up, as it should.
            }
        });
        CountingContent? body = null;
        await using LoopbackClient client = LoopbackClient.Create(
            server.Address, o => o.MaxResponseBufferSize = 256 * 1024, onHeaders: response => body = CountingContent.Wrap(response));

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(200);
        error.Message.Should().Contain("MaxResponseBufferSize");
        body!.BytesRead.Should().Be(0, "the declared length alone is enough to refuse it");
        server.Requests.Should().Be(1);
    }

    // The timeouts below leave room for a loaded CI machine: the request must reach the server before the client gives up.
    [Fact]
    public async Task A_body_that_arrives_too_slowly_times_out_and_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("{\"action\":"u8.ToArray());
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1500));

        AuthleteTimeoutException error = await Fails<AuthleteTimeoutException>(client.Api);

        error.ApiName.Should().Be("device/verification");
        error.Message.Should().Be("The answer of the Authlete API 'device/verification' (HTTP 200) did not arrive in time.");
        error.Status.Should().Be(0);
        server.Requests.Should().Be(1);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task The_total_timeout_also_bounds_a_body_that_trickles_in()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("{"u8.ToArray());
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.TotalTimeout = TimeSpan.FromMilliseconds(1500);
        });

        await Fails<AuthleteTimeoutException>(client.Api);
        server.Requests.Should().Be(1);
    }

    /// <remarks>
    /// A stalled body after headers at once gets the attempt's 1 s, not what is left of a 60 s total; after headers at
    /// 3 s of a 4 s total it gets the 1 s left, not the attempt's 30 s. Either wrong limit costs seconds more.
    /// </remarks>
    [Theory]
    [InlineData(0, 1, 60, 10)]
    [InlineData(3, 30, 4, 6.5)]
    public async Task A_stalled_body_gets_the_tighter_of_the_attempt_timeout_and_what_is_left_of_the_total(
        int headerSeconds, int attemptSeconds, int totalSeconds, double boundSeconds)
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(headerSeconds), context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("{"u8.ToArray());
            await context.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(attemptSeconds);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(totalSeconds);
        });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Fails<AuthleteTimeoutException>(client.Api);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(boundSeconds));
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task An_answer_whose_headers_come_too_late_times_out_and_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(1500));

        AuthleteTimeoutException error = await Fails<AuthleteTimeoutException>(client.Api);

        error.ApiName.Should().Be("device/verification");
        server.Requests.Should().Be(1);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
            await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.TotalTimeout = TimeSpan.FromMilliseconds(1500);
        });

        await Fails<AuthleteTimeoutException>(client.Api);
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task A_connection_dropped_after_the_request_arrived_is_not_retried()
    {
        await using FaultServer server = await FaultServer.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(0);
        error.InnerException.Should().BeOfType<HttpRequestException>();
        server.Requests.Should().Be(1, "Authlete may have processed it");
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_max_retry_attempts_times_then_reported_with_status_zero()
    {
        await using LoopbackClient client = LoopbackClient.Create(FaultServer.UnusedAddress(), o => o.Resilience.MaxRetryAttempts = 3);

        AuthleteApiException error = await Fails<AuthleteApiException>(client.Api);

        error.Status.Should().Be(0);
        error.StatusCode.Should().BeNull();
        error.ResponseBody.Should().BeNull();
        error.InnerException.Should().BeOfType<HttpRequestException>()
            .Which.HttpRequestError.Should().Be(HttpRequestError.ConnectionError);
        error.Message.Should().Contain("could not be reached");
        client.Attempts.Should().Be(4, "a connection that was never made proves the request did not reach Authlete");
    }

    [Fact]
    public async Task A_refused_connection_is_not_retried_when_retries_are_off()
    {
        await using LoopbackClient client = LoopbackClient.Create(FaultServer.UnusedAddress(), o => o.Resilience.MaxRetryAttempts = 0);

        (await Fails<AuthleteApiException>(client.Api)).Status.Should().Be(0);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_stops_an_in_flight_call_at_once_with_operation_cancelled()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
        });
        using var cts = new CancellationTokenSource();

        Task<DeviceVerificationResponse> call = client.Api.DeviceVerificationAsync(Request, cts.Token);
        await arrived.Task.WaitAsync(HangGuard);
        await cts.CancelAsync();
        Exception? caught = await Record(call.WaitAsync(HangGuard));

        caught.Should().BeAssignableTo<OperationCanceledException>().And.NotBeOfType<TimeoutException>();
        ((OperationCanceledException)caught!).CancellationToken.Should().Be(cts.Token);
        server.Requests.Should().Be(1);
        client.Attempts.Should().Be(1);
    }

    [Fact]
    public async Task Cancelling_while_the_body_trickles_in_is_operation_cancelled_not_a_timeout()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("{\"action\":"u8.ToArray());
            await context.Response.Body.FlushAsync();
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30);
            o.Resilience.TotalTimeout = TimeSpan.FromSeconds(60);
        });
        using var cts = new CancellationTokenSource();

        Task<DeviceVerificationResponse> call = client.Api.DeviceVerificationAsync(Request, cts.Token);
        await started.Task.WaitAsync(HangGuard);
        await Task.Delay(50);
        await cts.CancelAsync();
        Exception? caught = await Record(call.WaitAsync(HangGuard));

        caught.Should().BeAssignableTo<OperationCanceledException>();
        caught.Should().NotBeOfType<AuthleteTimeoutException>();
        server.Requests.Should().Be(1);
    }

    [Fact]
    public async Task The_circuit_opens_after_repeated_500s_and_then_fails_fast_without_calling_authlete()
    {
        await using FaultServer server = await FaultServer.StartAsync(500, """{"resultCode":"A001101","resultMessage":"[A001101] Authlete Server error."}""");
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o =>
        {
            o.Resilience.CircuitBreakerMinimumThroughput = 3;
            o.Resilience.CircuitBreakerFailureRatio = 0.5;
            o.Resilience.CircuitBreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.Resilience.CircuitBreakerBreakDuration = TimeSpan.FromSeconds(30);
        });

        for (int i = 0; i < 3; i++)
        {
            (await Fails<AuthleteApiException>(client.Api)).Status.Should().Be(500);
        }

        server.Requests.Should().Be(3);

        AuthleteApiException open = await Fails<AuthleteApiException>(client.Api);
        AuthleteApiException again = await Fails<AuthleteApiException>(client.Api);

        open.Status.Should().Be(0);
        open.Message.Should().Contain("circuit breaker is open");
        open.InnerException.Should().BeAssignableTo<Polly.CircuitBreaker.BrokenCircuitException>();
        again.Status.Should().Be(0);
        server.Requests.Should().Be(3, "an open circuit sends nothing");
    }

    private static async Task<Exception?> Record(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}
