using System.Net;
using System.Text.Json.Nodes;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// The guarantees every Authlete API gives, for the API whose request and response types are
/// <typeparamref name="TRequest"/> and <typeparamref name="TResponse"/>. Each API's test class (named after the API, in
/// the folder of its domain, for example <c>Device/DeviceVerificationTests</c>) derives from this class, so these
/// tests run, and are found, under the API's name. For the APIs whose answer carries an action (the POST APIs); the
/// document APIs (GETs) have their own tests in <c>Service/</c>.
/// </summary>
/// <typeparam name="TRequest">The API's request type.</typeparam>
/// <typeparam name="TResponse">The API's response type.</typeparam>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "xUnit reads the theory data of each API from the static members of its closed base type.")]
public abstract class ApiContractTests<TRequest, TResponse>
    where TRequest : AuthleteRequest
    where TResponse : AuthleteResponse
{
    /// <summary>The API's description: the one of <see cref="AuthleteApis.All"/> with these request and response types.</summary>
    public static AuthleteApiDescription<TRequest, TResponse> Api { get; } =
        AuthleteApis.All.OfType<AuthleteApiDescription<TRequest, TResponse>>().Single();

    /// <summary>The API's action type (every API tested with this class has one).</summary>
    public static Type ActionType => Api.ActionType ?? throw new InvalidOperationException($"{Api} has no action: test it without ApiContractTests.");

    public static ApiCase Case => ApiCase.For(Api);

    public static TheoryData<AuthleteApiVersion> Versions => MockAuthlete.Versions;

    /// <summary>The wire string of every action of the API.</summary>
    public static TheoryData<string> Actions => ExtensibleEnums.WireValues(ActionType);

    /// <summary>Error statuses Authlete answers with (bad API call, bad credentials, no permission, its own failure).</summary>
    public static TheoryData<int> ErrorStatuses => new(400, 401, 403, 500);

    /// <summary>
    /// The published request and response examples of the API: Fixtures/{kebab-case name}-request.json and
    /// -response.json, or Fixtures/op/{path without auth/, dashed}-request.json and -response.json.
    /// </summary>
    public static TheoryData<string> PublishedExamples
    {
        get
        {
            string kebab = string.Concat(Api.Name.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            string op = "op/" + (Api.Path.StartsWith("auth/", StringComparison.Ordinal) ? Api.Path["auth/".Length..] : Api.Path).Replace('/', '-');
            return new(new[] { kebab + "-request.json", kebab + "-response.json", op + "-request.json", op + "-response.json" }
                .Where(file => File.Exists(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", file))));
        }
    }

    protected static TRequest ValidRequest() => (TRequest)Case.ValidRequest();

    /// <summary>Calls the API on a mock Authlete and returns the JSON body the client sent.</summary>
    protected static async Task<string> SentBodyAsync(Func<IAuthleteApi, Task> call)
    {
        var (api, handler) = MockAuthlete.Create();
        string? body = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + Api.Path)
            .With(r => { body = r.Content!.ReadAsStringAsync().Result; return true; })
            .Respond("application/json", "{}");
        await call(api);
        handler.VerifyNoOutstandingExpectation();
        return body!;
    }

    protected static void ShouldBeJson(string actual, string expected)
        => JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(expected)).Should().BeTrue($"the JSON was {actual}");

    /// <summary>Calls the API through SendAsync on a mock Authlete that answers <paramref name="responseJson"/>.</summary>
    protected static async Task<TResponse> AnswerAsync(string responseJson)
    {
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, Api.Path, responseJson);
        TResponse response = await client.SendAsync(Api, ValidRequest());
        handler.VerifyNoOutstandingExpectation();
        return response;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task Posts_json_to_the_version_path_with_the_version_credentials(AuthleteApiVersion version)
    {
        var (client, handler) = MockAuthlete.Create(version);
        string? body = null;
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(version) + Api.Path)
            .With(r =>
            {
                body = r.Content!.ReadAsStringAsync().Result;
                return r.Headers.Authorization!.ToString() == MockAuthlete.ExpectedAuthorization(version)
                    && r.Content.Headers.ContentType!.ToString() == "application/json; charset=utf-8"
                    && r.Headers.Accept.ToString() == "application/json";
            })
            .Respond("application/json", """{"resultCode":"A000","resultMessage":"[A000] ok"}""");

        TRequest request = ValidRequest();
        TResponse response = await client.SendAsync(Api, request);

        handler.VerifyNoOutstandingExpectation();
        response.ResultCode.Should().Be("A000");
        response.ResultMessage.Should().Be("[A000] ok");
        JsonNode.DeepEquals(JsonNode.Parse(body!), JsonNode.Parse(Wire.Write(request))).Should().BeTrue(body);
    }

    [Fact]
    public async Task Its_method_of_IAuthleteApi_sends_what_SendAsync_sends()
    {
        var (client, handler) = MockAuthlete.Create();
        var bodies = new List<string>();
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + Api.Path)
            .With(r => { bodies.Add(r.Content!.ReadAsStringAsync().Result); return true; })
            .Respond("application/json", """{"resultCode":"A1"}""");
        handler.Expect(HttpMethod.Post, MockAuthlete.BaseUrl(AuthleteApiVersion.V3) + Api.Path)
            .With(r => { bodies.Add(r.Content!.ReadAsStringAsync().Result); return true; })
            .Respond("application/json", """{"resultCode":"A2"}""");
        TRequest request = ValidRequest();

        AuthleteResponse throughMethod = await Case.CallMethodAsync(client, request, CancellationToken.None);
        TResponse throughSend = await client.SendAsync(Api, request);

        handler.VerifyNoOutstandingExpectation();
        throughMethod.Should().BeOfType<TResponse>().Which.ResultCode.Should().Be("A1");
        throughSend.ResultCode.Should().Be("A2");
        bodies.Should().HaveCount(2).And.OnlyContain(b => b == bodies[0]);
    }

    [Fact]
    public async Task A_response_with_every_member_set_is_read_completely()
    {
        object full = SampleData.Fill(typeof(TResponse), typeof(TResponse).Name);

        TResponse response = await AnswerAsync(Wire.Write(full, typeof(TResponse)));

        response.Should().BeEquivalentTo(full, o => o.RespectingRuntimeTypes());
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Every_action_is_read_with_its_kind_and_written_back(string action)
    {
        var (member, expected) = ExtensibleEnums.Known(ActionType).Single(k => k.Value.ToString() == action);

        TResponse response = await AnswerAsync($$"""{"action":"{{action}}"}""");

        object read = ActionOf(response);
        read.Should().Be(expected);
        ExtensibleEnums.Kind(read).ToString().Should().Be(member, "the Kind member is named as the static value");
        ExtensibleEnums.IsKnown(read).Should().BeTrue();
        Wire.Write(response).Should().Contain($"\"action\":\"{action}\"");
    }

    [Fact]
    public async Task An_action_this_sdk_does_not_know_is_kept_with_kind_unknown_and_written_back()
    {
        TResponse response = await AnswerAsync("""{"action":"FUTURE_ACTION","resultCode":"A1"}""");

        object read = ActionOf(response);
        ExtensibleEnums.Value(read).Should().Be("FUTURE_ACTION");
        Convert.ToInt32(ExtensibleEnums.Kind(read), System.Globalization.CultureInfo.InvariantCulture).Should().Be(0);
        ExtensibleEnums.Kind(read).ToString().Should().Be("Unknown");
        ExtensibleEnums.IsKnown(read).Should().BeFalse();
        Wire.Write(response).Should().Contain("\"action\":\"FUTURE_ACTION\"");
    }

    [Fact]
    public async Task A_response_without_an_action_has_the_empty_unknown_action_and_writes_none()
    {
        TResponse response = await AnswerAsync("""{"resultCode":"A1"}""");

        object read = ActionOf(response);
        read.Should().Be(ExtensibleEnums.Default(ActionType));
        ExtensibleEnums.Value(read).Should().BeEmpty();
        ExtensibleEnums.Kind(read).ToString().Should().Be("Unknown");
        Wire.Write(response).Should().NotContain("\"action\"");
    }

    [Fact]
    public async Task A_request_missing_a_required_member_is_not_sent()
    {
        var (client, handler) = MockAuthlete.Create();
        var empty = Activator.CreateInstance<TRequest>();

        (await FluentActions.Awaiting(() => client.SendAsync(Api, empty)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("is required");
        (await FluentActions.Awaiting(() => Case.CallMethodAsync(client, empty, CancellationToken.None)).Should().ThrowAsync<ArgumentException>())
            .Which.Message.Should().Contain("is required");
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Fact]
    public async Task A_null_request_is_rejected()
    {
        var (client, handler) = MockAuthlete.Create();

        await FluentActions.Awaiting(() => client.SendAsync(Api, null!)).Should().ThrowAsync<ArgumentNullException>();
        await FluentActions.Awaiting(() => Case.CallMethodAsync(client, null, CancellationToken.None)).Should().ThrowAsync<ArgumentNullException>();
        handler.GetMatchCount(handler.When("*")).Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(ErrorStatuses))]
    public async Task An_authlete_error_status_raises_an_exception_with_the_evidence(int status)
    {
        var (client, handler) = MockAuthlete.Create();
        handler.ExpectCall(AuthleteApiVersion.V3, Api.Path,
            """{"resultCode":"A001202","resultMessage":"[A001202] Authorization header is missing."}""", (HttpStatusCode)status);

        var error = (await FluentActions.Awaiting(() => client.SendAsync(Api, ValidRequest())).Should().ThrowAsync<AuthleteApiException>()).Which;

        error.Should().NotBeOfType<AuthleteSerializationException>();
        error.Status.Should().Be(status);
        error.ApiName.Should().Be(Api.Path);
        error.ResultCode.Should().Be("A001202");
        error.ResultMessage.Should().Be("[A001202] Authorization header is missing.");
        error.ResponseBody.Should().Contain("A001202");
        error.Message.Should().Contain(Api.Path).And.Contain(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And.NotContain(MockAuthlete.AccessToken);
    }

    /// <summary>Authlete's published OpenAPI examples (Fixtures/, sources in Fixtures/SOURCES.md) read into typed members with nothing left over, and write back every member they had.</summary>
    [Theory]
    [MemberData(nameof(PublishedExamples))]
    public void The_published_example_is_typed_and_written_back(string file)
    {
        Type type = file.EndsWith("-request.json", StringComparison.Ordinal) ? typeof(TRequest) : typeof(TResponse);
        string json = Wire.Fixture(file);
        object value = Wire.Read(json, type);

        ((AuthleteModel)value).ExtensionData.Should().BeNull($"every member of {file} should have a typed property");
        JsonObject written = JsonNode.Parse(Wire.Write(value, type))!.AsObject();
        foreach (KeyValuePair<string, JsonNode?> member in JsonNode.Parse(json)!.AsObject().Where(m => !NormalizedOnWrite.Contains((file, m.Key))))
        {
            JsonNode.DeepEquals(written[member.Key], member.Value).Should().BeTrue($"{member.Key} should be written back unchanged");
        }

        if (value is AuthleteRequest request)
        {
            request.Validate();
        }
    }

    /// <summary>
    /// Members a published example spells differently from the schema, which are written back in the schema's form
    /// (checked by the API's wire tests): the digit string <c>clientId</c> of the userinfo example is written as a number.
    /// </summary>
    private static readonly HashSet<(string File, string Member)> NormalizedOnWrite = [("op/userinfo-response.json", "clientId")];

    private static object ActionOf(TResponse response)
    {
        var property = typeof(TResponse).GetProperty("Action")!;
        property.PropertyType.Should().Be(Api.ActionType);
        return property.GetValue(response)!;
    }
}
