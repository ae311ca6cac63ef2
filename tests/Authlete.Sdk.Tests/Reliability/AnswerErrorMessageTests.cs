using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary>
/// What an operator reads when Authlete's answer cannot be used: the message names the API, the HTTP status and what
/// was wrong, so that a log line alone tells a proxy's error page from an empty body or a body of another shape.
/// </summary>
public sealed class AnswerErrorMessageTests
{
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    private static async Task<T> CallAsync<T>(int status, string body) where T : Exception
    {
        await using FaultServer server = await FaultServer.StartAsync(status, body);
        await using LoopbackClient client = LoopbackClient.Create(server.Address, o => o.Resilience.MaxRetryAttempts = 0);
        return await Assert.ThrowsAsync<T>(() => client.Api.DeviceVerificationAsync(Request));
    }

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public async Task An_empty_answer_of_an_api_that_always_has_a_body_says_so(int status)
    {
        AuthleteSerializationException error = await CallAsync<AuthleteSerializationException>(status, string.Empty);

        error.Message.Should().Be($"The Authlete API 'device/verification' answered HTTP {status} with an empty body.");
    }

    [Fact]
    public async Task An_answer_that_is_the_literal_null_says_so()
    {
        AuthleteSerializationException error = await CallAsync<AuthleteSerializationException>(200, "null");

        error.Message.Should().Be(
            "The answer of the Authlete API 'device/verification' (HTTP 200) could not be read as DeviceVerificationResponse: The body is the JSON literal null.");
    }

    [Fact]
    public async Task An_answer_of_another_shape_names_the_type_it_should_have_been()
    {
        AuthleteSerializationException error = await CallAsync<AuthleteSerializationException>(200, """{"action":7}""");

        error.Message.Should().StartWith("The answer of the Authlete API 'device/verification' (HTTP 200) could not be read as DeviceVerificationResponse: ");
        error.ResponseBody.Should().Be("""{"action":7}""");
    }

    [Theory]
    [InlineData("""{"resultCode":"A001201","resultMessage":"[A001201] TLS must be used."}""", "[A001201] TLS must be used.")]
    [InlineData("""{"resultCode":"A001201"}""", "A001201")]
    [InlineData("{}", "no Authlete result in the body")]
    [InlineData("<html>Bad gateway</html>", "no Authlete result in the body")]
    public async Task An_error_status_tells_the_result_message_else_the_code_else_that_there_is_none(string body, string detail)
    {
        AuthleteApiException error = await CallAsync<AuthleteApiException>(400, body);

        error.Message.Should().Be($"The Authlete API 'device/verification' answered HTTP 400: {detail}");
        error.ResponseBody.Should().Be(body);
    }

    [Fact]
    public async Task An_error_body_larger_than_16_kb_is_kept_cut_to_its_first_16_kb()
    {
        string page = "<html>" + new string('x', 20_000) + "</html>";

        AuthleteApiException error = await CallAsync<AuthleteApiException>(502, page);

        error.ResponseBody.Should().Be(page[..(16 * 1024)]);
    }
}
