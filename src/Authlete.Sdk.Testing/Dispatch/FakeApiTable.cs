namespace Authlete.Sdk.Testing.Dispatch;

/// <summary>
/// The one list of the APIs the fake serves, keyed by their <see cref="AuthleteApiDescription"/>: both
/// <see cref="FakeAuthlete.SendAsync{TRequest, TResponse}"/> and the HTTP dispatcher answer through it. Serving a new
/// API is one <see cref="Register{TRequest, TResponse}"/> line (and its processor).
/// </summary>
internal static class FakeApiTable
{
    private static readonly Dictionary<AuthleteApiDescription, FakeApiEntry> Entries = Build();

    /// <summary>The paths the fake serves, for the message of an unknown path.</summary>
    public static IEnumerable<string> Paths => AuthleteApis.All.Where(Entries.ContainsKey).Select(api => api.Path);

    /// <summary>The row of an API, or null when the fake does not serve it.</summary>
    public static FakeApiEntry? Find(AuthleteApiDescription api) => Entries.GetValueOrDefault(api);

    /// <summary>The typed row of an API.</summary>
    /// <exception cref="FakeAuthleteNotSupportedException">The fake does not serve the API.</exception>
    public static FakeApiEntry<TRequest, TResponse> Get<TRequest, TResponse>(AuthleteApiDescription<TRequest, TResponse> api)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
        => Find(api) as FakeApiEntry<TRequest, TResponse> ?? throw NotServed(api);

    /// <summary>Refuses an API the table has no row for.</summary>
    public static FakeAuthleteNotSupportedException NotServed(AuthleteApiDescription api)
        => FakeAuthleteNotSupportedException.For("the Authlete API " + api + " (it implements " + string.Join(", ", Paths.Select(p => "/" + p)) + ")");

    private static Dictionary<AuthleteApiDescription, FakeApiEntry> Build()
    {
        var table = new Dictionary<AuthleteApiDescription, FakeApiEntry>(ReferenceEqualityComparer.Instance);
        Register(table, AuthleteApis.BackchannelAuthentication, static (fake, request) => fake.ProcessBackchannelAuthentication(request));
        Register(table, AuthleteApis.BackchannelAuthenticationIssue, static (fake, request) => fake.ProcessBackchannelAuthenticationIssue(request));
        Register(table, AuthleteApis.BackchannelAuthenticationFail, static (fake, request) => fake.ProcessBackchannelAuthenticationFail(request));
        Register(table, AuthleteApis.BackchannelAuthenticationComplete, static (fake, request) => fake.ProcessBackchannelAuthenticationComplete(request),
            observe: static (fake, response) => fake.RecordNotification(response));
        Register(table, AuthleteApis.DeviceAuthorization, static (fake, request) => fake.ProcessDeviceAuthorization(request));
        Register(table, AuthleteApis.DeviceVerification, static (fake, request) => fake.ProcessDeviceVerification(request));
        Register(table, AuthleteApis.DeviceComplete, static (fake, request) => fake.ProcessDeviceComplete(request));
        Register(table, AuthleteApis.Token, static (fake, request) => fake.ProcessToken(request));
        Register(table, AuthleteApis.ServiceConfiguration, static (fake, request) => fake.ProcessServiceConfiguration(request));
        Register(table, AuthleteApis.ServiceJwks, static (fake, request) => fake.ProcessServiceJwks(request));
        Register(table, AuthleteApis.Introspection, static (fake, request) => fake.ProcessIntrospection(request));
        Register(table, AuthleteApis.StandardIntrospection, static (fake, request) => fake.ProcessStandardIntrospection(request));
        Register(table, AuthleteApis.UserInfo, static (fake, request) => fake.ProcessUserInfo(request));
        Register(table, AuthleteApis.UserInfoIssue, static (fake, request) => fake.ProcessUserInfoIssue(request));
        Register(table, AuthleteApis.Revocation, static (fake, request) => fake.ProcessRevocation(request));
        Register(table, AuthleteApis.TokenIssue, static (fake, request) => fake.ProcessTokenIssue(request));
        Register(table, AuthleteApis.TokenFail, static (fake, request) => fake.ProcessTokenFail(request));
        return table;
    }

    private static void Register<TRequest, TResponse>(
        Dictionary<AuthleteApiDescription, FakeApiEntry> table,
        AuthleteApiDescription<TRequest, TResponse> api,
        Func<FakeAuthlete, TRequest, TResponse> process,
        Action<FakeAuthlete, TResponse>? observe = null)
        where TRequest : AuthleteRequest
        where TResponse : AuthleteResponse
        => table.Add(api, new FakeApiEntry<TRequest, TResponse>(api, process, observe));
}
