using System.Net;
using System.Text;
using Authlete.Sdk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary>
/// Server-side request forgery: the notification endpoint comes from client registration data, so the sender refuses
/// non-public destinations, before sending and again on the address it connects to. Each refusal is checked against a
/// real endpoint listening on loopback that counts what reaches it.
/// </summary>
public sealed class NotificationDestinationTests : IAsyncLifetime
{
    private const string Token = "cnt-destination-SECRET-0123456789";
    private const string Content = """{"auth_req_id":"r-1","access_token":"at-SECRET"}""";

    private LoopbackNotificationEndpoint _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await LoopbackNotificationEndpoint.StartAsync();

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    /// <summary>A sender over the SDK's own handler; plain http is allowed so that, without the check, the request would arrive.</summary>
    private static CibaNotificationSender Sender(Action<CibaNotificationSenderOptions>? configure = null, ILoggerProvider? logs = null)
    {
        var options = new CibaNotificationSenderOptions { AllowInsecureHttp = true, Timeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new CibaNotificationSender(new HttpClient(CibaNotificationSender.CreateHandler(options)), options, Logger(logs));
    }

    private static ILogger<CibaNotificationSender>? Logger(ILoggerProvider? logs)
        => logs is null ? null : new LoggerFactory([logs]).CreateLogger<CibaNotificationSender>();

    private static void AllowEveryLoopback(CibaNotificationSenderOptions options)
    {
        options.AllowedHosts.Add("localhost");
        options.AllowedNetworks.Add("127.0.0.0/8");
        options.AllowedNetworks.Add("::1");
        options.AllowedNetworks.Add("0.0.0.0/8");
        options.AllowedNetworks.Add("::");
    }

    // Every way .NET lets a URI name this machine's loopback; each would reach the endpoint without the check (the control
    // test below proves it).
    public static TheoryData<string, string> LoopbackNotations => new()
    {
        { "127.0.0.1", "loopback" },
        { "127.1", "loopback" },
        { "0x7f.1", "loopback" },
        { "0x7f.0.0.1", "loopback" },
        { "0177.0.0.1", "loopback" },
        { "0x7f000001", "loopback" },
        { "2130706433", "loopback" },
        { "017700000001", "loopback" },
        { "0.0.0.0", "unspecified" },
        { "0", "unspecified" },
        { "[::1]", "loopback" },
        { "[0:0:0:0:0:0:0:1]", "loopback" },
        { "[::ffff:127.0.0.1]", "IPv4-mapped form of 127.0.0.1, loopback" },
        { "[::ffff:7f00:1]", "IPv4-mapped form of 127.0.0.1, loopback" },
        { "localhost", "loopback name" },
        { "LOCALHOST", "loopback name" },
    };

    [Theory]
    [InlineData("[::]", "unspecified")]
    [InlineData("localhost.", "loopback name")]
    [InlineData("LocalHost.", "loopback name")]
    [InlineData("sub.localhost", "loopback name")]
    [InlineData("127.0.0.2", "loopback")]
    public async Task Refuses_other_loopback_forms_before_sending(string host, string rule)
    {
        CibaNotificationResult result = await Sender().SendContentAsync(_endpoint.At(host), Token, Content);

        result.Error.Should().Contain("refused").And.Contain(rule);
        result.Exception.Should().BeNull();
        _endpoint.Requests.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(LoopbackNotations))]
    public async Task Refuses_loopback_in_every_notation_before_sending(string host, string rule)
    {
        var logs = new CapturingLoggerProvider();

        CibaNotificationResult result = await Sender(logs: logs).SendContentAsync(_endpoint.At(host), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("refused").And.Contain(rule);
        result.Exception.Should().BeNull("the host was refused before any connection");
        _endpoint.Requests.Should().Be(0);
        CapturedLog entry = logs.Entries.Should().ContainSingle().Subject;
        entry.Level.Should().Be(LogLevel.Warning);
        entry.EventId.Id.Should().Be(1101);
        entry.AllText().Should().Contain(rule).And.NotContain(Token).And.NotContain("at-SECRET");
    }

    [Theory]
    [MemberData(nameof(LoopbackNotations))]
    public async Task The_same_notations_reach_the_endpoint_when_allow_listed(string host, string rule)
    {
        _ = rule;
        if (host.StartsWith('[') && !_endpoint.HasIPv6 && !host.Contains("ffff", StringComparison.Ordinal))
        {
            return;   // no [::1] listener on this machine: nothing to reach
        }

        CibaNotificationResult result = await Sender(AllowEveryLoopback).SendContentAsync(_endpoint.At(host), Token, Content);

        result.Succeeded.Should().BeTrue(result.ToString());
        _endpoint.Requests.Should().Be(1);
    }

    [Theory]
    [InlineData("https://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("https://0xa9fea9fe/latest/meta-data/", "link-local")]
    [InlineData("https://2852039166/latest/meta-data/", "link-local")]
    [InlineData("https://[::ffff:169.254.169.254]/", "IPv4-mapped form of 169.254.169.254, link-local")]
    [InlineData("https://[::ffff:a9fe:a9fe]/", "link-local")]
    [InlineData("https://[64:ff9b::a9fe:a9fe]/", "NAT64 form of 169.254.169.254, link-local")]
    [InlineData("https://[64:ff9b::7f00:1]/", "NAT64 form of 127.0.0.1, loopback")]
    [InlineData("https://[2002:7f00:1::1]/", "6to4 form of 127.0.0.1, loopback")]
    [InlineData("https://[::127.0.0.1]/", "IPv4-compatible")]
    [InlineData("https://169.254.170.2/v2/credentials", "link-local")]
    [InlineData("https://100.100.100.200/latest/meta-data/", "cloud metadata")]
    [InlineData("https://168.63.129.16/", "cloud platform")]
    [InlineData("https://192.0.0.192/", "IETF protocol assignments")]
    [InlineData("https://[fd00:ec2::254]/", "cloud metadata")]
    [InlineData("https://127.0.0.1:8443/admin", "loopback")]
    [InlineData("https://10.0.0.5/", "private network (10.0.0.0/8")]
    [InlineData("https://10.1/", "private network (10.0.0.0/8")]
    [InlineData("https://172.16.0.1/", "private network (172.16.0.0/12")]
    [InlineData("https://172.31.255.255/", "private network (172.16.0.0/12")]
    [InlineData("https://192.168.1.1/", "private network (192.168.0.0/16")]
    [InlineData("https://100.64.0.1/", "carrier-grade NAT")]
    [InlineData("https://100.127.255.254/", "carrier-grade NAT")]
    [InlineData("https://[fc00::1]/", "unique local")]
    [InlineData("https://[fd12:3456::1]/", "unique local")]
    [InlineData("https://[fe80::1]/", "link-local")]
    [InlineData("https://[fe80::1%25eth0]/", "link-local")]
    [InlineData("https://[fec0::1]/", "site-local")]
    [InlineData("https://224.0.0.1/", "multicast")]
    [InlineData("https://239.255.255.250/", "multicast")]
    [InlineData("https://[ff02::1]/", "multicast")]
    [InlineData("https://255.255.255.255/", "broadcast")]
    [InlineData("https://240.0.0.1/", "reserved")]
    [InlineData("https://192.0.2.1/", "documentation")]
    [InlineData("https://198.51.100.7/", "documentation")]
    [InlineData("https://203.0.113.9/", "documentation")]
    [InlineData("https://198.18.0.1/", "benchmarking")]
    [InlineData("https://[2001:db8::1]/", "documentation")]
    [InlineData("https://[2001::1]/", "Teredo")]
    [InlineData("https://metadata.google.internal/computeMetadata/v1/", "cloud metadata service name")]
    [InlineData("https://METADATA.Google.Internal./computeMetadata/v1/", "cloud metadata service name")]
    [InlineData("https://metadata.goog/", "cloud metadata service name")]
    [InlineData("https://metadata/", "cloud metadata service name")]
    [InlineData("https://instance-data/latest/", "cloud metadata service name")]
    [InlineData("https://instance-data.ec2.internal/latest/", "cloud metadata service name")]
    [InlineData("https://metadata.azure.com/", "cloud metadata service name")]
    [InlineData("https://kubernetes.default.svc/", "cloud metadata service name")]
    [InlineData("https://api.localhost/", "loopback name")]
    [InlineData("https://ｌｏｃａｌｈｏｓｔ/", "loopback name")]
    [InlineData("https://intranet/", "single-label")]
    [InlineData("https://db.corp.internal/", "private-use domain")]
    [InlineData("https://printer.local/", "multicast DNS")]
    public async Task Refuses_internal_and_special_purpose_destinations(string endpoint, string rule)
    {
        var sender = new CibaNotificationSender(new CibaNotificationSenderOptions { Timeout = TimeSpan.FromSeconds(2) });

        CibaNotificationResult result = await sender.SendContentAsync(new Uri(endpoint), Token, Content).WaitAsync(TimeSpan.FromSeconds(10));

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("refused").And.Contain(rule).And.NotContain(Token);
        result.Exception.Should().BeNull("the destination was refused before any connection was tried");
    }

    [Fact]
    public async Task The_sdk_handler_refuses_at_connect_time_a_name_that_resolves_to_loopback()
    {
        // No sender here: only the handler's connect callback stands between the name and the address.
        using var refusing = new HttpClient(CibaNotificationSender.CreateHandler());
        using var allowing = new HttpClient(CibaNotificationSender.CreateHandler(new CibaNotificationSenderOptions { AllowedHosts = { "localhost" } }));

        Func<Task> refused = () => refusing.PostAsync(_endpoint.At("localhost"), new StringContent(Content, Encoding.UTF8, "application/json"));

        (await refused.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().Contain("refused").And.Contain("loopback");
        _endpoint.Requests.Should().Be(0);
        using HttpResponseMessage answer = await allowing.PostAsync(_endpoint.At("localhost"), new StringContent(Content, Encoding.UTF8, "application/json"));
        answer.StatusCode.Should().Be(HttpStatusCode.NoContent);
        _endpoint.Requests.Should().Be(1, "the same request reaches the endpoint once localhost is allowed");
    }

    [Fact]
    public async Task The_connect_time_refusal_is_a_reported_failure_of_the_sender()
    {
        // The sender lets "localhost" through (an allowed host), the handler does not: the name resolves to loopback.
        var logs = new CapturingLoggerProvider();
        var options = new CibaNotificationSenderOptions { AllowInsecureHttp = true, AllowedHosts = { "localhost" } };
        var sender = new CibaNotificationSender(new HttpClient(CibaNotificationSender.CreateHandler()), options, Logger(logs));

        CibaNotificationResult result = await sender.SendContentAsync(_endpoint.At("localhost"), Token, Content);

        result.Succeeded.Should().BeFalse();
        result.Status.Should().BeNull();
        result.Error.Should().Contain("refused").And.Contain("loopback").And.NotContain(Token);
        result.Exception.Should().BeOfType<HttpRequestException>();
        _endpoint.Requests.Should().Be(0);
        CapturedLog entry = logs.Entries.Should().ContainSingle().Subject;
        (entry.Level, entry.EventId.Id).Should().Be((LogLevel.Warning, 1101));
        entry.AllText().Should().NotContain(Token).And.NotContain("at-SECRET");
    }

    [Fact]
    public async Task The_handler_registered_by_add_authlete_client_checks_the_connected_address()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "t";
        });
        services.Configure<CibaNotificationSenderOptions>(o => o.AllowInsecureHttp = true);
        await using ServiceProvider provider = services.BuildServiceProvider();
        HttpMessageHandler handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(nameof(ICibaNotificationSender));
        using var client = new HttpClient(handler, disposeHandler: false);

        Func<Task> send = () => client.PostAsync(_endpoint.At("localhost"), new StringContent(Content, Encoding.UTF8, "application/json"));

        (await send.Should().ThrowAsync<HttpRequestException>()).Which.Message.Should().Contain("loopback");
        CibaNotificationResult result = await provider.GetRequiredService<ICibaNotificationSender>().SendContentAsync(_endpoint.At("127.0.0.1"), Token, Content);
        result.Error.Should().Contain("refused").And.Contain("loopback");
        _endpoint.Requests.Should().Be(0);
    }

    [Fact]
    public async Task The_allow_list_of_add_authlete_client_reaches_both_checks()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "t";
        });
        services.Configure<CibaNotificationSenderOptions>(o =>
        {
            o.AllowInsecureHttp = true;
            o.AllowedHosts.Add("localhost");
        });
        await using ServiceProvider provider = services.BuildServiceProvider();

        CibaNotificationResult result = await provider.GetRequiredService<ICibaNotificationSender>().SendContentAsync(_endpoint.At("localhost"), Token, Content);

        result.Succeeded.Should().BeTrue(result.ToString());
        _endpoint.Requests.Should().Be(1);
    }

    [Fact]
    public async Task Allowing_private_networks_does_not_allow_loopback()
    {
        CibaNotificationResult result = await Sender(o => o.AllowPrivateNetworks = true).SendContentAsync(_endpoint.At("127.0.0.1"), Token, Content);

        result.Error.Should().Contain("loopback");
        _endpoint.Requests.Should().Be(0);
    }

    [Fact]
    public void The_sdk_handler_follows_no_redirect_and_uses_no_proxy()
    {
        using HttpMessageHandler handler = CibaNotificationSender.CreateHandler();

        SocketsHttpHandler sockets = handler.Should().BeOfType<SocketsHttpHandler>().Subject;
        sockets.AllowAutoRedirect.Should().BeFalse();
        sockets.UseProxy.Should().BeFalse("a proxy would connect on the sender's behalf, out of reach of the address check");
        sockets.ConnectCallback.Should().NotBeNull();
    }
}
