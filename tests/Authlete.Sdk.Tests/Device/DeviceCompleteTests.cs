using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Device;

/// <summary><c>/device/complete</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class DeviceCompleteTests : ApiContractTests<DeviceCompleteRequest, DeviceCompleteResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.DeviceCompleteAsync(new DeviceCompleteRequest
        {
            UserCode = "XWWKPBWVXQ", Result = DeviceCompleteResult.AccessDenied, Subject = "john", Sub = "p", AuthTime = 1, Acr = "a", Claims = "{}",
            Properties = [new Property { Key = "k", Value = "v", Hidden = true }], Scopes = ["history.read"], ErrorDescription = "denied",
            ErrorUri = "https://e", IdtHeaderParams = "{}", ConsentedClaims = ["name"], JwtAtClaims = "{}", AccessTokenDuration = 10,
            RefreshTokenDuration = 20, IdTokenAudType = "string",
        }));
        ShouldBeJson(body, """
            {"userCode":"XWWKPBWVXQ","result":"ACCESS_DENIED","subject":"john","sub":"p","authTime":1,"acr":"a","claims":"{}",
             "properties":[{"key":"k","value":"v","hidden":true}],"scopes":["history.read"],"errorDescription":"denied","errorUri":"https://e",
             "idtHeaderParams":"{}","consentedClaims":["name"],"jwtAtClaims":"{}","accessTokenDuration":10,"refreshTokenDuration":20,"idTokenAudType":"string"}
            """);
    }

    [Fact]
    public void The_published_example_reads_as_typed_values()
    {
        var response = Wire.Read<DeviceCompleteResponse>(Wire.Fixture("device-complete-response.json"));
        response.Action.Should().Be(DeviceCompleteAction.Success);
        response.Action.Kind.Should().Be(DeviceCompleteActionKind.Success);
    }

    [Fact]
    public void Validation_names_the_missing_member()
    {
        var request = new DeviceCompleteRequest { UserCode = "XWWKPBWVXQ", Result = DeviceCompleteResult.Authorized };
        FluentActions.Invoking(request.Validate).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Subject");
        request.Subject = "john";
        request.UserCode = null;
        FluentActions.Invoking(request.Validate).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("UserCode");
    }
}
