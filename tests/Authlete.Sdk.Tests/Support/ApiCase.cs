using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// One Authlete API as the tests see it. Its name, path and types come from its description in
/// <see cref="AuthleteApis"/>; the case adds only what a description cannot give: a valid request.
/// </summary>
public sealed class ApiCase
{
    private ApiCase(
        AuthleteApiDescription description,
        Func<AuthleteRequest> validRequest,
        Func<IAuthleteApi, AuthleteRequest, CancellationToken, Task<AuthleteResponse>> call)
    {
        Description = description;
        ValidRequest = validRequest;
        Call = call;
    }

    /// <summary>A valid request for every API, one per description: add one here when an API is added to <see cref="AuthleteApis"/>.</summary>
    public static IReadOnlyList<ApiCase> Registered { get; } =
    [
        Of(AuthleteApis.BackchannelAuthentication, () => new BackchannelAuthenticationRequest { Parameters = "login_hint=john&scope=openid" }),
        Of(AuthleteApis.BackchannelAuthenticationIssue, () => new BackchannelAuthenticationIssueRequest { Ticket = "t" }),
        Of(AuthleteApis.BackchannelAuthenticationFail,
            () => new BackchannelAuthenticationFailRequest { Ticket = "t", Reason = BackchannelAuthenticationFailReason.UnknownUserId }),
        Of(AuthleteApis.BackchannelAuthenticationComplete,
            () => new BackchannelAuthenticationCompleteRequest { Ticket = "t", Result = BackchannelAuthenticationCompleteResult.Authorized, Subject = "john" }),
        Of(AuthleteApis.DeviceAuthorization, () => new DeviceAuthorizationRequest { Parameters = "client_id=1&scope=openid" }),
        Of(AuthleteApis.DeviceVerification, () => new DeviceVerificationRequest { UserCode = "WDJB-MJHT" }),
        Of(AuthleteApis.DeviceComplete,
            () => new DeviceCompleteRequest { UserCode = "WDJB-MJHT", Result = DeviceCompleteResult.Authorized, Subject = "john" }),
        Of(AuthleteApis.Token,
            () => new TokenRequest { Parameters = "grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&auth_req_id=abc" }),
        Of(AuthleteApis.ServiceConfiguration, () => new ServiceConfigurationRequest()),
        Of(AuthleteApis.ServiceJwks, () => new ServiceJwksRequest()),
        Of(AuthleteApis.Introspection, () => new IntrospectionRequest { Token = "VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI" }),
        Of(AuthleteApis.StandardIntrospection,
            () => new StandardIntrospectionRequest { Parameters = "token=VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI&token_type_hint=access_token" }),
        Of(AuthleteApis.UserInfo, () => new UserInfoRequest { Token = "VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI" }),
        Of(AuthleteApis.UserInfoIssue,
            () => new UserInfoIssueRequest { Token = "VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI", Claims = """{"name":"John Smith"}""" }),
        Of(AuthleteApis.Revocation,
            () => new RevocationRequest { Parameters = "token=VFGsNK-5sXiqterdaR7b5QbRX9VTwVCQB87jbr2_xAI&token_type_hint=access_token", ClientId = "1", ClientSecret = "secret" }),
        Of(AuthleteApis.TokenIssue, () => new TokenIssueRequest { Ticket = "t", Subject = "john" }),
        Of(AuthleteApis.TokenFail, () => new TokenFailRequest { Ticket = "t", Reason = TokenFailReason.InvalidResourceOwnerCredentials }),
    ];

    /// <summary>The case of every API of <see cref="AuthleteApis.All"/> that has one, in the order of <c>All</c>.</summary>
    public static IReadOnlyList<ApiCase> All { get; } =
        AuthleteApis.All.Select(api => Registered.FirstOrDefault(c => ReferenceEquals(c.Description, api))).OfType<ApiCase>().ToArray();

    /// <summary>The API's description, one of <see cref="AuthleteApis"/>.</summary>
    public AuthleteApiDescription Description { get; }

    /// <summary>A request Authlete would accept (every required member set).</summary>
    public Func<AuthleteRequest> ValidRequest { get; }

    public string Name => Description.Name;

    public string Path => Description.Path;

    public Type RequestType => Description.RequestType;

    public Type ResponseType => Description.ResponseType;

    /// <summary>The type of the response's action; null for the APIs whose answer is a document (discovery, JWK Set).</summary>
    public Type? ActionType => Description.ActionType;

    /// <summary>Calls the API through <see cref="IAuthleteApi.SendAsync{TRequest, TResponse}"/> with its description.</summary>
    public Func<IAuthleteApi, AuthleteRequest, CancellationToken, Task<AuthleteResponse>> Call { get; }

    /// <summary>The case of <paramref name="api"/>.</summary>
    /// <exception cref="InvalidOperationException">No case is registered for the API.</exception>
    public static ApiCase For(AuthleteApiDescription api)
        => All.FirstOrDefault(c => ReferenceEquals(c.Description, api))
            ?? throw new InvalidOperationException($"No ApiCase for the API {api}: add one to ApiCase.Registered.");

    /// <summary>The method of <see cref="IAuthleteApi"/> named after the API: <c>{Name}Async</c>.</summary>
    public MethodInfo Method => typeof(IAuthleteApi).GetMethod(Name + "Async", [RequestType, typeof(CancellationToken)])
        ?? throw new InvalidOperationException($"IAuthleteApi has no method {Name}Async({RequestType.Name}, CancellationToken).");

    /// <summary>Calls the API through the method of <see cref="IAuthleteApi"/> named after it (<c>{Name}Async</c>).</summary>
    public async Task<AuthleteResponse> CallMethodAsync(IAuthleteApi api, AuthleteRequest? request, CancellationToken cancellationToken)
    {
        Task task;
        try
        {
            task = (Task)Method.Invoke(api, [request, cancellationToken])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }

        await task;
        return (AuthleteResponse)task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task)!;
    }

    public override string ToString() => Path;

    private static ApiCase Of<TRequest, TResponse>(AuthleteApiDescription<TRequest, TResponse> api, Func<TRequest> validRequest)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
        => new(api, validRequest, async (client, request, ct) => await client.SendAsync(api, (TRequest)request, ct));
}
