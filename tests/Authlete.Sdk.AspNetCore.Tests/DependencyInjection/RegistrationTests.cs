using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Authlete.Sdk.AspNetCore.Tests.DependencyInjection;

/// <summary>Registration traps: hosts with one flow only, and endpoints mapped without their services.</summary>
public sealed class RegistrationTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_device_flow_only_host_starts_without_a_ciba_implementation(string environment)
    {
        await using WebApplication app = Build(environment, services => services.AddAuthleteAspNetCore());
        app.MapAuthleteDeviceFlow();
        app.MapAuthleteToken();

        await app.StartAsync();

        using AsyncServiceScope scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().Should().NotBeNull();
        await app.StopAsync();
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task A_ciba_only_host_starts(string environment)
    {
        await using WebApplication app = Build(environment, services => services.AddAuthleteCiba<NobodyKnown>());
        app.MapAuthleteCiba();
        app.MapAuthleteToken();

        await app.StartAsync();
        await app.StopAsync();
    }

    [Fact]
    public async Task Mapping_ciba_without_an_implementation_fails_at_start_up_naming_the_call()
    {
        await using WebApplication app = Build("Production", services => services.AddAuthleteAspNetCore());

        FluentActions.Invoking(() => app.MapAuthleteCiba()).Should().Throw<InvalidOperationException>()
            .WithMessage("*MapAuthleteCiba()*IBackchannelAuthenticationHandlerSpi*AddAuthleteCiba<TSpi>()*");
    }

    [Fact]
    public async Task Mapping_without_add_authlete_asp_net_core_fails_at_start_up_naming_the_call()
    {
        await using WebApplication app = Build("Production", _ => { });

        FluentActions.Invoking(() => app.MapAuthleteToken()).Should().Throw<InvalidOperationException>()
            .WithMessage("*MapAuthleteToken()*AddAuthleteAspNetCore()*");
        FluentActions.Invoking(() => app.MapAuthleteDeviceFlow()).Should().Throw<InvalidOperationException>()
            .WithMessage("*MapAuthleteDeviceFlow()*AddAuthleteAspNetCore()*");
    }

    [Fact]
    public async Task Mapping_without_the_authlete_client_fails_at_start_up_naming_the_call()
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddAuthleteAspNetCore();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using WebApplication app = builder.Build();
        app.MapAuthleteToken();   // could still be bound to a keyed client (WithAuthleteClient): checked when the host starts

        await FluentActions.Awaiting(() => app.StartAsync()).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("*Authlete token*AddAuthleteClient(...)*");
    }

    private static WebApplication Build(string environment, Action<IServiceCollection> services)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthleteClient(o => { o.ServiceId = "1"; o.ServiceAccessToken = "t"; });
        services(builder.Services);
        return builder.Build();
    }

    private sealed class NobodyKnown : IBackchannelAuthenticationHandlerSpi
    {
        public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken)
            => Task.FromResult<CibaUserIdentification>(null!);

        public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
