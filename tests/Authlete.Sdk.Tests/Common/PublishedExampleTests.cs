using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Common;

/// <summary>
/// Authlete's published OpenAPI examples (Fixtures/, sources in Fixtures/SOURCES.md) read into typed members with nothing
/// left over, and write back every member they had.
/// </summary>
public class PublishedExampleTests
{
    public static TheoryData<string, Type> Examples => new()
    {
        { "backchannel-authentication-request.json", typeof(BackchannelAuthenticationRequest) },
        { "backchannel-authentication-response.json", typeof(BackchannelAuthenticationResponse) },
        { "backchannel-authentication-issue-request.json", typeof(BackchannelAuthenticationIssueRequest) },
        { "backchannel-authentication-issue-response.json", typeof(BackchannelAuthenticationIssueResponse) },
        { "backchannel-authentication-fail-response.json", typeof(BackchannelAuthenticationFailResponse) },
        { "backchannel-authentication-complete-request.json", typeof(BackchannelAuthenticationCompleteRequest) },
        { "backchannel-authentication-complete-response.json", typeof(BackchannelAuthenticationCompleteResponse) },
        { "device-authorization-request.json", typeof(DeviceAuthorizationRequest) },
        { "device-authorization-response.json", typeof(DeviceAuthorizationResponse) },
        { "device-verification-request.json", typeof(DeviceVerificationRequest) },
        { "device-verification-response.json", typeof(DeviceVerificationResponse) },
        { "device-complete-request.json", typeof(DeviceCompleteRequest) },
        { "device-complete-response.json", typeof(DeviceCompleteResponse) },
        { "token-request.json", typeof(TokenRequest) },
        { "token-response.json", typeof(TokenResponse) },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_member_of_the_example_is_typed_and_written_back(string file, Type type)
    {
        string json = Wire.Fixture(file);
        object value = Wire.Read(json, type);

        ((AuthleteModel)value).ExtensionData.Should().BeNull($"every member of {file} should have a typed property");
        JsonObject written = JsonNode.Parse(Wire.Write(value, type))!.AsObject();
        foreach (KeyValuePair<string, JsonNode?> member in JsonNode.Parse(json)!.AsObject())
        {
            JsonNode.DeepEquals(written[member.Key], member.Value).Should().BeTrue($"{member.Key} should be written back unchanged");
        }

        if (value is AuthleteRequest request)
        {
            request.Validate();
        }
    }

    [Fact]
    public void The_ciba_user_identification_example_reads_as_typed_values()
    {
        var response = Wire.Read<BackchannelAuthenticationResponse>(Wire.Fixture("backchannel-authentication-response.json"));
        response.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        response.HintType.Should().Be(UserIdentificationHintType.LoginHint);
        response.Hint.Should().Be("john");
        response.DeliveryMode.Should().Be(DeliveryMode.Poll);
        response.ClientId.Should().Be(26862190133482L);
        response.Scopes.Should().ContainSingle().Which.Name.Should().Be("openid");
        response.ServiceAttributes.Should().HaveCount(2);
        response.Ticket.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void The_device_examples_read_as_typed_values()
    {
        var authorization = Wire.Read<DeviceAuthorizationResponse>(Wire.Fixture("device-authorization-response.json"));
        authorization.Action.Should().Be(DeviceAuthorizationAction.Ok);
        DeviceAuthorizationContent content = authorization.ReadContent()!;
        content.UserCode.Should().Be("XWWKPBWVXQ");
        content.DeviceCode.Should().Be(authorization.DeviceCode);
        content.VerificationUriComplete.Should().Be("https://my-service.com/df/verification?XWWKPBWVXQ");
        content.ExpiresIn.Should().Be(3600);

        var verification = Wire.Read<DeviceVerificationResponse>(Wire.Fixture("device-verification-response.json"));
        verification.Action.Should().Be(DeviceVerificationAction.Valid);
        verification.ExpiresAtTime.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1642001978000));

        Wire.Read<DeviceCompleteResponse>(Wire.Fixture("device-complete-response.json")).Action.Should().Be(DeviceCompleteAction.Success);
    }

    [Fact]
    public void The_error_examples_fill_the_exception()
    {
        var body = Wire.Read<BackchannelAuthenticationFailResponse>(Wire.Fixture("error-401.json"));
        body.ResultCode.Should().Be("A001202");
        body.ResultMessage.Should().Contain("A001202");
    }

    [Fact]
    public void The_ciba_poll_complete_example_needs_no_notification()
    {
        var response = Wire.Read<BackchannelAuthenticationCompleteResponse>(Wire.Fixture("backchannel-authentication-complete-response.json"));
        response.Action.Should().Be(BackchannelAuthenticationCompleteAction.NoAction);
        response.DeliveryMode.Should().Be(DeliveryMode.Poll);
        response.ReadNotification().Should().BeNull();
    }
}
