using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.AspNetCore.Tests.Device;

public sealed class DeviceVerificationServiceTests
{
    private static ServiceProvider Services(FakeAuthlete authlete)
    {
        var services = new ServiceCollection().AddLogging();
        TestHost.AddAuthlete(services, authlete);
        services.AddAuthleteAspNetCore();
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("VALID", DeviceVerificationActionKind.Valid)]
    [InlineData("EXPIRED", DeviceVerificationActionKind.Expired)]
    [InlineData("NOT_EXIST", DeviceVerificationActionKind.NotExist)]
    [InlineData("SERVER_ERROR", DeviceVerificationActionKind.InternalServerError)]
    [InlineData("INTERNAL_SERVER_ERROR", DeviceVerificationActionKind.InternalServerError)]
    [InlineData("SOMETHING_NEW", DeviceVerificationActionKind.Unknown)]
    public async Task Verification_maps_every_action(string action, DeviceVerificationActionKind status)
    {
        var authlete = new FakeAuthlete().On("device/verification", FakeAuthlete.Json(action, null, "\"clientName\":\"TV\""));
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().VerifyAsync("WDJB-MJHT");

        outcome.Action.Should().Be(status);
        outcome.Response!.ClientName.Should().Be("TV");
        authlete.Call("device/verification")["userCode"]!.GetValue<string>().Should().Be("WDJB-MJHT");
    }

    [Theory]
    [InlineData("SUCCESS", DeviceCompleteActionKind.Success)]
    [InlineData("USER_CODE_EXPIRED", DeviceCompleteActionKind.UserCodeExpired)]
    [InlineData("USER_CODE_NOT_EXIST", DeviceCompleteActionKind.UserCodeNotExist)]
    [InlineData("INVALID_REQUEST", DeviceCompleteActionKind.InvalidRequest)]
    [InlineData("SERVER_ERROR", DeviceCompleteActionKind.ServerError)]
    [InlineData("SOMETHING_NEW", DeviceCompleteActionKind.Unknown)]
    public async Task Completion_maps_every_action(string action, DeviceCompleteActionKind status)
    {
        var authlete = new FakeAuthlete().On("device/complete", FakeAuthlete.Json(action));
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceCompleteOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>()
            .CompleteAsync("WDJB-MJHT", "alice", DeviceCompleteResult.AccessDenied);

        outcome.Action.Should().Be(status);
        JsonNode.DeepEquals(authlete.Call("device/complete"),
            JsonNode.Parse("""{"userCode":"WDJB-MJHT","result":"ACCESS_DENIED","subject":"alice"}""")).Should().BeTrue();
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_server_error_outcome()
    {
        var authlete = new FakeAuthlete().Rejects("device/verification");
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().VerifyAsync("X");

        outcome.Action.Should().Be(DeviceVerificationActionKind.InternalServerError);
        outcome.Exception.Should().BeOfType<AuthleteApiException>();
    }
}
