using Authlete.Sdk.Testing.Tests.Support;

namespace Authlete.Sdk.Testing.Tests.Revocation;

/// <summary>What <c>/auth/revocation</c> says it did, the requests it refuses, and the client authentication it does not implement.</summary>
public sealed class RevocationAnswerTests : IDisposable
{
    private readonly TestAuthlete _t = new();

    public void Dispose() => _t.Dispose();

    private FakeAuthlete Fake => _t.Fake;

    [Fact]
    public async Task Revocation_says_whether_it_revoked_a_token_or_found_none()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        RevocationResponse revoked = await Fake.RevocationAsync(new() { Parameters = "client_id=2001&token=" + tokens.AccessToken });
        RevocationResponse unknown = await Fake.RevocationAsync(new() { Parameters = "client_id=2001&token=no-such-token" });

        revoked.ResultMessage.Should().Be("[A960001] The token was revoked.");
        unknown.Action.Should().Be(RevocationAction.Ok);
        unknown.ResultMessage.Should().Be("[A960001] The token does not exist (not an error, RFC 7009 §2.2).");
    }

    [Fact]
    public async Task Revoking_another_clients_token_says_so()
    {
        TokenResponse tokens = await TestAuthlete.DeviceTokensAsync(Fake);

        RevocationResponse response = await Fake.RevocationAsync(new()
        {
            Parameters = "token=" + tokens.RefreshToken, ClientId = "1001", ClientSecret = TestAuthlete.Secret,
        });

        response.Action.Should().Be(RevocationAction.BadRequest);
        response.ResultMessage.Should().Be("[A960302] The token was issued to another client.");
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    public static TheoryData<string, string?, string> BadRequests => new()
    {
        { "client_id=2001", null, "[A960301] The 'token' request parameter is missing." },
        { "client_id=2001&token=a&token=b", null, "[A960301] Request parameters must not be repeated: token." },
        { "client_id=2001&token=a", "1001", "[A960301] The client ID in the Authorization header and the client_id request parameter differ." },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Malformed_revocation_requests_are_bad_requests_that_say_why(string parameters, string? clientId, string message)
    {
        RevocationResponse response = await Fake.RevocationAsync(new() { Parameters = parameters, ClientId = clientId, ClientSecret = clientId is null ? null : TestAuthlete.Secret });

        response.Action.Should().Be(RevocationAction.BadRequest);
        response.ResultMessage.Should().Be(message);
        response.ReadError()!.Error.Should().Be("invalid_request");
    }

    public static TheoryData<string, string> Unsupported => new()
    {
        { "clientCertificate", "mutual-TLS client authentication (clientCertificate in a revocation request)" },
        { "clientCertificatePath", "mutual-TLS client authentication (clientCertificate in a revocation request)" },
        { "oauthClientAttestation", "attestation-based client authentication (oauthClientAttestation in a revocation request)" },
        { "oauthClientAttestationPop", "attestation-based client authentication (oauthClientAttestation in a revocation request)" },
        { "client_assertion", "the request parameter 'client_assertion' (in a revocation request)" },
        { "client_assertion_type", "the request parameter 'client_assertion' (in a revocation request)" },
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public async Task Client_authentication_the_fake_does_not_implement_is_refused_loudly_by_name(string member, string feature)
    {
        var request = new RevocationRequest { Parameters = "client_id=2001&token=a" };
        switch (member)
        {
            case "clientCertificate":
                request.ClientCertificate = "-----BEGIN CERTIFICATE-----";
                break;
            case "clientCertificatePath":
                request.ClientCertificatePath = ["-----BEGIN CERTIFICATE-----"];
                break;
            case "oauthClientAttestation":
                request.OAuthClientAttestation = "eyJ.x.y";
                break;
            case "oauthClientAttestationPop":
                request.OAuthClientAttestationPop = "eyJ.x.y";
                break;
            default:
                request.Parameters += "&" + member + "=eyJ.x.y";
                break;
        }

        (await FluentActions.Awaiting(() => Fake.RevocationAsync(request)).Should().ThrowAsync<FakeAuthleteNotSupportedException>())
            .Which.Message.Should().StartWith("Authlete.Sdk.Testing does not implement " + feature + ".");
    }

    [Fact]
    public async Task An_empty_certificate_path_is_not_mutual_tls()
    {
        RevocationResponse response = await Fake.RevocationAsync(new() { Parameters = "client_id=2001&token=a", ClientCertificatePath = [] });

        response.Action.Should().Be(RevocationAction.Ok);
    }
}
