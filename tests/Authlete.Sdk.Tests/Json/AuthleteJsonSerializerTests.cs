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

    [Fact]
    public void The_literal_null_is_an_error_that_says_so_for_text_and_bytes()
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>("null"))
            .Should().Throw<AuthleteSerializationException>().WithMessage("The JSON could not be read as TokenResponse: The JSON is the literal null.");
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>("null"u8))
            .Should().Throw<AuthleteSerializationException>().WithMessage("The JSON could not be read as TokenResponse: The JSON is the literal null.")
            .Which.ResponseBody.Should().Be("null");
    }

    [Fact]
    public void Bad_utf8_json_names_the_type_and_keeps_the_text()
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>("""{"action":1}"""u8))
            .Should().Throw<AuthleteSerializationException>().WithMessage("The JSON could not be read as TokenResponse: *")
            .Which.ResponseBody.Should().Be("""{"action":1}""");
    }

    [Fact]
    public void A_null_text_is_an_argument_error()
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<TokenResponse>((string)null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("json");
    }

    [Fact]
    public void A_model_of_the_application_is_refused_by_name_as_not_of_the_wire_format()
    {
        FluentActions.Invoking(() => AuthleteJsonSerializer.Serialize(new ApplicationModel()))
            .Should().Throw<NotSupportedException>().WithMessage("ApplicationModel is not a type of the Authlete wire format.");
        FluentActions.Invoking(() => AuthleteJsonSerializer.Deserialize<ApplicationModel>("{}"u8))
            .Should().Throw<AuthleteSerializationException>().WithMessage("*ApplicationModel is not a type of the Authlete wire format.");
    }

    [Fact]
    public void A_response_content_that_is_the_literal_null_or_not_json_is_an_error_naming_the_body_type()
    {
        FluentActions.Invoking(() => new TokenResponse { ResponseContent = "null" }.ReadContent())
            .Should().Throw<AuthleteSerializationException>().WithMessage("*read as TokenContent*literal null*");
        FluentActions.Invoking(() => new TokenResponse { ResponseContent = "{" }.ReadContent())
            .Should().Throw<AuthleteSerializationException>().WithMessage("The response content could not be read as TokenContent: *")
            .Which.ResponseBody.Should().Be("{");
    }

    [Fact]
    public void The_wire_options_are_read_only()
    {
        AuthleteJsonSerializer.Options.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => AuthleteJsonSerializer.Options.PropertyNamingPolicy = null)
            .Should().Throw<InvalidOperationException>("an application must not change how the client reads and writes");
    }

    /// <summary>A type of the application's own, outside the SDK's metadata.</summary>
    public sealed class ApplicationModel : AuthleteModel;
}
