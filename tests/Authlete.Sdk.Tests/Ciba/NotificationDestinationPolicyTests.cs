using System.Net;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary>The destination policy address by address: what the connect-time check applies to every resolved address.</summary>
public sealed class NotificationDestinationPolicyTests
{
    private static readonly NotificationDestinationPolicy Default = new(new CibaNotificationSenderOptions());

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("93.184.215.14")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4001:80b::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    public void Public_addresses_are_allowed(string address)
        => Default.CheckAddress(IPAddress.Parse(address)).Should().BeNull();

    [Theory]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("10.0.0.5", "RFC 1918")]
    [InlineData("172.16.0.1", "RFC 1918")]
    [InlineData("192.168.0.1", "RFC 1918")]
    [InlineData("100.64.0.1", "RFC 6598")]
    [InlineData("100.100.100.200", "cloud metadata")]
    [InlineData("224.0.0.251", "multicast")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("::ffff:127.0.0.1", "IPv4-mapped form of 127.0.0.1, loopback")]
    [InlineData("::ffff:10.0.0.1", "IPv4-mapped form of 10.0.0.1, private network")]
    [InlineData("::ffff:0.0.0.0", "IPv4-mapped form of 0.0.0.0, unspecified")]
    [InlineData("::127.0.0.1", "IPv4-compatible")]
    [InlineData("64:ff9b::127.0.0.1", "NAT64 form of 127.0.0.1, loopback")]
    [InlineData("64:ff9b::10.0.0.1", "NAT64 form of 10.0.0.1, private network")]
    [InlineData("64:ff9b:1::1", "local-use")]
    [InlineData("2002:a9fe:a9fe::", "6to4 form of 169.254.169.254, link-local")]
    [InlineData("fc00::1", "unique local")]
    [InlineData("fdff:ffff::1", "unique local")]
    [InlineData("fd00:ec2::254", "cloud metadata")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fe80::1%2", "link-local")]
    [InlineData("febf::1", "link-local")]
    [InlineData("fec0::1", "site-local")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("100::1", "discard-only")]
    public void Special_purpose_addresses_are_refused_with_the_rule_named(string address, string rule)
        => Default.CheckAddress(IPAddress.Parse(address)).Should().Contain("refused").And.Contain(rule);

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("172.31.0.1")]
    [InlineData("192.168.10.20")]
    [InlineData("100.64.0.1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fec0::1")]
    [InlineData("::ffff:192.168.0.1")]
    [InlineData("64:ff9b::10.0.0.1")]
    public void Allow_private_networks_allows_the_private_ranges(string address)
    {
        var policy = new NotificationDestinationPolicy(new CibaNotificationSenderOptions { AllowPrivateNetworks = true });

        policy.CheckAddress(IPAddress.Parse(address)).Should().BeNull();
        Default.CheckAddress(IPAddress.Parse(address)).Should().NotBeNull();
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.100.100.200")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    public void Allow_private_networks_keeps_loopback_link_local_and_metadata_refused(string address)
    {
        var policy = new NotificationDestinationPolicy(new CibaNotificationSenderOptions { AllowPrivateNetworks = true });

        policy.CheckAddress(IPAddress.Parse(address)).Should().NotBeNull();
    }

    [Theory]
    [InlineData("10.20.0.0/16", "10.20.3.4", true)]
    [InlineData("10.20.99.1/16", "10.20.3.4", true)]
    [InlineData("10.20.0.0/16", "10.21.0.1", false)]
    [InlineData("10.20.0.0/16", "::ffff:10.20.0.9", true)]
    [InlineData("127.0.0.1", "127.0.0.1", true)]
    [InlineData("127.0.0.1", "127.0.0.2", false)]
    [InlineData("fd12:3456::/48", "fd12:3456:0:1::5", true)]
    [InlineData("fd12:3456::/48", "fd12:3457::5", false)]
    [InlineData("::1", "::1", true)]
    [InlineData("169.254.169.254/32", "169.254.169.254", true)]
    [InlineData("0.0.0.0/0", "10.0.0.1", true)]
    public void Allowed_networks_win_over_every_rule(string network, string address, bool allowed)
    {
        var policy = new NotificationDestinationPolicy(new CibaNotificationSenderOptions { AllowedNetworks = { network } });

        (policy.CheckAddress(IPAddress.Parse(address)) is null).Should().Be(allowed);
    }

    [Theory]
    [InlineData("https://rp.example.com/cb")]
    [InlineData("https://localhost.example.com/cb")]
    [InlineData("https://internal.example.com/cb")]
    [InlineData("https://metadata.example.com/cb")]
    [InlineData("https://8.8.8.8/cb")]
    [InlineData("https://[2606:4700:4700::1111]/cb")]
    [InlineData("https://xn--bcher-kva.example/cb")]
    public void Public_endpoints_pass_the_host_check(string endpoint)
        => Default.CheckEndpoint(new Uri(endpoint)).Should().BeNull();

    [Theory]
    [InlineData("https://LOCALHOST/cb")]
    [InlineData("https://Metadata.Google.Internal./cb")]
    [InlineData("https://0x7f.1/cb")]
    [InlineData("https://0177.0.0.1/cb")]
    [InlineData("https://2130706433/cb")]
    [InlineData("https://[::ffff:7f00:1]/cb")]
    public void Every_notation_is_refused_by_the_host_check(string endpoint)
        => Default.CheckEndpoint(new Uri(endpoint)).Should().Contain("refused");

    [Theory]
    [InlineData("notify.corp.example", "https://NOTIFY.corp.example./cb")]
    [InlineData("localhost.", "https://localhost/cb")]
    [InlineData("LocalHost", "https://localhost./cb")]
    public void Allowed_hosts_match_case_insensitively_and_ignore_a_trailing_dot(string allowed, string endpoint)
    {
        var policy = new NotificationDestinationPolicy(new CibaNotificationSenderOptions { AllowedHosts = { allowed } });

        policy.CheckEndpoint(new Uri(endpoint)).Should().BeNull();
        policy.IsAllowedHost(new Uri(endpoint).Host).Should().BeTrue();
    }

    [Fact]
    public void An_allowed_host_does_not_allow_its_subdomains()
    {
        var policy = new NotificationDestinationPolicy(new CibaNotificationSenderOptions { AllowedHosts = { "corp.internal" } });

        policy.CheckEndpoint(new Uri("https://corp.internal/cb")).Should().BeNull();
        policy.CheckEndpoint(new Uri("https://x.corp.internal/cb")).Should().Contain("private-use domain");
    }
}
