using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace Authlete.Sdk.Tests.Common;

public class ClientRequestBuilderTests
{
    [Fact]
    public void Form_fields_are_form_encoded_in_order_with_repeated_keys()
    {
        var request = new BackchannelAuthenticationRequest().WithParameters(new[]
        {
            new KeyValuePair<string, StringValues>("scope", "openid email"),
            new KeyValuePair<string, StringValues>("resource", new StringValues(["https://a.example/x?y=1", "https://b.example"])),
            new KeyValuePair<string, StringValues>("binding_message", "W4SCT & ünïcode"),
        });

        request.Parameters.Should().Be(
            "scope=openid+email&resource=https%3A%2F%2Fa.example%2Fx%3Fy%3D1&resource=https%3A%2F%2Fb.example&binding_message=W4SCT+%26+%C3%BCn%C3%AFcode");
    }

    [Theory]
    [InlineData("Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3", "s6BhdRkqt3", "7Fjfp0ZBr1KtDRbnfVdmIw")]
    [InlineData("basic   czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3  ", "s6BhdRkqt3", "7Fjfp0ZBr1KtDRbnfVdmIw")]
    public void Basic_credentials_are_decoded(string header, string id, string secret)
    {
        var request = new TokenRequest().WithClientCredentials(header);
        request.ClientId.Should().Be(id);
        request.ClientSecret.Should().Be(secret);
    }

    [Fact]
    public void Basic_credentials_are_form_decoded_as_RFC_6749_says()
    {
        string header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("my%3Aclient:p%40ss+word"));
        var request = new TokenRequest().WithClientCredentials(header);
        request.ClientId.Should().Be("my:client");
        request.ClientSecret.Should().Be("p@ss word");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("Basic !!!notbase64")]
    [InlineData("Basic bm9jb2xvbg==")]
    public void Other_or_broken_headers_leave_the_credentials_unset(string? header)
    {
        var request = new TokenRequest().WithClientCredentials(header);
        request.ClientId.Should().BeNull();
        request.ClientSecret.Should().BeNull();
    }

    [Fact]
    public void A_client_certificate_becomes_pem()
    {
        using var key = ECDsa.Create();
        var csr = new CertificateRequest("CN=client", key, HashAlgorithmName.SHA256);
        using X509Certificate2 cert = csr.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));

        var request = new DeviceAuthorizationRequest().WithClientCertificate(cert, [cert]);

        request.ClientCertificate.Should().StartWith("-----BEGIN CERTIFICATE-----");
        request.ClientCertificatePath.Should().ContainSingle().Which.Should().Be(request.ClientCertificate);
        new DeviceAuthorizationRequest().WithClientCertificate(null).ClientCertificate.Should().BeNull();
    }
}
