using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Authlete.Sdk.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Authlete.Sdk.AspNetCore.Tests.Authentication.AccessTokenHost;

namespace Authlete.Sdk.AspNetCore.Tests.Authentication;

/// <summary>
/// DPoP (RFC 9449) and certificate-bound tokens (RFC 8705): the fake does not check proofs, so Authlete's answers are
/// scripted, and the tests check what reached Authlete and how its answer is relayed.
/// </summary>
public sealed class AccessTokenProofTests
{
    private const string Proof = "eyJ0eXAiOiJkcG9wK2p3dCIsImFsZyI6IkVTMjU2In0.eyJodG0iOiJHRVQifQ.c2lnbmF0dXJl";

    private static IntrospectionResponse Ok(string subject = "alice") => new()
    {
        Action = IntrospectionAction.Ok,
        ResultCode = "A056001",
        Subject = subject,
        ClientId = 3001,
        Scopes = ["profile"],
        ExpiresAt = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeMilliseconds(),
        Existent = true,
        Usable = true,
        Sufficient = true,
    };

    [Fact]
    public async Task A_DPoP_request_sends_the_proof_htm_and_htu_honouring_PathBase_and_forwarded_scheme_and_host()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, Ok());
        await using TestHost host = await StartAsync(authlete, pipeline: app =>
        {
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            forwarded.AllowedHosts.Add("api.example.com");
            app.UseForwardedHeaders(forwarded);
            app.UsePathBase("/rs");
            app.UseRouting();
            app.UseAuthentication();
            app.UseAuthorization();
        });
        using HttpRequestMessage request = Get("/rs/api/me?x=1", "DPoP dpop-bound-token", Proof);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "api.example.com");

        using HttpResponseMessage response = await host.Client.SendAsync(request);

        ((int)response.StatusCode).Should().Be(200);
        JsonObject sent = host.Calls.Request(AuthleteApis.Introspection);
        sent["token"]!.GetValue<string>().Should().Be("dpop-bound-token");
        sent["dpop"]!.GetValue<string>().Should().Be(Proof);
        sent["htm"]!.GetValue<string>().Should().Be("GET");
        sent["htu"]!.GetValue<string>().Should().Be("https://api.example.com/rs/api/me");   // RFC 9449 §4.3: no query
        sent["scopes"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("profile");
    }

    [Fact]
    public async Task A_Bearer_request_with_a_DPoP_header_still_sends_the_proof_so_Authlete_decides()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse
        {
            Action = IntrospectionAction.Unauthorized,
            ResponseContent = "DPoP error=\"invalid_token\", error_description=\"The access token is bound to a DPoP key.\"",
        });
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer dpop-bound-token", Proof));

        ShouldBeChallenge(response, 401, "DPoP error=\"invalid_token\"");
        host.Calls.Request(AuthleteApis.Introspection)["dpop"]!.GetValue<string>().Should().Be(Proof);
    }

    [Fact]
    public async Task Authletes_DPoP_nonce_is_sent_in_the_DPoP_Nonce_header_with_its_challenge()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse
        {
            Action = IntrospectionAction.Unauthorized,
            ResponseContent = "DPoP error=\"use_dpop_nonce\", error_description=\"Resource server requires nonce in DPoP proof\"",
            DpopNonce = "eyJ7S_zG.eyJH0-Z.HX4w-7v",
        });
        await using TestHost host = await StartAsync(authlete, o => o.DpopNonceRequired = true);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "DPoP dpop-bound-token", Proof));

        ShouldBeChallenge(response, 401, "DPoP error=\"use_dpop_nonce\"");
        response.Headers.GetValues("DPoP-Nonce").Should().Equal("eyJ7S_zG.eyJH0-Z.HX4w-7v");
        host.Calls.Request(AuthleteApis.Introspection)["dpopNonceRequired"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public async Task A_nonce_given_with_an_OK_answer_is_sent_too()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        IntrospectionResponse ok = Ok();
        ok.DpopNonce = "next-nonce";
        authlete.EnqueueResponse(AuthleteApis.Introspection, ok);
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "DPoP dpop-bound-token", Proof));

        ((int)response.StatusCode).Should().Be(200);
        response.Headers.GetValues("DPoP-Nonce").Should().Equal("next-nonce");
    }

    [Fact]
    public async Task The_configured_resources_are_sent_and_a_token_for_another_resource_is_refused()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        authlete.EnqueueResponse(AuthleteApis.Introspection, new IntrospectionResponse
        {
            Action = IntrospectionAction.Forbidden,
            ResponseContent = "Bearer error=\"invalid_token\", error_description=\"The access token is not bound to the resource.\"",
        });
        await using TestHost host = await StartAsync(authlete, o => o.Resources.Add("https://api.example.com/"));

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer some-token"));

        ShouldBeChallenge(response, 403, "Bearer error=\"invalid_token\"");
        host.Calls.Request(AuthleteApis.Introspection)["resources"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("https://api.example.com/");
    }

    [Fact]
    public async Task The_claims_carry_acr_auth_time_grant_resources_and_each_authorization_details_element_as_JSON()
    {
        FakeAuthlete authlete = FakeTokens.WithClients();
        IntrospectionResponse ok = Ok();
        ok.ClientIdAlias = "shop";
        ok.ClientIdAliasUsed = true;
        ok.Acr = "urn:example:mfa";
        ok.AuthTime = 1768467600;
        ok.GrantId = "grant-1";
        ok.AccessTokenResources = ["https://api.example.com/"];
        ok.AuthorizationDetails = new AuthzDetails
        {
            Elements = [new AuthzDetailsElement { Type = "payment_initiation", Actions = ["initiate"] }, new AuthzDetailsElement { Type = "account_information" }],
        };
        authlete.EnqueueResponse(AuthleteApis.Introspection, ok);
        await using TestHost host = await StartAsync(authlete);

        using HttpResponseMessage response = await host.Client.SendAsync(Get("/api/me", "Bearer some-token"));

        ((int)response.StatusCode).Should().Be(200);
        JsonObject claims = (await JsonOf(response))["claims"]!.AsObject();
        string[] Values(string type) => claims[type]!.AsArray().Select(n => n!.GetValue<string>()).ToArray();
        Values("client_id").Should().Equal("shop");
        Values("acr").Should().Equal("urn:example:mfa");
        Values("auth_time").Should().Equal("1768467600");
        Values("grant_id").Should().Equal("grant-1");
        Values("aud").Should().Equal("https://api.example.com/");
        string[] details = Values("authorization_details");
        details.Should().HaveCount(2);
        JsonNode.Parse(details[0])!["type"]!.GetValue<string>().Should().Be("payment_initiation");
        JsonNode.Parse(details[0])!["actions"]![0]!.GetValue<string>().Should().Be("initiate");
        JsonNode.Parse(details[1])!["type"]!.GetValue<string>().Should().Be("account_information");
        claims.Should().NotContainKey("cnf");
    }

    [Fact]
    public async Task Over_mutual_TLS_the_client_certificate_reaches_Authlete_in_PEM_and_the_thumbprint_becomes_cnf()
    {
        using X509Certificate2 serverCertificate = SelfSigned("CN=localhost", serverAuth: true);
        using X509Certificate2 clientCertificate = SelfSigned("CN=client", serverAuth: false);
        string thumbprint = Base64Url(SHA256.HashData(clientCertificate.RawData));
        FakeAuthlete authlete = FakeTokens.WithClients();
        IntrospectionResponse ok = Ok();
        ok.CertificateThumbprint = thumbprint;
        authlete.EnqueueResponse(AuthleteApis.Introspection, ok);

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(new HttpsConnectionAdapterOptions
        {
            ServerCertificate = serverCertificate,
            ClientCertificateMode = ClientCertificateMode.AllowCertificate,
            ClientCertificateValidation = (_, _, _) => true,   // the binding is checked by Authlete, not the TLS chain
        })));
        var calls = new AuthleteCalls();
        TestHost.AddAuthlete(builder.Services, authlete, calls);
        builder.Services.AddAuthentication().AddAuthleteAccessToken();
        builder.Services.AddAuthorization();
        await using WebApplication app = builder.Build();
        app.MapGet("/api/me", Me).RequireAuthleteScopes("profile");
        await app.StartAsync();
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, _, _, _) => true };
        handler.ClientCertificates.Add(clientCertificate);
        using var client = new HttpClient(handler) { BaseAddress = TestHost.AddressOf(app) };

        using HttpResponseMessage response = await client.SendAsync(Get("/api/me", "Bearer mtls-bound-token"));

        ((int)response.StatusCode).Should().Be(200);
        JsonObject sent = calls.Request(AuthleteApis.Introspection);
        string pem = sent["clientCertificate"]!.GetValue<string>();
        pem.Should().StartWith("-----BEGIN CERTIFICATE-----");
        X509Certificate2.CreateFromPem(pem).RawData.Should().Equal(clientCertificate.RawData);
        JsonObject body = await JsonOf(response);
        JsonNode.Parse(body["claims"]!["cnf"]![0]!.GetValue<string>())!["x5t#S256"]!.GetValue<string>().Should().Be(thumbprint);
        authlete.Dispose();
    }

    private static X509Certificate2 SelfSigned(string subject, bool serverAuth)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(serverAuth ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2")], critical: false));
        if (serverAuth)
        {
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
        }

        using X509Certificate2 created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
