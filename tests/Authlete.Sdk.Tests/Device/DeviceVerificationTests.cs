using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Device;

/// <summary><c>/device/verification</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class DeviceVerificationTests : ApiContractTests<DeviceVerificationRequest, DeviceVerificationResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "XWWKPBWVXQ" }));
        ShouldBeJson(body, """{"userCode":"XWWKPBWVXQ"}""");
    }

    [Fact]
    public void The_published_example_reads_as_typed_values()
    {
        var verification = Wire.Read<DeviceVerificationResponse>(Wire.Fixture("device-verification-response.json"));
        verification.Action.Should().Be(DeviceVerificationAction.Valid);
        verification.Action.Kind.Should().Be(DeviceVerificationActionKind.Valid);
        verification.ExpiresAtTime.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1642001978000));
    }

    [Fact]
    public void Server_error_reads_as_internal_server_error_and_is_written_back_as_read()
    {
        var older = Wire.Read<DeviceVerificationResponse>("""{"action":"SERVER_ERROR"}""");
        var newer = Wire.Read<DeviceVerificationResponse>("""{"action":"INTERNAL_SERVER_ERROR"}""");
        older.Action.Should().Be(DeviceVerificationAction.InternalServerError);
        newer.Action.Should().Be(DeviceVerificationAction.InternalServerError);
        older.Action.Kind.Should().Be(DeviceVerificationActionKind.InternalServerError);
        new DeviceVerificationAction("server_error").Kind.Should().Be(DeviceVerificationActionKind.InternalServerError);
        older.Action.GetHashCode().Should().Be(DeviceVerificationAction.InternalServerError.GetHashCode());
        older.Action.IsKnown.Should().BeTrue();
        Wire.Write(older).Should().Contain("\"action\":\"SERVER_ERROR\"", "the value is written back as it was read");
    }

    [Fact]
    public async Task An_expired_user_code_is_read_with_its_client()
    {
        DeviceVerificationResponse response = await AnswerAsync(
            """{"resultCode":"A219002","action":"EXPIRED","clientId":26888344961664,"clientName":"My TV","expiresAt":1642001978000}""");

        response.Action.Kind.Should().Be(DeviceVerificationActionKind.Expired);
        response.ClientId.Should().Be(26888344961664L);
        response.ClientName.Should().Be("My TV");
        response.ExpiresAtTime.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1642001978000));
    }
}
