using System.Reflection;

namespace Authlete.Sdk.Testing.Tests.Support;

/// <summary>
/// Calls any API of <see cref="AuthleteApis.All"/> through its description, for tests that must cover every API,
/// those added later included. Reflection is fine here: the test project is not trimmed.
/// </summary>
public static class AnyApi
{
    /// <summary>A request of each API that passes <see cref="AuthleteRequest.Validate"/>, by path.</summary>
    private static readonly Dictionary<string, Func<AuthleteRequest>> Samples = new(StringComparer.Ordinal)
    {
        ["backchannel/authentication"] = () => TestAuthlete.Backchannel(TestAuthlete.PollClientId, ("scope", "openid"), ("login_hint", "alice")),
        ["backchannel/authentication/issue"] = () => new BackchannelAuthenticationIssueRequest { Ticket = "no-such-ticket" },
        ["backchannel/authentication/fail"] = () => new BackchannelAuthenticationFailRequest { Ticket = "no-such-ticket" },
        ["backchannel/authentication/complete"] = () => new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "no-such-ticket", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "alice",
        },
        ["device/authorization"] = () => new DeviceAuthorizationRequest { Parameters = "client_id=" + TestAuthlete.TvClientId },
        ["device/verification"] = () => new DeviceVerificationRequest { UserCode = "BCDF-GHJK" },
        ["device/complete"] = () => new DeviceCompleteRequest { UserCode = "BCDF-GHJK", Result = DeviceCompleteResult.Authorized, Subject = "alice" },
        ["auth/token"] = () => TestAuthlete.DeviceToken("no-such-device-code"),
        ["service/configuration"] = () => new ServiceConfigurationRequest { Pretty = false },
        ["service/jwks/get"] = () => new ServiceJwksRequest { Pretty = true },
        ["auth/introspection"] = () => new IntrospectionRequest { Token = "no-such-token" },
        ["auth/introspection/standard"] = () => new StandardIntrospectionRequest { Parameters = "token=no-such-token" },
        ["auth/userinfo"] = () => new UserInfoRequest { Token = "no-such-token" },
        ["auth/userinfo/issue"] = () => new UserInfoIssueRequest { Token = "no-such-token", Claims = """{"name":"Alice"}""" },
        ["auth/revocation"] = () => new RevocationRequest
        {
            Parameters = "token=no-such-token", ClientId = TestAuthlete.PollClientId.ToString(System.Globalization.CultureInfo.InvariantCulture), ClientSecret = TestAuthlete.Secret,
        },
        ["auth/token/issue"] = () => new TokenIssueRequest { Ticket = "no-such-ticket", Subject = "alice" },
        ["auth/token/fail"] = () => new TokenFailRequest { Ticket = "no-such-ticket", Reason = TokenFailReason.InvalidResourceOwnerCredentials },
    };

    /// <summary>The paths of every API, for a theory.</summary>
    public static TheoryData<string> Paths => new(AuthleteApis.All.Select(api => api.Path));

    /// <summary>The description of the API at <paramref name="path"/>.</summary>
    public static AuthleteApiDescription Describe(string path)
        => AuthleteApis.FindByPath(path) ?? throw new ArgumentException($"No API has the path '{path}'.", nameof(path));

    /// <summary>A valid request of the API; fails the test when the API is new and has no sample yet.</summary>
    public static AuthleteRequest SampleRequest(AuthleteApiDescription api)
    {
        Samples.Should().ContainKey(api.Path, "every API needs a sample request in AnyApi.Samples (add one for the new API)");
        AuthleteRequest request = Samples[api.Path]();
        request.Should().BeOfType(api.RequestType);
        return request;
    }

    /// <summary>A new, empty response of the API, to script.</summary>
    public static AuthleteResponse NewResponse(AuthleteApiDescription api) => (AuthleteResponse)Activator.CreateInstance(api.ResponseType)!;

    /// <summary>Calls <see cref="IAuthleteApi.SendAsync{TRequest, TResponse}"/> with the API's own types.</summary>
    public static async Task<AuthleteResponse> SendAsync(IAuthleteApi client, AuthleteApiDescription api, AuthleteRequest request)
    {
        MethodInfo send = typeof(IAuthleteApi).GetMethod(nameof(IAuthleteApi.SendAsync))!.MakeGenericMethod(api.RequestType, api.ResponseType);
        var task = (Task)Invoke(send, client, [api, request, CancellationToken.None]);
        await task;
        return (AuthleteResponse)task.GetType().GetProperty("Result")!.GetValue(task)!;
    }

    /// <summary>Calls <see cref="FakeAuthlete.EnqueueResponse{TRequest, TResponse}"/> with the API's own types.</summary>
    public static void EnqueueResponse(FakeAuthlete fake, AuthleteApiDescription api, AuthleteResponse response)
    {
        MethodInfo enqueue = typeof(FakeAuthlete).GetMethod(nameof(FakeAuthlete.EnqueueResponse))!.MakeGenericMethod(api.RequestType, api.ResponseType);
        Invoke(enqueue, fake, [api, response]);
    }

    private static object Invoke(MethodInfo method, object target, object[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }
    }
}
