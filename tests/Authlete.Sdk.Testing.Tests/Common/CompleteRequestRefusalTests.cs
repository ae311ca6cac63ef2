using System.Text.Json;
using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Common;

/// <summary>The ID token and access token details of a complete request that the fake refuses, or does not implement.</summary>
public sealed class CompleteRequestRefusalTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private async Task<DeviceCompleteResponse> CompleteAsync(Action<DeviceCompleteRequest> details)
    {
        DeviceAuthorizationResponse authorized = await _t.Fake.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid" });
        var request = new DeviceCompleteRequest { UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "alice" };
        details(request);
        return await _t.Fake.DeviceCompleteAsync(request);
    }

    public static TheoryData<string?, string?, string> Refused => new()
    {
        { "list", null, "[A922101] idTokenAudType must be \"array\", \"string\" or absent." },
        { null, "[1]", "[A922101] claims must be the text of a JSON object." },
        { null, "{not json", "[A922101] claims must be the text of a JSON object." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_bad_aud_type_or_claims_text_is_an_invalid_request_that_says_which(string? audType, string? claims, string message)
    {
        DeviceCompleteResponse response = await CompleteAsync(r =>
        {
            r.IdTokenAudType = audType;
            r.Claims = claims;
        });

        response.Action.Should().Be(DeviceCompleteAction.InvalidRequest);
        response.ResultMessage.Should().Be(message);
    }

    [Fact]
    public async Task The_string_aud_type_gives_an_id_token_with_a_single_audience()
    {
        DeviceAuthorizationResponse authorized = await _t.Fake.DeviceAuthorizationAsync(new() { Parameters = "client_id=2001&scope=openid" });
        DeviceCompleteResponse completed = await _t.Fake.DeviceCompleteAsync(new()
        {
            UserCode = authorized.UserCode, Result = DeviceCompleteResult.Authorized, Subject = "alice", IdTokenAudType = "string",
        });
        TokenResponse tokens = await _t.Fake.TokenAsync(TestAuthlete.DeviceToken(authorized.DeviceCode!));

        completed.Action.Should().Be(DeviceCompleteAction.Success, completed.ResultMessage);
        JsonElement aud = Jwt.Payload(tokens.IdToken!).GetProperty("aud");
        aud.ValueKind.Should().Be(JsonValueKind.String);
        aud.GetString().Should().Be("2001");
    }

    [Theory]
    [InlineData("idtHeaderParams", "extra ID token header parameters (idtHeaderParams)")]
    [InlineData("jwtAtClaims", "JWT access tokens (jwtAtClaims); it issues opaque access tokens only")]
    public async Task Id_token_header_parameters_and_jwt_access_tokens_are_refused_loudly_by_name(string member, string feature)
    {
        (await FluentActions.Awaiting(() => CompleteAsync(r =>
        {
            if (member == "idtHeaderParams")
            {
                r.IdtHeaderParams = """{"x5u":"https://as.example.com/x5u"}""";
            }
            else
            {
                r.JwtAtClaims = """{"tier":"gold"}""";
            }
        })).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement " + feature + ".");
    }
}
