using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Tests.Http;

/// <summary>How a call reaches Authlete: a body with its length, and no pipeline at all when the host turns it off.</summary>
public sealed class RequestShapeTests
{
    private const string Valid = """{"resultCode":"A220001","resultMessage":"ok","action":"VALID"}""";

    [Fact]
    public async Task A_request_body_is_sent_with_its_length_not_chunked()
    {
        long? length = null;
        string? transferEncoding = null;
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            length = context.Request.ContentLength;
            transferEncoding = context.Request.Headers.TransferEncoding.ToString();
            await FaultServer.Respond(context, 200, Valid);
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        await client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "WDJB-MJHT" });

        length.Should().Be("""{"userCode":"WDJB-MJHT"}""".Length, "gateways in front of Authlete may refuse a chunked body");
        transferEncoding.Should().BeEmpty();
    }

    [Fact]
    public async Task A_host_handler_that_reads_the_body_synchronously_sees_the_whole_body_and_authlete_gets_it_too()
    {
        string? received = null;
        await using FaultServer server = await FaultServer.StartAsync(
            async (context, _) =>
            {
                context.Request.Body.Position = 0;
                received = await new StreamReader(context.Request.Body).ReadToEndAsync();
                await FaultServer.Respond(context, 200, Valid);
            },
            bufferRequests: true);
        var reader = new SynchronousBodyReader();
        await using LoopbackClient client = LoopbackClient.Create(server.Address, configureClient: builder => builder.AddHttpMessageHandler(() => reader));

        await client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "WDJB-MJHT" });

        reader.Seen.Should().Be("""{"userCode":"WDJB-MJHT"}""");
        received.Should().Be("""{"userCode":"WDJB-MJHT"}""");
    }

    /// <summary>A host's handler that reads the request body with the synchronous API (to sign or log it, say).</summary>
    private sealed class SynchronousBodyReader : DelegatingHandler
    {
        public string? Seen { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            using var copy = new MemoryStream();
            request.Content!.CopyTo(copy, null, cancellationToken);
            Seen = System.Text.Encoding.UTF8.GetString(copy.ToArray());
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task With_the_pipeline_turned_off_a_refusal_that_could_be_retried_is_not()
    {
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.Headers.RetryAfter = "0";
            await FaultServer.Respond(context, StatusCodes.Status503ServiceUnavailable, """{"resultCode":"A001103","resultMessage":"busy"}""");
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o => o.Resilience.Enabled = false);

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(
            () => client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "U" }));

        error.Status.Should().Be(503);
        server.Requests.Should().Be(1, "no pipeline, no retry");
    }
}
