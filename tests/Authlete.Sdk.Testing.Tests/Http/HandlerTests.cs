using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Authlete.Sdk.Testing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Authlete.Sdk.Testing.Tests.Http;

public sealed class HandlerTests : IDisposable
{
    private readonly FakeAuthlete _fake = new();
    private readonly HttpClient _http;

    public HandlerTests()
    {
        _fake.AddClient(new FakeClient { ClientId = 2001, ClientAuthMethod = ClientAuthMethod.None });
        _http = new HttpClient(_fake.CreateHandler()) { BaseAddress = new Uri("https://anywhere.test") };
    }

    public void Dispose()
    {
        _http.Dispose();
        _fake.Dispose();
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string path, string? scheme, string? parameter, string json = """{"parameters":"client_id=2001"}""")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (scheme is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, parameter);
        }

        using HttpResponseMessage response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string V2Credentials(string secret = "fake-service-api-secret")
        => Convert.ToBase64String(Encoding.UTF8.GetBytes("715948317:" + secret));

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task The_real_client_works_over_both_api_versions(AuthleteApiVersion version)
    {
        using var http = new HttpClient(_fake.CreateHandler());
        var api = new AuthleteApi(http, _fake.CreateOptions(version));
        DeviceAuthorizationResponse response = await api.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001" });
        response.Action.Should().Be(DeviceAuthorizationAction.Ok);
    }

    public static TheoryData<AuthleteApiVersion> Versions => new(AuthleteApiVersion.V2, AuthleteApiVersion.V3);

    [Fact]
    public async Task Paths_and_credentials_of_both_versions()
    {
        (await PostAsync("/api/715948317/device/authorization", "Bearer", "fake-service-access-token")).Status.Should().Be(HttpStatusCode.OK);
        (await PostAsync("/api/device/authorization", "Basic", V2Credentials())).Status.Should().Be(HttpStatusCode.OK);

        (HttpStatusCode status, string body) = await PostAsync("/api/715948317/device/authorization", null, null);
        status.Should().Be(HttpStatusCode.Unauthorized);
        body.Should().Be("""{"resultCode":"A001202","resultMessage":"[A001202] Authorization header is missing."}""");

        (await PostAsync("/api/device/authorization", null, null)).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync("/api/715948317/device/authorization", "Basic", V2Credentials())).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync("/api/device/authorization", "Bearer", "fake-service-access-token")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync("/api/715948317/device/authorization", "Bearer", "wrong")).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync("/api/device/authorization", "Basic", V2Credentials("wrong"))).Status.Should().Be(HttpStatusCode.Unauthorized);
        (await PostAsync("/api/123/device/authorization", "Bearer", "fake-service-access-token")).Status.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_real_client_reports_a_missing_or_wrong_service_credential()
    {
        using var http = new HttpClient(_fake.CreateHandler());
        AuthleteOptions options = _fake.CreateOptions();
        options.ServiceAccessToken = "stale-token";
        var api = new AuthleteApi(http, options);
        AuthleteApiException error = (await FluentActions.Awaiting(() => api.DeviceVerificationAsync(new() { UserCode = "BCDF-GHJK" }))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(401);
        error.ResultCode.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Unknown_paths_methods_and_bodies_are_answered_plainly()
    {
        (HttpStatusCode status, string body) = await PostAsync("/api/715948317/auth/authorization", "Bearer", "fake-service-access-token");
        status.Should().Be(HttpStatusCode.NotImplemented);
        body.Should().Contain("Authlete.Sdk.Testing does not implement the Authlete API 'POST /api/715948317/auth/authorization'");

        using (HttpResponseMessage get = await _http.GetAsync("/api/715948317/auth/token"))
        {
            get.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
            (await get.Content.ReadAsStringAsync()).Should().Contain("\"resultCode\":\"A900405\"", "not the code of an API the fake does not implement");
        }

        (await PostAsync("/api/715948317/auth/token", "Bearer", "fake-service-access-token", "not json")).Status.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Requests_missing_required_members_get_an_error_action()
    {
        (HttpStatusCode status, string body) = await PostAsync("/api/715948317/device/complete", "Bearer", "fake-service-access-token", """{"userCode":"X"}""");
        status.Should().Be(HttpStatusCode.OK);
        AuthleteJsonSerializer.Deserialize<DeviceCompleteResponse>(body).Action.Should().Be(DeviceCompleteAction.InvalidRequest);
    }

    [Fact]
    public async Task It_plugs_into_AddAuthleteClient_as_the_primary_handler()
    {
        var services = new ServiceCollection();
        services.AddAuthleteClient(_fake.ConfigureClientOptions).ConfigurePrimaryHttpMessageHandler(_fake.CreateHandler);
        await using ServiceProvider provider = services.BuildServiceProvider();
        IAuthleteApi api = provider.GetRequiredService<IAuthleteApi>();
        DeviceAuthorizationResponse response = await api.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001" });
        response.Action.Should().Be(DeviceAuthorizationAction.Ok);
    }
}
