using System.Text;
using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Tests.Reliability;

/// <summary><see cref="CibaNotificationSender"/> against a real client notification endpoint (Kestrel on 127.0.0.1).</summary>
public sealed class CibaNotificationSenderTests : IAsyncLifetime
{
    private const string Token = "client-notification-token-SECRET";
    private const string Content = """{"auth_req_id":"1c266114-a1be-4252-8ad1-04986c5b9ac1","access_token":"G5kXH2wHvUra0sHlDy1iTkDJgsgUO1bN","token_type":"Bearer"}""";

    private readonly List<(string Method, string Path, string? Authorization, string? ContentType, string Body)> _received = [];
    private FaultServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FaultServer.StartAsync(async (context, _) =>
        {
            context.Request.Body.Position = 0;
            string body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            lock (_received)
            {
                _received.Add((context.Request.Method, context.Request.Path, context.Request.Headers.Authorization, context.Request.ContentType, body));
            }

            switch (context.Request.Path.Value)
            {
                case "/cb":
                    context.Response.StatusCode = 204;
                    break;
                case "/ok200":
                    await FaultServer.Respond(context, 200, "{}");
                    break;
                case "/redirect302":
                    context.Response.StatusCode = 302;
                    context.Response.Headers.Location = new Uri(_server.Address, "/target").AbsoluteUri;
                    break;
                case "/redirect307":
                    context.Response.StatusCode = 307;
                    context.Response.Headers.Location = new Uri(_server.Address, "/target").AbsoluteUri;
                    break;
                case "/error":
                    await FaultServer.Respond(context, 500, "oops", "text/plain");
                    break;
                case "/slow":
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    break;
                default:
                    context.Response.StatusCode = 204;
                    break;
            }
        }, bufferRequests: true);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Uri At(string path) => new(_server.Address, path);

    private int Received(string path)
    {
        lock (_received)
        {
            return _received.Count(r => r.Path == path);
        }
    }

    // The test endpoint is plain http on loopback: both must be allowed explicitly.
    private static CibaNotificationSender Sender(TimeSpan? timeout = null)
        => new(new CibaNotificationSenderOptions { AllowInsecureHttp = true, Timeout = timeout ?? TimeSpan.FromSeconds(5), AllowedNetworks = { "127.0.0.0/8" } });

    private static void AllowLoopbackHttp(CibaNotificationSenderOptions options)
    {
        options.AllowInsecureHttp = true;
        options.AllowedNetworks.Add("127.0.0.0/8");
    }

    [Fact]
    public async Task Posts_the_content_as_json_with_the_bearer_token()
    {
        CibaNotificationResult result = await Sender().SendContentAsync(At("/cb"), Token, Content);

        result.Succeeded.Should().BeTrue();
        result.Status.Should().Be(204);
        result.Error.Should().BeNull();
        result.ToString().Should().Contain("204").And.NotContain(Token);
        _received.Should().ContainSingle();
        (string method, string path, string? authorization, string? contentType, string body) = _received[0];
        method.Should().Be("POST");
        path.Should().Be("/cb");
        authorization.Should().Be("Bearer " + Token);
        contentType.Should().StartWith("application/json");
        body.Should().Be(Content);
    }

    [Fact]
    public async Task Delivers_a_complete_answer_through_the_sender_registered_by_add_authlete_client()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "t";
        });
        services.Configure<CibaNotificationSenderOptions>(AllowLoopbackHttp);
        await using ServiceProvider provider = services.BuildServiceProvider();
        var response = new BackchannelAuthenticationCompleteResponse
        {
            Action = BackchannelAuthenticationCompleteAction.Notification,
            ClientNotificationEndpoint = At("/ok200").AbsoluteUri,
            ClientNotificationToken = Token,
            ResponseContent = Content,
        };

        CibaNotificationResult result = await provider.GetRequiredService<ICibaNotificationSender>().SendAsync(response);

        result.Succeeded.Should().BeTrue();
        result.Status.Should().Be(200);
        _received.Should().ContainSingle().Which.Authorization.Should().Be("Bearer " + Token);
    }

    [Fact]
    public async Task Refuses_http_unless_allowed_and_reports_it()
    {
        var sender = new CibaNotificationSender(new CibaNotificationSenderOptions { AllowedNetworks = { "127.0.0.0/8" } });

        CibaNotificationResult result = await sender.SendContentAsync(At("/cb"), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("https").And.Contain("AllowInsecureHttp");
        _server.Requests.Should().Be(0);
    }

    [Theory]
    [InlineData("/cb")]
    [InlineData("cb")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Refuses_a_complete_answer_without_an_absolute_endpoint(string? endpoint)
    {
        var response = new BackchannelAuthenticationCompleteResponse
        {
            Action = BackchannelAuthenticationCompleteAction.Notification,
            ClientNotificationEndpoint = endpoint,
            ClientNotificationToken = Token,
            ResponseContent = Content,
        };

        CibaNotificationResult result = await Sender().SendAsync(response);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("absolute https");
        _server.Requests.Should().Be(0);
    }

    [Fact]
    public async Task Reports_a_relative_uri_as_a_failure()
    {
        CibaNotificationResult result = await Sender().SendContentAsync(new Uri("/cb", UriKind.Relative), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("absolute https");
        _server.Requests.Should().Be(0);
    }

    [Theory]
    [InlineData("ftp://rp.example.com/cb")]
    [InlineData("file:///etc/passwd")]
    public async Task Refuses_other_schemes_even_when_http_is_allowed(string endpoint)
    {
        CibaNotificationResult result = await Sender().SendContentAsync(new Uri(endpoint), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("absolute https").And.Contain(new Uri(endpoint).Scheme);
    }

    [Fact]
    public async Task Refuses_an_answer_that_is_not_a_notification()
    {
        var response = new BackchannelAuthenticationCompleteResponse
        {
            Action = BackchannelAuthenticationCompleteAction.NoAction,
            ClientNotificationEndpoint = At("/cb").AbsoluteUri,
            ClientNotificationToken = Token,
            ResponseContent = Content,
        };

        await FluentActions.Awaiting(() => Sender().SendAsync(response)).Should().ThrowAsync<ArgumentException>();
        _server.Requests.Should().Be(0);
    }

    [Fact]
    public async Task Gives_up_after_its_own_timeout_and_reports_it()
    {
        CibaNotificationResult result = await Sender(TimeSpan.FromMilliseconds(300)).SendContentAsync(At("/slow"), Token, Content)
            .WaitAsync(TimeSpan.FromSeconds(15));

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("did not answer").And.Contain("0.3");
        result.Exception.Should().BeAssignableTo<OperationCanceledException>();
        Received("/slow").Should().Be(1);
    }

    [Fact]
    public async Task A_cancelled_token_is_thrown_not_reported()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await FluentActions.Awaiting(() => Sender(TimeSpan.FromSeconds(30)).SendContentAsync(At("/slow"), Token, Content, cts.Token).WaitAsync(TimeSpan.FromSeconds(15)))
            .Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("/redirect302", 302)]
    [InlineData("/redirect307", 307)]
    public async Task Follows_no_redirect_and_reports_it_as_a_failure(string path, int status)
    {
        foreach (CibaNotificationSender sender in new[] { Sender(), DiSender() })
        {
            CibaNotificationResult result = await sender.SendContentAsync(At(path), Token, Content);

            result.Succeeded.Should().BeFalse();
            result.Status.Should().Be(status);
            result.Error.Should().Contain("redirect");
        }

        Received(path).Should().Be(2);
        Received("/target").Should().Be(0, "the tokens must not follow a redirect");
    }

    [Fact]
    public async Task Reports_an_error_status()
    {
        CibaNotificationResult result = await Sender().SendContentAsync(At("/error"), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().Be(500);
        result.Error.Should().Contain("500");
        result.ToString().Should().Contain("500");
        Received("/error").Should().Be(1, "a notification is not retried");
    }

    [Fact]
    public async Task Reports_a_connection_failure()
    {
        Uri nowhere = new(FaultServer.UnusedAddress(), "/cb");

        CibaNotificationResult result = await Sender().SendContentAsync(nowhere, Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("could not be reached");
        result.Exception.Should().BeOfType<HttpRequestException>();
        result.ToString().Should().Contain("none");
    }

    private static CibaNotificationSender DiSender()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "t";
        });
        services.Configure<CibaNotificationSenderOptions>(AllowLoopbackHttp);
        return (CibaNotificationSender)services.BuildServiceProvider().GetRequiredService<ICibaNotificationSender>();
    }
}
