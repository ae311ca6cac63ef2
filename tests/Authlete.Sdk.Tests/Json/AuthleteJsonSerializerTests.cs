namespace Authlete.Sdk.Tests.Json;

public class AuthleteJsonSerializerTests
{
    [Fact]
    public void Round_trips_responses_and_payloads()
    {
        var response = AuthleteJsonSerializer.Deserialize<DeviceVerificationResponse>("""{"action":"VALID","client_name":"TV","expiresAt":1700000000000}""");
        response.ClientName.Should().Be("TV");
        response.ExpiresAtTime.Should().Be(DateTimeOffset.FromUnixTimeMilliseconds(1700000000000));
        AuthleteJsonSerializer.Serialize(response).Should().Contain("\"clientName\":\"TV\"");

        var notification = AuthleteJsonSerializer.Deserialize<CibaNotification>("""{"auth_req_id":"r"}"""u8);
        notification.AuthReqId.Should().Be("r");
        AuthleteJsonSerializer.Serialize(notification).Should().Be("""{"auth_req_id":"r"}""");
        AuthleteJsonSerializer.SerializeToUtf8Bytes(notification).Should().Equal("""{"auth_req_id":"r"}"""u8.ToArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{")]
    [InlineData("{\"action\":1}")]
    public void Bad_json_raises_the_sdk_serialization_error(string json)
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>(json))
            .Should().Throw<AuthleteSerializationException>().Which.ResponseBody.Should().Be(json);
    }
}
