using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Scripting;

public sealed class ScriptedFailureTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task A_scripted_503_over_http_is_an_AuthleteApiException_of_the_real_client()
    {
        _t.Fake.EnqueueFailure(AuthleteApis.Token, 503, "A999503", "[A999503] Authlete is down for maintenance.");

        AuthleteApiException error = (await FluentActions.Awaiting(() => _t.Api.TokenAsync(DeviceToken("any-device-code")))
            .Should().ThrowAsync<AuthleteApiException>()).Which;

        error.Status.Should().Be(503);
        error.ResultCode.Should().Be("A999503");
        error.ResultMessage.Should().Be("[A999503] Authlete is down for maintenance.");
        error.ApiName.Should().Be("auth/token");
        using JsonDocument body = JsonDocument.Parse(error.ResponseBody!);
        body.RootElement.GetProperty("resultCode").GetString().Should().Be("A999503");
    }

    [Fact]
    public async Task A_scripted_503_in_process_throws_the_same_exception_as_over_http()
    {
        _t.Fake.EnqueueFailure(AuthleteApis.Token, 503, "A999503", "Down.");
        _t.Fake.EnqueueFailure(AuthleteApis.Token, 503, "A999503", "Down.");

        AuthleteApiException overHttp = (await FluentActions.Awaiting(() => _t.Api.TokenAsync(DeviceToken("x")))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        AuthleteApiException inProcess = (await FluentActions.Awaiting(() => ((IAuthleteApi)_t.Fake).TokenAsync(DeviceToken("x")))
            .Should().ThrowAsync<AuthleteApiException>()).Which;

        inProcess.Status.Should().Be(503);
        inProcess.ResultCode.Should().Be("A999503");
        inProcess.ResultMessage.Should().Be("Down.");
        inProcess.ApiName.Should().Be("auth/token");
        inProcess.Message.Should().Be(overHttp.Message);
        inProcess.ResponseBody.Should().Be(overHttp.ResponseBody);
    }

    [Fact]
    public async Task The_failure_comes_in_the_task_as_from_AuthleteApi()
    {
        _t.Fake.EnqueueFailure(AuthleteApis.DeviceAuthorization, 500);

        Task<DeviceAuthorizationResponse> call = _t.Fake.DeviceAuthorizationAsync(new() { Parameters = "client_id=" + TvClientId });

        call.IsFaulted.Should().BeTrue();
        AuthleteApiException error = (await FluentActions.Awaiting(() => call).Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(500);
        error.ResultCode.Should().BeNull();
        error.ResultMessage.Should().BeNull();
        error.ResponseBody.Should().Be("{}");
    }

    [Fact]
    public async Task A_scripted_failure_over_the_kestrel_server_reaches_the_real_client()
    {
        await using FakeAuthleteServer server = await FakeAuthleteServer.StartAsync(_t.Fake);
        using var http = new HttpClient();
        var api = new AuthleteApi(http, server.CreateOptions(AuthleteApiVersion.V2));
        _t.Fake.EnqueueFailure(AuthleteApis.BackchannelAuthentication, 503, "A999503");

        AuthleteApiException error = (await FluentActions.Awaiting(() => api.BackchannelAuthenticationAsync(Backchannel(PollClientId, ("scope", "openid"), ("login_hint", "a"))))
            .Should().ThrowAsync<AuthleteApiException>()).Which;

        error.Status.Should().Be(503);
        error.ResultCode.Should().Be("A999503");
        error.ApiName.Should().Be("backchannel/authentication");
    }

    [Fact]
    public async Task Cancellation_comes_before_the_script_and_leaves_it_for_the_next_call()
    {
        _t.Fake.EnqueueFailure(AuthleteApis.DeviceVerification, 503);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(() => _t.Fake.DeviceVerificationAsync(new() { UserCode = "X" }, cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
        (await FluentActions.Awaiting(() => _t.Fake.DeviceVerificationAsync(new() { UserCode = "X" }))
            .Should().ThrowAsync<AuthleteApiException>()).Which.Status.Should().Be(503);
    }
}
