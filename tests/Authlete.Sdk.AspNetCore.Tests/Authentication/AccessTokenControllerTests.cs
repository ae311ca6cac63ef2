using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

/// <summary>A controller protected with <see cref="AuthleteScopesAttribute"/> on the class and on an action.</summary>
[ApiController]
[Route("orders")]
[AuthleteScopes("openid")]
public sealed class OrdersController : ControllerBase
{
    [HttpGet]
    public IActionResult List() => Ok(new[] { User.FindFirst("sub")?.Value });

    [HttpPost]
    [AuthleteScopes("email")]
    public IActionResult Create() => Accepted();
}

public sealed class AccessTokenControllerTests
{
    [Fact]
    public async Task The_attribute_protects_controllers_and_an_actions_scopes_add_to_the_controllers()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        (string token, _) = await FakeTokens.IssueAsync(authlete, "openid profile");
        await using TestHost host = await TestHost.StartAsync(authlete, services =>
        {
            services.AddAuthentication().AddAuthleteAccessToken();
            services.AddAuthorization();
            services.AddControllers().AddApplicationPart(typeof(OrdersController).Assembly);
        }, app => app.MapControllers());

        using HttpResponseMessage none = await host.Client.SendAsync(Get("/orders"));
        using HttpResponseMessage list = await host.Client.SendAsync(Get("/orders", "Bearer " + token));
        using HttpResponseMessage create = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/orders")
        {
            Headers = { { "Authorization", "Bearer " + token } },
        });

        ShouldBeChallenge(none, 401, "Bearer");
        ((int)list.StatusCode).Should().Be(200);
        (await list.Content.ReadAsStringAsync()).Should().Be("[\"alice\"]");
        ShouldBeChallenge(create, 403, "Bearer error=\"insufficient_scope\"");
        host.Calls.All[^1].Request["scopes"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo("openid", "email");
    }
}
