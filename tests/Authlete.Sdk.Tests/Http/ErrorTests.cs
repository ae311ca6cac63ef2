using System.Net;
using System.Text;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Http;

public class ErrorTests
{
    private static readonly DeviceVerificationRequest Request = new() { UserCode = "WDJB-MJHT" };

    [Fact]
    public async Task An_html_error_page_from_a_proxy_keeps_its_body()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.Expect("*").Respond(HttpStatusCode.BadGateway, "text/html", "<html><body>502 Bad Gateway</body></html>");

        var error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request))
            .Should().ThrowAsync<AuthleteApiException>()).Which;

        error.Should().NotBeOfType<AuthleteSerializationException>();
        error.Status.Should().Be(502);
        error.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        error.ResultCode.Should().BeNull();
        error.ResponseBody.Should().Be("<html><body>502 Bad Gateway</body></html>");
        error.Message.Should().Contain("502");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"action\":")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"action\":{\"x\":1}}")]
    public async Task A_success_body_that_cannot_be_read_raises_a_serialization_error(string body)
    {
        var (api, handler) = MockAuthlete.Create();
        handler.Expect("*").Respond(HttpStatusCode.OK, new StringContent(body, Encoding.UTF8, "application/json"));

        var error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request))
            .Should().ThrowAsync<AuthleteSerializationException>()).Which;

        error.Status.Should().Be(200);
        error.ApiName.Should().Be("device/verification");
        error.ResponseBody.Should().Be(body);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_refused()
    {
        var handler = new MockHttpMessageHandler();
        AuthleteOptions options = MockAuthlete.Options(AuthleteApiVersion.V3);
        options.MaxResponseBufferSize = 1024;
        var api = new AuthleteApi(handler.ToHttpClient(), options);
        handler.Expect("*").Respond("application/json", "{\"resultMessage\":\"" + new string('x', 5000) + "\"}");

        var error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Message.Should().Contain("1024");
    }

    [Fact]
    public async Task A_connection_failure_is_an_api_exception_with_status_zero()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.Expect("*").Throw(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        var error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(0);
        error.InnerException.Should().BeOfType<HttpRequestException>();
    }

    [Fact]
    public async Task A_cancelled_token_surfaces_as_operation_cancelled()
    {
        var (api, handler) = MockAuthlete.Create();
        handler.Expect("*").Respond("application/json", "{}");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request, cts.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Fact]
    public void Invalid_options_are_refused_with_a_message_that_says_what_to_set()
    {
        FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), new AuthleteOptions()))
            .Should().Throw<ArgumentException>().WithMessage("*ServiceId*ServiceAccessToken*");
        FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), new AuthleteOptions { ApiVersion = AuthleteApiVersion.V2 }))
            .Should().Throw<ArgumentException>().WithMessage("*ServiceApiKey*ServiceApiSecret*");
        AuthleteOptions http = MockAuthlete.Options(AuthleteApiVersion.V3);
        http.BaseAddress = new Uri("http://localhost:5000");
        FluentActions.Invoking(() => new AuthleteApi(new HttpClient(), http))
            .Should().Throw<ArgumentException>().WithMessage("*https*AllowInsecureHttp*");
    }

    [Fact]
    public void Options_never_show_their_secrets()
    {
        AuthleteOptions v3 = MockAuthlete.Options(AuthleteApiVersion.V3);
        AuthleteOptions v2 = MockAuthlete.Options(AuthleteApiVersion.V2);
        v3.ToString().Should().NotContain(MockAuthlete.AccessToken).And.Contain(MockAuthlete.ServiceId);
        v2.ToString().Should().NotContain(MockAuthlete.ApiSecret);
    }

    [Fact]
    public async Task The_published_error_example_fills_the_exception()
    {
        string example = Wire.Fixture("error-401.json");
        var body = Wire.Read<BackchannelAuthenticationFailResponse>(example);
        body.ResultCode.Should().Be("A001202");
        body.ResultMessage.Should().Contain("A001202");

        var (api, handler) = MockAuthlete.Create();
        handler.Expect("*").Respond(HttpStatusCode.Unauthorized, "application/json", example);
        var error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(Request))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(401);
        error.ResultCode.Should().Be(body.ResultCode);
        error.ResultMessage.Should().Be(body.ResultMessage);
    }
}
