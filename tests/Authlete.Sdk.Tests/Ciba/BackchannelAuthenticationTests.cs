using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Ciba;

/// <summary><c>/backchannel/authentication</c>: the table-driven guarantees of every API (inherited), and this API's own.</summary>
public class BackchannelAuthenticationTests : ApiContractTests<BackchannelAuthenticationRequest, BackchannelAuthenticationResponse>
{
    [Fact]
    public async Task Sends_every_request_member_literally()
    {
        string body = await SentBodyAsync(api => api.BackchannelAuthenticationAsync(new BackchannelAuthenticationRequest
        {
            Parameters = "login_hint=john&scope=openid&client_notification_token=tok",
            ClientId = "26862190133482",
            ClientSecret = "secret",
            ClientCertificate = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
            ClientCertificatePath = ["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
            OAuthClientAttestation = "eyJ.att",
            OAuthClientAttestationPop = "eyJ.pop",
            CimdOptions = new CimdOptions { AlwaysRetrieved = true, HttpPermitted = false, QueryPermitted = true },
        }));
        ShouldBeJson(body, """
            {"parameters":"login_hint=john&scope=openid&client_notification_token=tok","clientId":"26862190133482","clientSecret":"secret",
             "clientCertificate":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
             "clientCertificatePath":["-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----"],
             "oauthClientAttestation":"eyJ.att","oauthClientAttestationPop":"eyJ.pop",
             "cimdOptions":{"alwaysRetrieved":true,"httpPermitted":false,"queryPermitted":true}}
            """);
    }

    [Fact]
    public void The_published_user_identification_example_reads_as_typed_values()
    {
        var response = Wire.Read<BackchannelAuthenticationResponse>(Wire.Fixture("backchannel-authentication-response.json"));
        response.Action.Should().Be(BackchannelAuthenticationAction.UserIdentification);
        response.Action.Kind.Should().Be(BackchannelAuthenticationActionKind.UserIdentification);
        response.Action.HttpStatus.Should().BeNull("the user must be identified before anything is answered");
        response.HintType.Should().Be(UserIdentificationHintType.LoginHint);
        response.Hint.Should().Be("john");
        response.DeliveryMode.Should().Be(DeliveryMode.Poll);
        response.ClientId.Should().Be(26862190133482L);
        response.Scopes.Should().ContainSingle().Which.Name.Should().Be("openid");
        response.ServiceAttributes.Should().HaveCount(2);
        response.Ticket.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_unauthorized_client_is_a_401_answer_with_the_oauth_error()
    {
        BackchannelAuthenticationResponse response = await AnswerAsync(
            """{"action":"UNAUTHORIZED","responseContent":"{\"error\":\"invalid_client\",\"error_description\":\"[A180301] bad secret\"}"}""");

        response.Action.Kind.Should().Be(BackchannelAuthenticationActionKind.Unauthorized);
        response.Action.HttpStatus.Should().Be(401);
        response.Action.IsClientAuthenticationFailure.Should().BeTrue();
        response.ReadError()!.Error.Should().Be("invalid_client");
    }
}
