using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Tests.Security;

/// <summary>
/// A certificate-bound service access token (<c>AUTHLETE_CLIENT_CERTIFICATE</c>; RFC 8705): the client presents the
/// configured certificate in the TLS handshake with Authlete, whichever primary handler the host configures.
/// </summary>
public sealed class CertificateBoundServiceTokenTests
{
    private const string Answer = """{"resultCode":"A000","resultMessage":"ok","action":"OK","responseContent":"{}"}""";

    [Fact]
    public async Task Through_di_the_client_presents_the_certificate_to_authlete()
    {
        (string pem, string thumbprint) = ClientCertificate();
        await using TlsServer authlete = await TlsServer.StartAsync();
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = authlete.Address;
                o.ServiceId = "4711";
                o.ServiceAccessToken = "token";
                o.ClientCertificate = pem;
            })
            // The host's own primary handler (here: to trust the test server's self-signed certificate) still presents it.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = authlete.Trusts } });
        await using ServiceProvider provider = services.BuildServiceProvider();

        TokenResponse response = await provider.GetRequiredService<IAuthleteApi>().TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        response.Action.Kind.Should().Be(TokenActionKind.Ok);
        authlete.PresentedThumbprints.Should().Equal(thumbprint);
    }

    [Fact]
    public async Task A_host_primary_handler_of_the_older_kind_presents_it_too_added_once()
    {
        (string pem, string thumbprint) = ClientCertificate();
        await using TlsServer authlete = await TlsServer.StartAsync();
        HttpClientHandler? primary = null;
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = authlete.Address;
                o.ServiceId = "4711";
                o.ServiceAccessToken = "token";
                o.ClientCertificate = pem;
            })
            .ConfigurePrimaryHttpMessageHandler(() => primary = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, c, ch, e) => authlete.Trusts(null!, c, ch, e) });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });
        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        authlete.PresentedThumbprints.Should().NotBeEmpty().And.OnlyContain(presented => presented == thumbprint);
        primary!.ClientCertificates.Count.Should().Be(1, "the certificate is added once, however many clients the factory makes");
    }

    [Fact]
    public async Task A_host_primary_handler_that_cannot_present_a_certificate_is_refused_by_name()
    {
        (string pem, _) = ClientCertificate();
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = new Uri("https://authlete.example.com/");
                o.ServiceId = "4711";
                o.ServiceAccessToken = "token";
                o.ClientCertificate = pem;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new RefusingHandler());
        await using ServiceProvider provider = services.BuildServiceProvider();

        Func<Task> call = () => provider.GetRequiredService<IAuthleteApi>().TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        (await call.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be(
            "Authlete:ClientCertificate is set, but the Authlete client's primary handler is a RefusingHandler, which cannot present a TLS client certificate. Use a SocketsHttpHandler or an HttpClientHandler (AuthleteApi.CreateHandler(options)).");
    }

    [Fact]
    public void A_host_sockets_handler_keeps_the_client_certificates_it_already_carries()
    {
        (string pem, string thumbprint) = ClientCertificate();
        using ECDsa hostKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using X509Certificate2 hostCertificate = new CertificateRequest("CN=host-own-certificate", hostKey, HashAlgorithmName.SHA256)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        SocketsHttpHandler? primary = null;
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = new Uri("https://authlete.example.com/");
                o.ServiceId = "4711";
                o.ServiceAccessToken = "token";
                o.ClientCertificate = pem;
            })
            .ConfigurePrimaryHttpMessageHandler(() => primary = new SocketsHttpHandler { SslOptions = { ClientCertificates = [hostCertificate] } });
        using ServiceProvider provider = services.BuildServiceProvider();

        provider.GetRequiredService<IAuthleteApi>();

        primary!.SslOptions.ClientCertificates!.Cast<X509Certificate>().Select(c => c.GetCertHashString())
            .Should().BeEquivalentTo([hostCertificate.Thumbprint, thumbprint], "the service's certificate is added beside the host's own");
    }

    /// <summary>A primary handler of the host's own kind, which has no way to present a certificate.</summary>
    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
    }

    [Fact]
    public async Task Over_its_own_http_client_the_handler_for_the_options_presents_it()
    {
        (string pem, string thumbprint) = ClientCertificate();
        await using TlsServer authlete = await TlsServer.StartAsync();
        var options = new AuthleteOptions { BaseAddress = authlete.Address, ServiceId = "4711", ServiceAccessToken = "token", ClientCertificate = pem };
        var handler = (SocketsHttpHandler)AuthleteApi.CreateHandler(options);
        handler.SslOptions.RemoteCertificateValidationCallback = authlete.Trusts;
        using var http = new HttpClient(handler);

        await new AuthleteApi(http, options).TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        authlete.PresentedThumbprints.Should().Equal(thumbprint);
        handler.AllowAutoRedirect.Should().BeFalse();
    }

    [Fact]
    public async Task Without_the_setting_no_certificate_is_presented()
    {
        await using TlsServer authlete = await TlsServer.StartAsync();
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
            {
                o.BaseAddress = authlete.Address;
                o.ServiceId = "4711";
                o.ServiceAccessToken = "token";
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { SslOptions = { RemoteCertificateValidationCallback = authlete.Trusts } });
        await using ServiceProvider provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IAuthleteApi>().TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        authlete.PresentedThumbprints.Should().Equal("none");
    }

    private const string PemExpected =
        "it must be PEM text holding the certificate (-----BEGIN CERTIFICATE-----) and its private key (-----BEGIN PRIVATE KEY-----, RSA PRIVATE KEY or EC PRIVATE KEY), unencrypted.";

    [Theory]
    [InlineData("not a pem", PemExpected)]
    [InlineData("a certificate without its key", PemExpected)]
    [InlineData("a certificate with the private key of another", PemExpected)]
    public void An_unusable_certificate_stops_the_start_naming_the_setting(string text, string expected)
    {
        string pem = text switch
        {
            "a certificate without its key" => ClientCertificate().Pem.Split("-----BEGIN PRIVATE KEY-----")[0],
            "a certificate with the private key of another" => ClientCertificate().Pem.Split("-----BEGIN PRIVATE KEY-----")[0]
                + "-----BEGIN PRIVATE KEY-----" + ClientCertificate().Pem.Split("-----BEGIN PRIVATE KEY-----")[1],
            _ => text,
        };
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "token";
            o.ClientCertificate = pem;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuthleteOptions>>().Value);

        error.Message.Should().Contain("Authlete:ClientCertificate").And.Contain(expected);
    }

    [Fact]
    public void The_private_key_never_shows_in_a_failure()
    {
        (string pem, _) = ClientCertificate();
        string key = pem[pem.IndexOf("-----BEGIN PRIVATE KEY-----", StringComparison.Ordinal)..];
        var options = new AuthleteOptions { ServiceId = "1", ServiceAccessToken = "t", ClientCertificate = key };

        string failures = string.Join(" ", AuthleteOptionsValidator.GetFailures(options));

        failures.Should().Contain("Authlete:ClientCertificate");
        string body = key.Split('\n')[1];
        failures.Should().NotContain(body);
        options.ToString().Should().NotContain(body);
    }

    private static (string Pem, string Thumbprint) ClientCertificate()
    {
        using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=authlete-sdk-test-client", key, HashAlgorithmName.SHA256);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return (certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem(), certificate.Thumbprint);
    }

    /// <summary>A real Kestrel HTTPS server on 127.0.0.1 that asks for a client certificate and records its thumbprint.</summary>
    private sealed class TlsServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly List<string> _thumbprints = [];

        private string _serverThumbprint = "";

        private TlsServer(WebApplication app) => _app = app;

        /// <summary>Trusts this server's own self-signed certificate, and nothing else.</summary>
        public bool Trusts(object sender, X509Certificate? certificate, X509Chain? chain, System.Net.Security.SslPolicyErrors errors)
            => certificate is not null && certificate.GetCertHashString() == _serverThumbprint;

        public Uri Address { get; private set; } = null!;

        public IReadOnlyList<string> PresentedThumbprints
        {
            get
            {
                lock (_thumbprints)
                {
                    return [.. _thumbprints];
                }
            }
        }

        public static async Task<TlsServer> StartAsync()
        {
            using ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(san.Build());
            using X509Certificate2 ephemeral = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            X509Certificate2 serverCertificate = X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), null);

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate;
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
            })));
            WebApplication app = builder.Build();
            var server = new TlsServer(app) { _serverThumbprint = serverCertificate.Thumbprint };
            app.Run(async context =>
            {
                X509Certificate2? presented = await context.Connection.GetClientCertificateAsync();
                lock (server._thumbprints)
                {
                    server._thumbprints.Add(presented?.Thumbprint ?? "none");
                }

                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(Answer);
            });
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.Address = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
            return server;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
