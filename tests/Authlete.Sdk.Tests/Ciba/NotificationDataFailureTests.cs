using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary>
/// Whatever the notification's data (endpoint, token, content), the sender reports a failure instead of throwing; only a
/// programming error (a null argument, an answer that is not a notification) or the caller's cancellation throws.
/// </summary>
public sealed class NotificationDataFailureTests : IAsyncLifetime
{
    private const string Content = """{"auth_req_id":"r-1"}""";

    private LoopbackNotificationEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await LoopbackNotificationEndpoint.StartAsync();

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    private static CibaNotificationSender Sender(ILoggerProvider? logs = null)
        => new(
            new HttpClient(CibaNotificationSender.CreateHandler(new CibaNotificationSenderOptions { AllowedNetworks = { "127.0.0.0/8" } })),
            new CibaNotificationSenderOptions { AllowInsecureHttp = true, AllowedNetworks = { "127.0.0.0/8" } },
            logs is null ? null : new LoggerFactory([logs]).CreateLogger<CibaNotificationSender>());

    private static BackchannelAuthenticationCompleteResponse Answer(string? endpoint, string? token, string? content = Content) => new()
    {
        Action = BackchannelAuthenticationCompleteAction.Notification,
        ClientNotificationEndpoint = endpoint,
        ClientNotificationToken = token,
        ResponseContent = content,
    };

    public static TheoryData<string> UnsendableTokens => new()
    {
        "cnt-SECRET\r\nX-Injected: yes",
        "cnt-SECRET\nX-Injected: yes",
        "cnt-SECRET\r",
        "cnt-SECRET\0tail",
        "cnt-SECRET\u00e9t\u00e9",
        "cnt-SECRET\u2028",
        "cnt-SECRET with spaces",
        "cnt-SECRET\ttab",
        "cnt-SECRET\u007f",
    };

    [Theory]
    [MemberData(nameof(UnsendableTokens))]
    public async Task A_token_that_cannot_travel_in_a_header_is_reported_not_thrown(string token)
    {
        var logs = new CapturingLoggerProvider();
        CibaNotificationSender sender = Sender(logs);

        CibaNotificationResult direct = await sender.SendContentAsync(_endpoint.At("127.0.0.1"), token, Content);
        CibaNotificationResult viaAnswer = await sender.SendAsync(Answer(_endpoint.At("127.0.0.1").AbsoluteUri, token));

        foreach (CibaNotificationResult result in new[] { direct, viaAnswer })
        {
            result.Succeeded.Should().BeFalse();
            result.Status.Should().BeNull();
            result.Error.Should().Contain("cannot be sent in an Authorization header").And.NotContain("cnt-SECRET");
            result.ToString().Should().NotContain("cnt-SECRET");
        }

        _endpoint.Requests.Should().Be(0);
        logs.Entries.Should().HaveCount(2).And.OnlyContain(e => e.Level == LogLevel.Warning && e.EventId.Id == 1102);
        logs.Entries.Should().OnlyContain(e => !e.AllText().Contains("cnt-SECRET"));
    }

    [Fact]
    public async Task A_token_of_visible_ascii_characters_is_sent()
    {
        CibaNotificationResult result = await Sender().SendContentAsync(_endpoint.At("127.0.0.1"), "Aa0-._~+/=!#$%&'*^`|:;<>?@[]{}\"(),\\", Content);

        result.Succeeded.Should().BeTrue(result.ToString());
        _endpoint.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData(null, "cnt", Content, "absolute https")]
    [InlineData("", "cnt", Content, "absolute https")]
    [InlineData("cb", "cnt", Content, "absolute https")]
    [InlineData("/cb", "cnt", Content, "absolute https")]
    [InlineData("ftp://rp.example.com/cb", "cnt", Content, "absolute https")]
    [InlineData("https://127.0.0.1/cb", "cnt", Content, "loopback")]
    [InlineData("https://rp.example.com/cb", null, Content, "token is missing")]
    [InlineData("https://rp.example.com/cb", "", Content, "token is missing")]
    [InlineData("https://rp.example.com/cb", "cnt", null, "content is missing")]
    [InlineData("https://rp.example.com/cb", "cnt", "", "content is missing")]
    public async Task A_complete_answer_with_unusable_data_is_reported_not_thrown(string? endpoint, string? token, string? content, string reason)
    {
        var sender = new CibaNotificationSender();

        CibaNotificationResult result = await sender.SendAsync(Answer(endpoint, token, content));

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain(reason);
    }

    [Fact]
    public async Task Empty_token_or_content_passed_directly_is_reported_not_thrown()
    {
        CibaNotificationResult noToken = await Sender().SendContentAsync(_endpoint.At("127.0.0.1"), string.Empty, Content);
        CibaNotificationResult noContent = await Sender().SendContentAsync(_endpoint.At("127.0.0.1"), "cnt", string.Empty);

        noToken.Error.Should().Contain("token is missing");
        noContent.Error.Should().Contain("content is missing");
        _endpoint.Requests.Should().Be(0);
    }

    [Fact]
    public async Task An_unexpected_exception_while_sending_is_reported_by_type_without_its_message()
    {
        var sender = new CibaNotificationSender(new HttpClient(new ThrowingHandler(new InvalidOperationException("boom cnt-SECRET"))), null, null);

        CibaNotificationResult result = await sender.SendContentAsync(new Uri("https://rp.example.com/cb"), "cnt-SECRET", Content);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain(nameof(InvalidOperationException)).And.NotContain("cnt-SECRET");
        result.Exception.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public async Task A_cancellation_not_asked_by_the_caller_is_reported()
    {
        var sender = new CibaNotificationSender(new HttpClient(new ThrowingHandler(new TaskCanceledException())), null, null);

        CibaNotificationResult result = await sender.SendContentAsync(new Uri("https://rp.example.com/cb"), "cnt", Content);

        result.Succeeded.Should().BeFalse();
        result.Exception.Should().BeOfType<TaskCanceledException>();
    }

    [Fact]
    public async Task The_caller_cancellation_is_thrown()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => Sender().SendContentAsync(_endpoint.At("127.0.0.1"), "cnt", Content, cts.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        _endpoint.Requests.Should().Be(0);
    }

    [Fact]
    public async Task Programming_errors_still_throw()
    {
        var sender = new CibaNotificationSender();
        var notANotification = Answer("https://rp.example.com/cb", "cnt");
        notANotification.Action = BackchannelAuthenticationCompleteAction.NoAction;

        await FluentActions.Awaiting(() => sender.SendAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sender.SendAsync(notANotification)).Should().ThrowAsync<ArgumentException>().WithMessage("*NOTIFICATION*");
        await FluentActions.Awaiting(() => sender.SendContentAsync(null!, "cnt", Content)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sender.SendContentAsync(new Uri("https://rp.example.com/cb"), null!, Content)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => sender.SendContentAsync(new Uri("https://rp.example.com/cb"), "cnt", null!)).Should().ThrowAsync<ArgumentNullException>();
    }

    private sealed class ThrowingHandler(Exception exception) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromException<HttpResponseMessage>(exception);
    }
}
