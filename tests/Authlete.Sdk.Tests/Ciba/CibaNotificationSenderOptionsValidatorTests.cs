using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary>CibaNotificationSenderOptions are checked at start-up and by every constructor, with messages naming the setting.</summary>
public sealed class CibaNotificationSenderOptionsValidatorTests
{
    public static TheoryData<TimeSpan> BadTimeouts => new()
    {
        TimeSpan.Zero,
        TimeSpan.FromTicks(1),
        TimeSpan.FromMilliseconds(-5),
        Timeout.InfiniteTimeSpan,
        TimeSpan.FromHours(1) + TimeSpan.FromTicks(1),
        TimeSpan.FromDays(60),
        TimeSpan.MaxValue,
    };

    [Theory]
    [MemberData(nameof(BadTimeouts))]
    public void A_timeout_out_of_range_is_refused_by_the_validator_and_every_constructor(TimeSpan timeout)
    {
        var options = new CibaNotificationSenderOptions { Timeout = timeout };
        const string Expected = "CibaNotificationSenderOptions:Timeout must be between 1 millisecond and 1 hour*";

        new CibaNotificationSenderOptionsValidator().Validate(null, options).FailureMessage.Should().Match(Expected);
        FluentActions.Invoking(() => new CibaNotificationSender(options)).Should().Throw<ArgumentException>().WithMessage(Expected);
        FluentActions.Invoking(() => new CibaNotificationSender(new HttpClient(), options, null)).Should().Throw<ArgumentException>().WithMessage(Expected);
        FluentActions.Invoking(() => CibaNotificationSender.CreateHandler(options)).Should().Throw<ArgumentException>().WithMessage(Expected);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10_000)]
    [InlineData(3_600_000)]
    public void A_timeout_in_range_is_accepted(int milliseconds)
    {
        var options = new CibaNotificationSenderOptions { Timeout = TimeSpan.FromMilliseconds(milliseconds) };

        CibaNotificationSenderOptionsValidator.GetFailures(options).Should().BeEmpty();
        FluentActions.Invoking(() => new CibaNotificationSender(options)).Should().NotThrow();
        CibaNotificationSenderOptionsValidator.MaxTimeout.Should().Be(TimeSpan.FromHours(1));
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/")]
    [InlineData("/8")]
    [InlineData("not-an-address")]
    [InlineData("10.0.0.0/8x")]
    [InlineData("fe80::1%eth0")]
    [InlineData("fd00::/129")]
    [InlineData("")]
    [InlineData(" ")]
    public void An_allowed_network_that_does_not_parse_is_refused(string entry)
    {
        var options = new CibaNotificationSenderOptions { AllowedNetworks = { "127.0.0.0/8", entry } };

        List<string> failures = CibaNotificationSenderOptionsValidator.GetFailures(options);

        failures.Should().ContainSingle().Which.Should().StartWith($"CibaNotificationSenderOptions:AllowedNetworks entry '{entry}' is not");
        FluentActions.Invoking(() => new CibaNotificationSender(options)).Should().Throw<ArgumentException>().WithMessage("*AllowedNetworks*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("bad host")]
    [InlineData("*.example.com")]
    [InlineData("a/b")]
    [InlineData("http://example.com")]
    public void An_allowed_host_that_is_not_a_host_name_is_refused(string entry)
    {
        var options = new CibaNotificationSenderOptions { AllowedHosts = { entry } };

        CibaNotificationSenderOptionsValidator.GetFailures(options).Should().ContainSingle()
            .Which.Should().StartWith($"CibaNotificationSenderOptions:AllowedHosts entry '{entry}' is not a host name");
    }

    [Fact]
    public void Valid_allow_lists_are_accepted()
    {
        var options = new CibaNotificationSenderOptions
        {
            AllowedHosts = { "notify.corp.example", "localhost.", "127.0.0.1" },
            AllowedNetworks = { "10.20.0.0/16", "10.20.1.2/16", "127.0.0.1", "::1", "fd12:3456::/48", "0.0.0.0/0" },
        };

        CibaNotificationSenderOptionsValidator.GetFailures(options).Should().BeEmpty();
    }

    [Fact]
    public async Task Add_authlete_client_validates_the_notification_options_at_start_up()
    {
        HostApplicationBuilder builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "t";
        });
        builder.Services.Configure<CibaNotificationSenderOptions>(o =>
        {
            o.Timeout = TimeSpan.Zero;
            o.AllowedNetworks.Add("10.0.0.0/40");
        });
        using IHost host = builder.Build();

        (await FluentActions.Awaiting(() => host.StartAsync()).Should().ThrowAsync<OptionsValidationException>())
            .Which.Failures.Should().BeEquivalentTo(
                "CibaNotificationSenderOptions:Timeout must be between 1 millisecond and 1 hour; got 00:00:00.",
                "CibaNotificationSenderOptions:AllowedNetworks entry '10.0.0.0/40' is not an IP address or a network in CIDR notation (such as 10.20.0.0/16 or fd12:3456::/48).");
    }

    [Fact]
    public void Add_authlete_client_registers_the_validator_once()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(o => o.ServiceId = "1");
        services.AddAuthleteClient(o => o.ServiceId = "1");

        services.Count(d => d.ServiceType == typeof(IValidateOptions<CibaNotificationSenderOptions>)).Should().Be(1);
    }
}
