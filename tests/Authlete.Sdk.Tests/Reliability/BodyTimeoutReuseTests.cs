using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// The source that bounds the reading of an answer's body is reused across calls: a call that timed out or was
/// cancelled, or the later cancellation of an earlier caller's token, must never cut short another call's body.
/// </summary>
public sealed class BodyTimeoutReuseTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"[A220001] The user code is valid.","action":"VALID","clientId":26862190133482}""";
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    /// <summary>Answers with the headers and half the body, then the rest after <paramref name="pause"/> (forever when infinite).</summary>
    private static async Task Split(HttpContext context, TimeSpan pause)
    {
        byte[] body = System.Text.Encoding.UTF8.GetBytes(Valid);
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, 20));
        await context.Response.Body.FlushAsync();
        await Task.Delay(pause, context.RequestAborted);
        await context.Response.Body.WriteAsync(body.AsMemory(20));
    }

    [Fact]
    public async Task Calls_after_a_body_timeout_and_a_cancelled_body_read_their_whole_answers()
    {
        await using FaultServer server = await FaultServer.StartAsync((context, number) =>
            number <= 2 ? Split(context, Timeout.InfiniteTimeSpan) : Split(context, TimeSpan.FromMilliseconds(50)));
        // The pool is shared by every client of the process. The calls that must succeed go through a patient client,
        // so that only a source cancelled by an earlier call (never a slow, loaded machine) can cut them short.
        await using LoopbackClient impatient = LoopbackClient.Create(server.Address, o => o.Resilience.AttemptTimeout = TimeSpan.FromMilliseconds(800));
        await using LoopbackClient patient = LoopbackClient.Create(server.Address, o => o.Resilience.AttemptTimeout = TimeSpan.FromSeconds(30));

        Func<Task> timedOut = () => impatient.Api.DeviceVerificationAsync(Request);
        await timedOut.Should().ThrowAsync<AuthleteTimeoutException>();
        using (var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)))
        {
            Func<Task> cancelled = () => impatient.Api.DeviceVerificationAsync(Request, cancel.Token);
            await cancelled.Should().ThrowAsync<OperationCanceledException>();
        }

        for (int i = 0; i < 20; i++)
        {
            DeviceVerificationResponse response = await patient.Api.DeviceVerificationAsync(Request);
            response.ResultCode.Should().Be("A220001");
        }

        server.Requests.Should().Be(22);
    }

    [Fact]
    public async Task Cancelling_an_earlier_callers_token_does_not_touch_a_later_call()
    {
        await using FaultServer server = await FaultServer.StartAsync((context, number) =>
            number == 1 ? FaultServer.Respond(context, 200, Valid) : Split(context, TimeSpan.FromMilliseconds(600)));
        await using LoopbackClient client = LoopbackClient.Create(server.Address);
        using var earlier = new CancellationTokenSource();
        await client.Api.DeviceVerificationAsync(Request, earlier.Token);

        // The later call reads its body while the earlier caller cancels its token.
        Task<DeviceVerificationResponse> later = client.Api.DeviceVerificationAsync(Request);
        await Task.Delay(200);
        await earlier.CancelAsync();

        (await later).ResultCode.Should().Be("A220001");
    }
}
