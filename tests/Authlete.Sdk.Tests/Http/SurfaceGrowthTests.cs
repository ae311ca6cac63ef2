using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Http;

/// <summary>
/// <see cref="IAuthleteApi"/> can grow without breaking its implementations: a decorator written against the eight
/// methods of its 1.0 contract keeps compiling and working, says clearly what it lacks when <c>SendAsync</c> is called,
/// and a decorator that implements <c>SendAsync</c> sees every call. Users can stub the interface by hand.
/// </summary>
public class SurfaceGrowthTests
{
    /// <summary>The number of API methods of the 1.0 contract; the APIs after them are default methods over SendAsync.</summary>
    private const int ContractMethods = 8;

    public static TheoryData<string> Paths => new(ApiCase.All.Select(c => c.Path));

    public static TheoryData<string> ContractPaths => new(ApiCase.All.Where(c => c.Description.Index < ContractMethods).Select(c => c.Path));

    public static TheoryData<string> LaterPaths => new(ApiCase.All.Where(c => c.Description.Index >= ContractMethods).Select(c => c.Path));

    [Fact]
    public void The_apis_after_the_contract_are_default_methods_of_the_interface()
    {
        ApiCase.All.Should().HaveCountGreaterThan(ContractMethods);
        foreach (ApiCase api in ApiCase.All)
        {
            api.Method.IsAbstract.Should().Be(api.Description.Index < ContractMethods, $"{api.Method.Name} is {(api.Method.IsAbstract ? "abstract" : "a default method")}");
        }
    }

    [Theory]
    [MemberData(nameof(LaterPaths))]
    public async Task A_later_api_method_on_a_decorator_of_the_eight_methods_throws_not_supported_naming_it_while_the_client_serves_it(string path)
    {
        ApiCase api = ApiCase.All.Single(c => c.Path == path);
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, api.Path, """{"resultCode":"A1"}""");
        var decorator = new EightMethodDecorator(client);

        var error = (await FluentActions.Awaiting(() => api.CallMethodAsync(decorator, api.ValidRequest(), CancellationToken.None))
            .Should().ThrowAsync<NotSupportedException>()).Which;
        AuthleteResponse served = await api.CallMethodAsync(client, api.ValidRequest(), CancellationToken.None);

        error.Message.Should().Contain(nameof(EightMethodDecorator)).And.Contain("SendAsync").And.Contain("/" + api.Path);
        decorator.Calls.Should().BeEmpty();
        served.Should().BeOfType(api.ResponseType);
        served.ResultCode.Should().Be("A1");
        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task IntrospectionAsync_on_a_decorator_of_the_eight_methods_throws_not_supported_naming_the_api()
    {
        var (client, handler) = MockAuthlete.Create();
        IAuthleteApi decorator = new EightMethodDecorator(client);

        (await FluentActions.Awaiting(() => decorator.IntrospectionAsync(new IntrospectionRequest { Token = "at" }))
            .Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("/auth/introspection");
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(ContractPaths))]
    public async Task A_decorator_of_the_eight_methods_forwards_each_call(string path)
    {
        ApiCase api = ApiCase.All.Single(c => c.Path == path);
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, api.Path, """{"resultCode":"A1"}""");
        var decorator = new EightMethodDecorator(client);

        AuthleteResponse response = await api.CallMethodAsync(decorator, api.ValidRequest(), CancellationToken.None);

        handler.VerifyNoOutstandingExpectation();
        response.Should().BeOfType(api.ResponseType);
        response.ResultCode.Should().Be("A1");
        decorator.Calls.Should().Equal(api.Name + "Async");
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task SendAsync_on_a_decorator_without_it_throws_not_supported_naming_the_class_and_the_api(string path)
    {
        ApiCase api = ApiCase.All.Single(c => c.Path == path);
        var (client, handler) = MockAuthlete.Create();
        var decorator = new EightMethodDecorator(client);

        var error = (await FluentActions.Awaiting(() => api.Call(decorator, api.ValidRequest(), CancellationToken.None))
            .Should().ThrowAsync<NotSupportedException>()).Which;

        error.Message.Should().Contain(nameof(EightMethodDecorator)).And.Contain("SendAsync").And.Contain("/" + api.Path);
        decorator.Calls.Should().BeEmpty();
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Fact]
    public async Task A_decorator_that_implements_SendAsync_sees_every_call_through_the_methods_and_SendAsync()
    {
        var (client, handler) = MockAuthlete.Create();
        foreach (ApiCase api in ApiCase.All)
        {
            handler.ExpectCall(AuthleteApiVersion.V3, api.Path, """{"resultCode":"through-method"}""");
            handler.ExpectCall(AuthleteApiVersion.V3, api.Path, """{"resultCode":"through-send"}""");
        }

        var decorator = new SendAsyncDecorator(client);

        foreach (ApiCase api in ApiCase.All)
        {
            (await api.CallMethodAsync(decorator, api.ValidRequest(), CancellationToken.None)).ResultCode.Should().Be("through-method");
            (await api.Call(decorator, api.ValidRequest(), CancellationToken.None)).ResultCode.Should().Be("through-send");
        }

        handler.VerifyNoOutstandingExpectation();
        decorator.Seen.Should().Equal(AuthleteApis.All.SelectMany(api => new[] { api, api }));
    }

    [Fact]
    public async Task An_api_added_later_over_SendAsync_reaches_a_SendAsync_decorator_and_fails_clearly_on_an_eight_method_one()
    {
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, "device/verification", """{"action":"VALID"}""");
        var intercepting = new SendAsyncDecorator(client);
        var eightMethods = new EightMethodDecorator(client);

        DeviceVerificationResponse response = await intercepting.LaterApiAsync(new DeviceVerificationRequest { UserCode = "WDJB-MJHT" });

        response.Action.Kind.Should().Be(DeviceVerificationActionKind.Valid);
        intercepting.Seen.Should().Equal(AuthleteApis.DeviceVerification);
        (await FluentActions.Awaiting(() => eightMethods.LaterApiAsync(new DeviceVerificationRequest { UserCode = "WDJB-MJHT" }))
            .Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain(nameof(EightMethodDecorator));
        handler.VerifyNoOutstandingExpectation();
    }

    [Theory]
    [InlineData("VALID", "ask the user to approve My TV")]
    [InlineData("EXPIRED", "the code has expired")]
    [InlineData("NOT_EXIST", "no such code")]
    [InlineData("SOMETHING_NEW", "try again later")]
    public async Task User_code_can_be_tested_with_a_hand_written_stub_of_the_interface(string action, string expected)
    {
        var stub = new StubAuthlete { Verification = new DeviceVerificationResponse { Action = action, ClientName = "My TV" } };

        string page = await VerificationPageAsync(stub, "WDJB-MJHT");

        page.Should().Be(expected);
        stub.UserCodes.Should().Equal("WDJB-MJHT");
    }

    /// <summary>What a user's device verification page might do with the answer.</summary>
    private static async Task<string> VerificationPageAsync(IAuthleteApi authlete, string userCode)
    {
        DeviceVerificationResponse response = await authlete.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = userCode });
        return response.Action.Kind switch
        {
            DeviceVerificationActionKind.Valid => "ask the user to approve " + response.ClientName,
            DeviceVerificationActionKind.Expired => "the code has expired",
            DeviceVerificationActionKind.NotExist => "no such code",
            _ => "try again later",
        };
    }

    /// <summary>A decorator written against the 1.0 contract: the eight methods, no SendAsync.</summary>
    private sealed class EightMethodDecorator(IAuthleteApi inner) : IAuthleteApi
    {
        public List<string> Calls { get; } = [];

        public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
            => Record(inner.BackchannelAuthenticationAsync(request, cancellationToken));

        public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
            => Record(inner.BackchannelAuthenticationIssueAsync(request, cancellationToken));

        public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
            => Record(inner.BackchannelAuthenticationFailAsync(request, cancellationToken));

        public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
            => Record(inner.BackchannelAuthenticationCompleteAsync(request, cancellationToken));

        public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
            => Record(inner.DeviceAuthorizationAsync(request, cancellationToken));

        public Task<DeviceVerificationResponse> DeviceVerificationAsync(DeviceVerificationRequest request, CancellationToken cancellationToken = default)
            => Record(inner.DeviceVerificationAsync(request, cancellationToken));

        public Task<DeviceCompleteResponse> DeviceCompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
            => Record(inner.DeviceCompleteAsync(request, cancellationToken));

        public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
            => Record(inner.TokenAsync(request, cancellationToken));

        private Task<T> Record<T>(Task<T> call, [System.Runtime.CompilerServices.CallerMemberName] string method = "")
        {
            Calls.Add(method);
            return call;
        }
    }

    /// <summary>A decorator that implements SendAsync and routes the eight methods through it, so it sees every call.</summary>
    private sealed class SendAsyncDecorator(IAuthleteApi inner) : IAuthleteApi
    {
        public List<AuthleteApiDescription> Seen { get; } = [];

        public Task<TResponse> SendAsync<TRequest, TResponse>(
            AuthleteApiDescription<TRequest, TResponse> api, TRequest request, CancellationToken cancellationToken = default)
            where TRequest : AuthleteRequest
            where TResponse : AuthleteResponse
        {
            Seen.Add(api);
            return inner.SendAsync(api, request, cancellationToken);
        }

        public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.BackchannelAuthentication, request, cancellationToken);

        public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.BackchannelAuthenticationIssue, request, cancellationToken);

        public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.BackchannelAuthenticationFail, request, cancellationToken);

        public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.BackchannelAuthenticationComplete, request, cancellationToken);

        public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.DeviceAuthorization, request, cancellationToken);

        public Task<DeviceVerificationResponse> DeviceVerificationAsync(DeviceVerificationRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.DeviceVerification, request, cancellationToken);

        public Task<DeviceCompleteResponse> DeviceCompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.DeviceComplete, request, cancellationToken);

        public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
            => SendAsync(AuthleteApis.Token, request, cancellationToken);
    }

    /// <summary>A stub a user writes by hand for their own tests: canned answers, the requests it was given.</summary>
    private sealed class StubAuthlete : IAuthleteApi
    {
        public DeviceVerificationResponse Verification { get; init; } = new();

        public List<string?> UserCodes { get; } = [];

        public Task<DeviceVerificationResponse> DeviceVerificationAsync(DeviceVerificationRequest request, CancellationToken cancellationToken = default)
        {
            UserCodes.Add(request.UserCode);
            return Task.FromResult(Verification);
        }

        public Task<BackchannelAuthenticationResponse> BackchannelAuthenticationAsync(BackchannelAuthenticationRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<BackchannelAuthenticationIssueResponse> BackchannelAuthenticationIssueAsync(BackchannelAuthenticationIssueRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<BackchannelAuthenticationFailResponse> BackchannelAuthenticationFailAsync(BackchannelAuthenticationFailRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<BackchannelAuthenticationCompleteResponse> BackchannelAuthenticationCompleteAsync(BackchannelAuthenticationCompleteRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<DeviceAuthorizationResponse> DeviceAuthorizationAsync(DeviceAuthorizationRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<DeviceCompleteResponse> DeviceCompleteAsync(DeviceCompleteRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();

        public Task<TokenResponse> TokenAsync(TokenRequest request, CancellationToken cancellationToken = default)
            => throw new NotImplementedException();
    }
}

/// <summary>How a minor version adds an API: a method over <see cref="IAuthleteApi.SendAsync{TRequest, TResponse}"/>.</summary>
internal static class LaterApiExtensions
{
    public static Task<DeviceVerificationResponse> LaterApiAsync(this IAuthleteApi api, DeviceVerificationRequest request)
        => api.SendAsync(AuthleteApis.DeviceVerification, request);
}
