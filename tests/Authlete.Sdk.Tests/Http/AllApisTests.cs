using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Http;

/// <summary>The same guarantees, checked for each of the eight APIs and both API versions.</summary>
public class AllApisTests
{
    public static TheoryData<ApiCase, AuthleteApiVersion> Cases => ApiCase.AllWithVersions();

    public static TheoryData<ApiCase> Apis => ApiCase.AllCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Posts_json_to_the_version_path_with_the_version_credentials(ApiCase api, AuthleteApiVersion version)
    {
        var (client, handler) = MockAuthlete.Create(version);
        string? body = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(version) + api.Path)
            .With(r =>
            {
                body = r.Content!.ReadAsStringAsync().Result;
                return r.Headers.Authorization!.ToString() == MockAuthlete.ExpectedAuthorization(version)
                    && r.Content.Headers.ContentType!.ToString() == "application/json; charset=utf-8"
                    && r.Headers.Accept.ToString() == "application/json";
            })
            .Respond("application/json", """{"resultCode":"A000","resultMessage":"[A000] ok"}""");

        AuthleteRequest request = api.ValidRequest();
        AuthleteResponse response = await api.Call(client, request, CancellationToken.None);

        handler.VerifyNoOutstandingExpectation();
        response.ResultCode.Should().Be("A000");
        response.ResultMessage.Should().Be("[A000] ok");
        JsonNode.DeepEquals(JsonNode.Parse(body!), JsonNode.Parse(Wire.Write(request, api.RequestType))).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task A_response_with_every_member_set_is_read_completely(ApiCase api)
    {
        object full = SampleData.Fill(api.ResponseType, api.ResponseType.Name);
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, api.Path, Wire.Write(full, api.ResponseType));

        AuthleteResponse response = await api.Call(client, api.ValidRequest(), CancellationToken.None);

        response.Should().BeOfType(api.ResponseType);
        response.Should().BeEquivalentTo(full, o => o.RespectingRuntimeTypes());
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task Every_action_value_is_mapped(ApiCase api)
    {
        foreach (PropertyInfo member in api.ActionType.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == api.ActionType))
        {
            object expected = member.GetValue(null)!;
            var (client, handler) = MockAuthlete.Create();
            handler.ExpectCall(AuthleteApiVersion.V3, api.Path, $$"""{"action":"{{expected}}"}""");
            AuthleteResponse response = await api.Call(client, api.ValidRequest(), CancellationToken.None);
            api.ResponseType.GetProperty("Action")!.GetValue(response).Should().Be(expected, $"{member.Name} should map");
        }
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task A_request_missing_a_required_member_is_not_sent(ApiCase api)
    {
        var (client, handler) = MockAuthlete.Create();
        AuthleteRequest empty = (AuthleteRequest)Activator.CreateInstance(api.RequestType)!;

        Func<Task> call = () => api.Call(client, empty, CancellationToken.None);

        (await call.Should().ThrowAsync<ArgumentException>()).Which.Message.Should().Contain("is required");
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task A_null_request_is_rejected(ApiCase api)
    {
        var (client, _) = MockAuthlete.Create();
        Func<Task> call = () => api.Call(client, null!, CancellationToken.None);
        await call.Should().ThrowAsync<ArgumentNullException>();
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task An_authlete_error_status_raises_an_exception_with_the_evidence(ApiCase api)
    {
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, api.Path,
            """{"resultCode":"A001202","resultMessage":"[A001202] Authorization header is missing."}""", HttpStatusCode.Unauthorized);

        Func<Task> call = () => api.Call(client, api.ValidRequest(), CancellationToken.None);

        var error = (await call.Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(401);
        error.ApiName.Should().Be(api.Path);
        error.ResultCode.Should().Be("A001202");
        error.ResultMessage.Should().Be("[A001202] Authorization header is missing.");
        error.ResponseBody.Should().Contain("A001202");
        error.Message.Should().Contain(api.Path).And.Contain("401").And.NotContain(MockAuthlete.AccessToken);
    }
}
