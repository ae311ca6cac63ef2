using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Authlete.Sdk.AspNetCore.Tests.Device;

/// <summary>DeviceVerificationService over the DI-registered Authlete client, against the fake Authlete.</summary>
public sealed class DeviceVerificationServiceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeAuthlete _authlete;
    private readonly AuthleteCalls _calls = new();

    public DeviceVerificationServiceTests()
    {
        _authlete = new FakeAuthlete(new FakeServiceSettings { DeviceFlowCodeDuration = TimeSpan.FromMinutes(10) }, _time);
        _authlete.AddClient(new FakeClient { ClientId = 2001, ClientIdAlias = "tv", ClientName = "TV", ClientAuthMethod = ClientAuthMethod.None });
    }

    public void Dispose() => _authlete.Dispose();

    private ServiceProvider Services()
    {
        var services = new ServiceCollection().AddLogging();
        TestHost.AddAuthlete(services, _authlete, _calls);
        services.AddAuthleteAspNetCore();
        return services.BuildServiceProvider();
    }

    /// <summary>The TV asks for a user code (on the fake directly, so not in <see cref="_calls"/>).</summary>
    private async Task<string> UserCodeAsync()
    {
        DeviceAuthorizationResponse started = await _authlete.DeviceAuthorizationAsync(new() { Parameters = "client_id=tv&scope=openid" });
        started.Action.Should().Be(DeviceAuthorizationAction.Ok, started.ResultMessage);
        return started.UserCode!;
    }

    /// <summary>A user code in each state the fake knows: valid, expired, and one it never issued.</summary>
    private async Task<string> UserCodeAsync(string state)
    {
        if (state == "NOT_EXIST")
        {
            return "WDJB-MJHT";
        }

        string userCode = await UserCodeAsync();
        if (state == "EXPIRED")
        {
            _time.Advance(TimeSpan.FromMinutes(11));
        }

        return userCode;
    }

    [Theory]
    [InlineData("VALID", DeviceVerificationActionKind.Valid)]
    [InlineData("EXPIRED", DeviceVerificationActionKind.Expired)]
    [InlineData("NOT_EXIST", DeviceVerificationActionKind.NotExist)]
    public async Task Verification_maps_the_actions_of_authlete(string action, DeviceVerificationActionKind status)
    {
        string userCode = await UserCodeAsync(action);
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().VerifyAsync(userCode);

        outcome.Action.Should().Be(status);
        outcome.Response!.Action.Value.Should().Be(action);
        if (status == DeviceVerificationActionKind.Valid)
        {
            outcome.Response.ClientName.Should().Be("TV");
        }

        _calls.Request(AuthleteApis.DeviceVerification)["userCode"]!.GetValue<string>().Should().Be(DeviceVerificationService.NormalizeUserCode(userCode));
    }

    [Theory]
    [InlineData("SERVER_ERROR", DeviceVerificationActionKind.InternalServerError)]
    [InlineData("INTERNAL_SERVER_ERROR", DeviceVerificationActionKind.InternalServerError)]
    [InlineData("SOMETHING_NEW", DeviceVerificationActionKind.Unknown)]
    public async Task Verification_maps_the_actions_the_fake_never_gives(string action, DeviceVerificationActionKind status)
    {
        _authlete.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { Action = action, ClientName = "TV" });
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().VerifyAsync("WDJB-MJHT");

        outcome.Action.Should().Be(status);
        outcome.Response!.ClientName.Should().Be("TV");
        _calls.Request(AuthleteApis.DeviceVerification)["userCode"]!.GetValue<string>().Should().Be("WDJBMJHT", "the dash is punctuation the user may type (RFC 8628 §6.1)");
    }

    [Theory]
    [InlineData("SUCCESS", DeviceCompleteActionKind.Success)]
    [InlineData("USER_CODE_EXPIRED", DeviceCompleteActionKind.UserCodeExpired)]
    [InlineData("USER_CODE_NOT_EXIST", DeviceCompleteActionKind.UserCodeNotExist)]
    public async Task Completion_maps_the_actions_of_authlete(string action, DeviceCompleteActionKind status)
    {
        string userCode = await UserCodeAsync(action switch { "SUCCESS" => "VALID", "USER_CODE_EXPIRED" => "EXPIRED", _ => "NOT_EXIST" });
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceCompleteOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>()
            .CompleteAsync(userCode, "alice", DeviceCompleteResult.AccessDenied);

        outcome.Action.Should().Be(status);
        outcome.Response!.Action.Value.Should().Be(action);
        ShouldHaveSent(userCode);
    }

    [Theory]
    [InlineData("INVALID_REQUEST", DeviceCompleteActionKind.InvalidRequest)]
    [InlineData("SERVER_ERROR", DeviceCompleteActionKind.ServerError)]
    [InlineData("SOMETHING_NEW", DeviceCompleteActionKind.Unknown)]
    public async Task Completion_maps_the_actions_the_fake_never_gives(string action, DeviceCompleteActionKind status)
    {
        _authlete.EnqueueResponse(AuthleteApis.DeviceComplete, new DeviceCompleteResponse { Action = action });
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceCompleteOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>()
            .CompleteAsync("WDJB-MJHT", "alice", DeviceCompleteResult.AccessDenied);

        outcome.Action.Should().Be(status);
        ShouldHaveSent("WDJB-MJHT");
    }

    private void ShouldHaveSent(string userCode)
    {
        JsonObject sent = _calls.Request(AuthleteApis.DeviceComplete);
        JsonNode.DeepEquals(sent, new JsonObject { ["userCode"] = DeviceVerificationService.NormalizeUserCode(userCode), ["result"] = "ACCESS_DENIED", ["subject"] = "alice" })
            .Should().BeTrue(sent.ToJsonString());
    }

    [Fact]
    public async Task Authlete_unreachable_is_a_server_error_outcome()
    {
        _authlete.EnqueueFailure(AuthleteApis.DeviceVerification, 403, "A001215", "[A001215] locked");
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();

        DeviceVerificationOutcome outcome = await scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>().VerifyAsync("X");

        outcome.Action.Should().Be(DeviceVerificationActionKind.InternalServerError);
        outcome.Exception.Should().BeOfType<AuthleteApiException>().Which.Status.Should().Be(403);
    }

    [Theory]
    [InlineData(" {0} ")]
    [InlineData("{1}")]
    [InlineData("{2}")]
    public async Task What_the_user_typed_is_matched_without_spaces_dashes_or_case(string typed)
    {
        string userCode = await UserCodeAsync();
        string entered = string.Format(System.Globalization.CultureInfo.InvariantCulture, typed,
            userCode, userCode[..4].ToLowerInvariant() + "-" + userCode[4..].ToLowerInvariant(), string.Join(' ', userCode.ToCharArray()));
        await using ServiceProvider provider = Services();
        await using AsyncServiceScope scope = provider.CreateAsyncScope();
        var verification = scope.ServiceProvider.GetRequiredService<IDeviceVerificationService>();

        (await verification.VerifyAsync(entered)).Action.Should().Be(DeviceVerificationActionKind.Valid);
        (await verification.CompleteAsync(entered, "alice", DeviceCompleteResult.Authorized)).Action.Should().Be(DeviceCompleteActionKind.Success);
    }
}
