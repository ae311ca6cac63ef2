using System.Text;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Http;

/// <summary>An answer that arrives in pieces, with no declared length and larger than the first buffer, reads whole.</summary>
public sealed class LargeAnswerTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(40_000)]
    [InlineData(300_000)]
    public async Task A_chunked_answer_of_any_size_under_the_cap_reads_byte_for_byte(int messageLength)
    {
        string message = string.Concat(Enumerable.Range(0, messageLength).Select(i => (char)('a' + (i % 26))));
        byte[] body = Encoding.UTF8.GetBytes($$"""{"resultCode":"A220001","resultMessage":"{{message}}","action":"VALID"}""");
        await using FaultServer server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Response.ContentType = "application/json";
            for (int offset = 0; offset < body.Length; offset += 1000)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(1000, body.Length - offset)));
                await context.Response.Body.FlushAsync();
            }
        });
        await using LoopbackClient client = LoopbackClient.Create(server.Address);

        DeviceVerificationResponse response = await client.Api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "U" });

        response.ResultMessage.Should().Be(message);
        response.Action.Should().Be(DeviceVerificationAction.Valid);
    }
}
