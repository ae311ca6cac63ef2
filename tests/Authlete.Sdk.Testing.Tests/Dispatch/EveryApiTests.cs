using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Dispatch;

/// <summary>
/// The fake serves every API the SDK describes, in-process and over HTTP, through the same table: an API added to
/// <see cref="AuthleteApis"/> and not to the fake fails here.
/// </summary>
public sealed class EveryApiTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    public static TheoryData<string> Paths => AnyApi.Paths;

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_fake_processes_each_api_in_process(string path)
    {
        AuthleteApiDescription api = AnyApi.Describe(path);
        IAuthleteApi fake = _t.Fake;

        AuthleteResponse response = await AnyApi.SendAsync(fake, api, AnyApi.SampleRequest(api));

        response.Should().BeOfType(api.ResponseType);
        if (api.ActionType is null)
        {
            // A document API: no result code, the body is the document.
            ((string?)api.ResponseType.GetProperty("ResponseContent")!.GetValue(response)).Should().NotBeNullOrEmpty("the fake's own processor answered");
        }
        else
        {
            response.ResultCode.Should().StartWith("A9", "the fake's own processor answered");
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task The_fake_processes_each_api_over_http_for_the_real_client(string path)
    {
        AuthleteApiDescription api = AnyApi.Describe(path);

        AuthleteResponse response = await AnyApi.SendAsync(_t.Api, api, AnyApi.SampleRequest(api));

        response.Should().BeOfType(api.ResponseType);
        if (api.ActionType is null)
        {
            // A document API: no result code, the body is the document.
            ((string?)api.ResponseType.GetProperty("ResponseContent")!.GetValue(response)).Should().NotBeNullOrEmpty("the fake's own processor answered");
        }
        else
        {
            response.ResultCode.Should().StartWith("A9", "the fake's own processor answered");
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Each_api_can_be_scripted_in_process_and_over_http(string path)
    {
        AuthleteApiDescription api = AnyApi.Describe(path);
        AuthleteResponse scripted = AnyApi.NewResponse(api);
        scripted.ResultCode = "A123456";
        AnyApi.EnqueueResponse(_t.Fake, api, scripted);
        AnyApi.EnqueueResponse(_t.Fake, api, scripted);

        (await AnyApi.SendAsync(_t.Fake, api, AnyApi.SampleRequest(api))).Should().BeSameAs(scripted);
        (await AnyApi.SendAsync(_t.Api, api, AnyApi.SampleRequest(api))).ResultCode.Should().Be("A123456");

        _t.Fake.EnqueueFailure(api, 503, "A999999", "Scripted outage.");
        AuthleteApiException error = (await FluentActions.Awaiting(() => AnyApi.SendAsync(_t.Api, api, AnyApi.SampleRequest(api)))
            .Should().ThrowAsync<AuthleteApiException>()).Which;
        error.Status.Should().Be(503);
        error.ApiName.Should().Be(api.Path);
    }
}
