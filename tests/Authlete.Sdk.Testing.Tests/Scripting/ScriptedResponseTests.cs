using Authlete.Sdk.Testing.Tests.Support;
using static Authlete.Sdk.Testing.Tests.Support.TestAuthlete;

namespace Authlete.Sdk.Testing.Tests.Scripting;

public sealed class ScriptedResponseTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    [Fact]
    public async Task A_scripted_SERVER_ERROR_is_answered_once_and_changes_nothing()
    {
        (string ticket, _) = await _t.StartCibaAsync();
        var serverError = new BackchannelAuthenticationCompleteResponse
        {
            Action = BackchannelAuthenticationCompleteAction.ServerError,
            ResultCode = "A001101",
            ResultMessage = "[A001101] Authlete Server error.",
        };
        _t.Fake.EnqueueResponse(AuthleteApis.BackchannelAuthenticationComplete, serverError);

        BackchannelAuthenticationCompleteResponse scripted = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        scripted.Action.Should().Be(BackchannelAuthenticationCompleteAction.ServerError);
        scripted.ResultCode.Should().Be("A001101");
        scripted.ResultMessage.Should().Be("[A001101] Authlete Server error.");

        // The ticket was not completed by the scripted call: the next one is processed and records the decision.
        BackchannelAuthenticationCompleteResponse processed = await _t.CompleteCibaAsync(ticket, BackchannelAuthenticationCompleteResult.Authorized);
        processed.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
    }

    [Fact]
    public async Task A_scripted_INTERNAL_SERVER_ERROR_is_returned_as_is_in_process()
    {
        var internalError = new TokenResponse
        {
            Action = TokenAction.InternalServerError,
            ResultCode = "A001101",
            ResponseContent = """{"error":"server_error"}""",
        };
        _t.Fake.EnqueueResponse(AuthleteApis.Token, internalError);

        TokenResponse answer = await _t.Fake.TokenAsync(DeviceToken("any-device-code"));

        answer.Should().BeSameAs(internalError);
        answer.ReadError()!.Error.Should().Be("server_error");
    }

    [Fact]
    public async Task Scripted_responses_of_an_api_are_answered_first_in_first_out_then_processing_resumes()
    {
        _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { Action = DeviceVerificationAction.Valid, ResultCode = "first" });
        _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { Action = DeviceVerificationAction.Expired, ResultCode = "second" });
        _t.Fake.EnqueueFailure(AuthleteApis.DeviceVerification, 503);

        var request = new DeviceVerificationRequest { UserCode = "BCDF-GHJK" };
        (await _t.Api.DeviceVerificationAsync(request)).ResultCode.Should().Be("first");
        (await _t.Fake.DeviceVerificationAsync(request)).ResultCode.Should().Be("second");
        await FluentActions.Awaiting(() => _t.Api.DeviceVerificationAsync(request)).Should().ThrowAsync<AuthleteApiException>();
        DeviceVerificationResponse processed = await _t.Api.DeviceVerificationAsync(request);
        processed.Action.Should().Be(DeviceVerificationAction.NotExist);
    }

    [Fact]
    public async Task A_script_of_one_api_does_not_leak_into_another()
    {
        _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { Action = DeviceVerificationAction.Valid, ResultCode = "scripted" });
        _t.Fake.EnqueueFailure(AuthleteApis.DeviceComplete, 503);

        DeviceAuthorizationResponse authorization = await _t.Api.DeviceAuthorizationAsync(new() { Parameters = "client_id=" + TvClientId });
        authorization.Action.Should().Be(DeviceAuthorizationAction.Ok);
        TokenResponse token = await _t.Api.TokenAsync(DeviceToken(authorization.DeviceCode!));
        token.ReadError()!.Error.Should().Be("authorization_pending");

        (await _t.Api.DeviceVerificationAsync(new() { UserCode = authorization.UserCode })).ResultCode.Should().Be("scripted");
        await FluentActions.Awaiting(() => _t.Api.DeviceCompleteAsync(new() { UserCode = authorization.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "alice" }))
            .Should().ThrowAsync<AuthleteApiException>();
        (await _t.Api.DeviceVerificationAsync(new() { UserCode = authorization.UserCode })).Action.Should().Be(DeviceVerificationAction.Valid);
    }

    [Fact]
    public async Task A_scripted_response_is_used_only_for_a_valid_request_as_AuthleteApi_never_sends_an_invalid_one()
    {
        _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { ResultCode = "scripted" });

        await FluentActions.Awaiting(() => _t.Fake.DeviceVerificationAsync(new DeviceVerificationRequest())).Should().ThrowAsync<ArgumentException>();

        (await _t.Fake.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" })).ResultCode.Should().Be("scripted");
    }

    [Fact]
    public async Task Over_http_an_incomplete_request_gets_the_apis_own_error_and_leaves_the_script()
    {
        _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { ResultCode = "scripted" });
        using var http = new HttpClient(_t.Fake.CreateHandler());
        using var raw = new HttpRequestMessage(HttpMethod.Post, new Uri(FakeAuthlete.DefaultBaseAddress, $"/api/{_t.Fake.Settings.ServiceId}/device/verification"))
        {
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),   // no userCode
        };
        raw.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _t.Fake.Settings.ServiceAccessToken);

        using HttpResponseMessage answer = await http.SendAsync(raw);

        DeviceVerificationResponse unscripted = AuthleteJsonSerializer.Deserialize<DeviceVerificationResponse>(await answer.Content.ReadAsByteArrayAsync());
        unscripted.ResultCode.Should().NotBe("scripted");
        unscripted.Action.Kind.Should().Be(DeviceVerificationActionKind.InternalServerError);
        (await _t.Fake.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" })).ResultCode.Should().Be("scripted");
    }

    [Fact]
    public async Task Scripts_enqueued_concurrently_are_each_answered_once()
    {
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
            _t.Fake.EnqueueResponse(AuthleteApis.DeviceVerification, new DeviceVerificationResponse { ResultCode = "R" + i }))));

        DeviceVerificationResponse[] answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ =>
            _t.Fake.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" })));

        answers.Select(a => a.ResultCode).Should().OnlyHaveUniqueItems().And.HaveCount(50).And.AllSatisfy(code => code.Should().StartWith("R"));
        (await _t.Fake.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" })).Action.Should().Be(DeviceVerificationAction.NotExist);
    }

    [Fact]
    public void Scripting_refuses_what_cannot_be_answered()
    {
        FluentActions.Invoking(() => _t.Fake.EnqueueResponse(AuthleteApis.Token, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => _t.Fake.EnqueueFailure(null!, 503)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => _t.Fake.EnqueueFailure(AuthleteApis.Token, 200)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => _t.Fake.EnqueueFailure(AuthleteApis.Token, 600)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
