using System.Text;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Http;

/// <summary>The form limits a host can set on <see cref="AuthleteAspNetCoreOptions"/>.</summary>
public sealed class FormLimitOptionsTests
{
    private static async Task RejectedAsync(Action<AuthleteAspNetCoreOptions> options, string path, string body, int status, string description,
        Action<WebApplication>? map = null)
    {
        await using TestHost host = await MalformedRequestTests.StartAsync(new FakeAuthlete(), options, map);

        using HttpResponseMessage response = await host.PostFormAsync(path, body);

        await MalformedRequestTests.ShouldBeRejectedAsync(response, host, status, description);
    }

    [Fact]
    public Task The_parameter_count_is_configurable()
        => RejectedAsync(o => o.MaxFormParameterCount = 3, "/token", "a=1&b=2&c=3&d=4", 400, "The request has more than 3 parameters.");

    [Fact]
    public Task The_body_size_is_configurable()
        => RejectedAsync(o => o.MaxFormBodySize = 1024, "/device_authorization", "client_id=tv&x=" + new string('a', 1010), 413,
            "The request body is larger than 1024 bytes.");

    [Fact]
    public Task The_value_length_is_configurable()
        => RejectedAsync(o => o.MaxFormValueLength = 10, "/backchannel/authentication", "scope=openid&login_hint=alice%40example.com", 400,
            "The value of the parameter login_hint is longer than 10 characters.");

    [Fact]
    public Task A_form_the_host_already_read_is_still_checked()
        => RejectedAsync(_ => { }, "/token", "grant_type=x&grant_type=y", 400, "The parameter grant_type is included more than once.",
            app => app.Use(async (context, next) =>
            {
                await context.Request.ReadFormAsync();
                await next(context);
            }));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_lower_limit_of_the_server_is_the_one_answered(bool chunked)
    {
        await using TestHost host = await TestHost.StartAsync(new FakeAuthlete(), s => s
            .AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers())
            .Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = 100));
        byte[] body = Encoding.ASCII.GetBytes("grant_type=x&device_code=" + new string('d', 200));
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        using HttpResponseMessage response = await host.Client.PostAsync("/token", content);

        await MalformedRequestTests.ShouldBeRejectedAsync(response, host, 413, "The request body is larger than 100 bytes.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Limits_must_be_positive(int value)
    {
        var options = new AuthleteAspNetCoreOptions();

        options.Invoking(o => o.MaxFormBodySize = value).Should().Throw<ArgumentOutOfRangeException>();
        options.Invoking(o => o.MaxFormParameterCount = value).Should().Throw<ArgumentOutOfRangeException>();
        options.Invoking(o => o.MaxFormValueLength = value).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_defaults_are_sized_for_oauth_requests()
    {
        var options = new AuthleteAspNetCoreOptions();

        options.MaxFormBodySize.Should().Be(64 * 1024);
        options.MaxFormParameterCount.Should().Be(100);
        options.MaxFormValueLength.Should().Be(32 * 1024);
    }
}
