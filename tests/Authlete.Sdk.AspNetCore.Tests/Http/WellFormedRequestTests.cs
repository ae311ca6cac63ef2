using System.Text;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Authlete.Sdk.AspNetCore.Tests.Http;

/// <summary>What the form reader must still accept and forward unchanged, at and around its limits.</summary>
public sealed class WellFormedRequestTests
{
    private const string Refusal = """{"error":"invalid_grant"}""";

    /// <summary>
    /// The API each endpoint forwards to, and a scripted refusal of it: what Authlete makes of these forms does not
    /// matter here, only that they reach it unchanged and its answer comes back.
    /// </summary>
    private static readonly Dictionary<string, (AuthleteApiDescription Api, Action<FakeAuthlete> Refuse)> s_apis = new()
    {
        ["/token"] = (AuthleteApis.Token,
            a => a.EnqueueResponse(AuthleteApis.Token, new TokenResponse { Action = TokenAction.BadRequest, ResponseContent = Refusal })),
        ["/device_authorization"] = (AuthleteApis.DeviceAuthorization,
            a => a.EnqueueResponse(AuthleteApis.DeviceAuthorization, new DeviceAuthorizationResponse { Action = DeviceAuthorizationAction.BadRequest, ResponseContent = Refusal })),
        ["/backchannel/authentication"] = (AuthleteApis.BackchannelAuthentication,
            a => a.EnqueueResponse(AuthleteApis.BackchannelAuthentication, new BackchannelAuthenticationResponse { Action = BackchannelAuthenticationAction.BadRequest, ResponseContent = Refusal })),
    };

    private static async Task<string> ForwardedAsync(string path, string body, string contentType, Action<AuthleteAspNetCoreOptions>? options = null,
        Action<WebApplication>? map = null)
    {
        var authlete = new FakeAuthlete();
        s_apis[path].Refuse(authlete);
        await using TestHost host = await TestHost.StartAsync(authlete,
            s => s.AddSingleton<IBackchannelAuthenticationHandlerSpi>(new FakeUsers()),
            map, options);
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType).Should().BeTrue();

        using HttpResponseMessage response = await host.Client.PostAsync(path, content);

        await response.ShouldBeAsync(400, Refusal);
        host.Logs.Entries.Should().NotContain(e => e.Level >= LogLevel.Warning);
        return host.Calls.Request(s_apis[path].Api)["parameters"]!.GetValue<string>();
    }

    [Theory]
    [InlineData("/token", "application/x-www-form-urlencoded")]
    [InlineData("/token", "application/x-www-form-urlencoded; charset=UTF-8")]
    [InlineData("/device_authorization", "application/x-www-form-urlencoded;charset=\"utf-8\"")]
    [InlineData("/backchannel/authentication", "Application/X-WWW-Form-Urlencoded; charset=us-ascii")]
    public async Task Utf8_forms_are_forwarded_whatever_the_spelling_of_the_media_type(string path, string contentType)
    {
        string parameters = await ForwardedAsync(path, "client_id=tv&scope=openid%20profile&binding_message=caf%C3%A9+%E2%82%AC", contentType);

        parameters.Should().Be("client_id=tv&scope=openid+profile&binding_message=caf%C3%A9+%E2%82%AC");
    }

    [Theory]
    [InlineData("/token")]
    [InlineData("/device_authorization")]
    [InlineData("/backchannel/authentication")]
    public async Task Repeatable_parameters_and_values_sent_empty_are_not_duplicates(string path)
    {
        string parameters = await ForwardedAsync(path,
            "resource=https%3A%2F%2Fa&scope=&audience=x&resource=https%3A%2F%2Fb&scope=openid&audience=y&flag", "application/x-www-form-urlencoded");

        parameters.Should().Be("resource=https%3A%2F%2Fa&scope=&audience=x&resource=https%3A%2F%2Fb&scope=openid&audience=y&flag=");
    }

    [Fact]
    public async Task Parameter_names_are_case_sensitive_and_keep_their_order()
    {
        string parameters = await ForwardedAsync("/token", "Scope=a&grant_type=x&scope=b", "application/x-www-form-urlencoded");

        parameters.Should().Be("Scope=a&grant_type=x&scope=b");
    }

    [Fact]
    public async Task A_request_exactly_at_the_default_limits_is_forwarded()
    {
        // 100 parameters, one value of 32768 characters, 65536 bytes in all.
        var body = new StringBuilder("v=").Append('a', 32 * 1024);
        for (int i = 1; i < 99; i++)
        {
            body.Append("&p").Append(i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)).Append('=');
        }

        body.Append("&z=");
        body.Append('b', 64 * 1024 - body.Length);

        string parameters = await ForwardedAsync("/token", body.ToString(), "application/x-www-form-urlencoded");

        parameters.Length.Should().Be(64 * 1024);
        parameters.Split('&').Should().HaveCount(100);
    }

    [Fact]
    public async Task A_form_the_host_already_read_is_validated_and_forwarded()
    {
        string parameters = await ForwardedAsync("/token", "grant_type=x&device_code=dc", "application/x-www-form-urlencoded",
            map: app => app.Use(async (context, next) =>
            {
                await context.Request.ReadFormAsync();
                await next(context);
            }));

        parameters.Should().Be("grant_type=x&device_code=dc");
    }
}
