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
    [InlineData("VALID", DeviceVerificationStatus.Valid)]
    [InlineData("EXPIRED", DeviceVerificationStatus.Expired)]
    [InlineData("NOT_EXIST", DeviceVerificationStatus.NotExist)]
    [InlineData("SERVER_ERROR", DeviceVerificationStatus.ServerError)]
    [InlineData("INTERNAL_SERVER_ERROR", DeviceVerificationStatus.ServerError)]
    [InlineData("SOMETHING_NEW", DeviceVerificationStatus.ServerError)]
    public async Task Verification_maps_every_action(string action, DeviceVerificationStatus status)
    {
        var authlete = new FakeAuthlete().On("device/verification", FakeAuthlete.Json(action, null, "\"clientName\":\"TV\""));
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<DeviceVerificationService>().VerifyAsync("WDJB-MJHT");

        outcome.Status.Should().Be(status);
        outcome.Response!.ClientName.Should().Be("TV");
        authlete.Call("device/verification")["userCode"]!.GetValue<string>().Should().Be("WDJB-MJHT");
    }

    [Theory]
    [InlineData("SUCCESS", DeviceCompletionStatus.Success)]
    [InlineData("USER_CODE_EXPIRED", DeviceCompletionStatus.Expired)]
    [InlineData("USER_CODE_NOT_EXIST", DeviceCompletionStatus.NotExist)]
    [InlineData("INVALID_REQUEST", DeviceCompletionStatus.InvalidRequest)]
    [InlineData("SERVER_ERROR", DeviceCompletionStatus.ServerError)]
    [InlineData("SOMETHING_NEW", DeviceCompletionStatus.ServerError)]
    public async Task Completion_maps_every_action(string action, DeviceCompletionStatus status)
    {
        var authlete = new FakeAuthlete().On("device/complete", FakeAuthlete.Json(action));
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceCompletionOutcome outcome = await scope.ServiceProvider.GetRequiredService<DeviceVerificationService>()
            .CompleteAsync("WDJB-MJHT", "alice", DeviceCompleteResult.AccessDenied);

        outcome.Status.Should().Be(status);
        JsonNode.DeepEquals(authlete.Call("device/complete"),
            JsonNode.Parse("""{"userCode":"WDJB-MJHT","result":"ACCESS_DENIED","subject":"alice"}""")).Should().BeTrue();
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_server_error_outcome()
    {
        var authlete = new FakeAuthlete().Rejects("device/verification");
        await using ServiceProvider provider = Services(authlete);
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<DeviceVerificationService>().VerifyAsync("X");

        outcome.Status.Should().Be(DeviceVerificationStatus.ServerError);
        outcome.Exception.Should().BeOfType<AuthleteApiException>();
    }
}
