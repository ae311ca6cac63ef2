using System.Security.Cryptography;
using System.Text.Json;
using Authlete.Sdk.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Authlete.Sdk.Tests.Security;

/// <summary>
/// A DPoP-bound service access token (<c>AUTHLETE_DPOP_KEY</c>, as in Authlete's Java and C# libraries): every request
/// to Authlete says <c>Authorization: DPoP</c> and carries a fresh proof a resource server accepts (RFC 9449 §4.3, §7.1).
/// </summary>
public sealed class DpopServiceTokenTests
{
    private const string Answer = """{"resultCode":"A000","resultMessage":"ok","action":"OK","responseContent":"{}"}""";

    [Theory]
    [InlineData("ES256")]
    [InlineData("ES384")]
    [InlineData("ES512")]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    [InlineData("PS256")]
    [InlineData("PS384")]
    [InlineData("PS512")]
    public async Task Each_request_carries_a_valid_proof_bound_to_the_token_method_and_uri(string alg)
    {
        string jwk = alg switch
        {
            "ES256" => DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256"),
            "ES384" => DpopProofs.EcJwk(ECCurve.NamedCurves.nistP384, "ES384", "P-384"),
            "ES512" => DpopProofs.EcJwk(ECCurve.NamedCurves.nistP521, "ES512", "P-521"),
            _ => DpopProofs.RsaJwk(alg),
        };
        var seen = new List<(string Authorization, string Proof, string Method, string Url)>();
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            lock (seen)
            {
                seen.Add((context.Request.Headers.Authorization.ToString(), context.Request.Headers["DPoP"].ToString(),
                    context.Request.Method, $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}"));
            }

            return FaultServer.Respond(context, 200, context.Request.Method == "GET" ? """{"issuer":"https://as.example"}""" : Answer);
        });
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address, o => o.DpopKey = jwk);

        await client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });
        await client.Api.ServiceConfigurationAsync(new ServiceConfigurationRequest { Pretty = true });

        seen.Should().HaveCount(2);
        var jtis = new HashSet<string>();
        foreach ((string authorization, string proof, string method, string url) in seen)
        {
            authorization.Should().Be("DPoP " + FaultServer.AccessToken);
            JsonElement claims = DpopProofs.Verify(proof, jwk, method, url, FaultServer.AccessToken);
            jtis.Add(claims.GetProperty("jti").GetString()!).Should().BeTrue("each proof is used once");
        }

        seen[1].Url.Should().EndWith("/api/4711/service/configuration", "htu leaves out the query (RFC 9449 §4.2)");
    }

    [Fact]
    public async Task A_retried_request_sends_a_fresh_proof_on_each_attempt()
    {
        string jwk = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256");
        var proofs = new List<string>();
        await using FaultServer authlete = await FaultServer.StartAsync((context, number) =>
        {
            lock (proofs)
            {
                proofs.Add(context.Request.Headers["DPoP"].ToString());
            }

            if (number == 1)
            {
                // 503 with Retry-After: refused, provably unprocessed, so even a POST is retried.
                context.Response.Headers.RetryAfter = "0";
                return FaultServer.Respond(context, 503, "");
            }

            return FaultServer.Respond(context, 200, Answer);
        });
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address, o => o.DpopKey = jwk);

        TokenResponse response = await client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        response.Action.Kind.Should().Be(TokenActionKind.Ok);
        proofs.Should().HaveCount(2);
        string[] jtis = [.. proofs.Select(p => DpopProofs.Verify(p, jwk, "POST", authlete.Address + "api/4711/auth/token", FaultServer.AccessToken).GetProperty("jti").GetString()!)];
        jtis.Should().OnlyHaveUniqueItems("a proof's jti is single-use (RFC 9449 §11.1): a retry needs a new proof");
    }

    /// <summary>
    /// Authlete's token API over DPoP that demands its nonce <c>server-nonce-1</c> (401 <c>use_dpop_nonce</c> until a proof
    /// carries it), verifying every proof and recording the nonce each carried.
    /// </summary>
    private static Func<HttpContext, int, Task> RequiringNonce(string jwk, List<string?> nonces) => (context, _) =>
    {
        JsonElement claims = DpopProofs.Verify(context.Request.Headers["DPoP"].ToString(), jwk, "POST", $"http://{context.Request.Host}/api/4711/auth/token", FaultServer.AccessToken);
        string? nonce = claims.TryGetProperty("nonce", out JsonElement n) ? n.GetString() : null;
        lock (nonces)
        {
            nonces.Add(nonce);
        }

        if (nonce != "server-nonce-1")
        {
            context.Response.Headers["DPoP-Nonce"] = "server-nonce-1";
            context.Response.Headers.WWWAuthenticate = "DPoP error=\"use_dpop_nonce\", error_description=\"Authorization server requires nonce in DPoP proof\"";
            return FaultServer.Respond(context, 401, """{"resultCode":"A001","resultMessage":"nonce"}""");
        }

        return FaultServer.Respond(context, 200, Answer);
    };

    [Fact]
    public async Task Authletes_dpop_nonce_is_put_in_the_proof_and_kept_for_the_next_requests()
    {
        string jwk = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256");
        var nonces = new List<string?>();
        await using FaultServer authlete = await FaultServer.StartAsync(RequiringNonce(jwk, nonces));
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address, o => o.DpopKey = jwk);

        (await client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" })).Action.Kind.Should().Be(TokenActionKind.Ok);
        (await client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" })).Action.Kind.Should().Be(TokenActionKind.Ok);

        nonces.Should().Equal(null, "server-nonce-1", "server-nonce-1");
    }

    [Fact]
    public async Task Clients_made_over_their_own_http_client_from_the_same_options_share_authletes_dpop_nonce()
    {
        string jwk = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256");
        var nonces = new List<string?>();
        await using FaultServer authlete = await FaultServer.StartAsync(RequiringNonce(jwk, nonces));
        var options = new AuthleteOptions
        {
            BaseAddress = authlete.Address,
            AllowInsecureHttp = true,
            ServiceId = FaultServer.ServiceId,
            ServiceAccessToken = FaultServer.AccessToken,
            DpopKey = jwk,
        };
        using var http = new HttpClient(AuthleteApi.CreateHandler(options));

        // A client per request, as a host that makes its own does: the nonce lives as long as the options.
        await new AuthleteApi(http, options).TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });
        await new AuthleteApi(http, options).TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        nonces.Should().Equal([null, "server-nonce-1", "server-nonce-1"], "the second client is not refused for want of the nonce again");
    }

    [Fact]
    public async Task A_second_refusal_for_want_of_a_nonce_is_an_error_not_a_loop()
    {
        string jwk = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256");
        await using FaultServer authlete = await FaultServer.StartAsync((context, number) =>
        {
            context.Response.Headers["DPoP-Nonce"] = "nonce-" + number;
            context.Response.Headers.WWWAuthenticate = "DPoP error=\"use_dpop_nonce\"";
            return FaultServer.Respond(context, 401, """{"resultCode":"A001","resultMessage":"nonce"}""");
        });
        await using LoopbackClient client = LoopbackClient.Create(authlete.Address, o => o.DpopKey = jwk);

        AuthleteApiException error = await Assert.ThrowsAsync<AuthleteApiException>(() => client.Api.TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" }));

        error.Status.Should().Be(401);
        authlete.Requests.Should().Be(2);
    }

    [Fact]
    public async Task A_client_over_its_own_http_client_sends_the_proof_too()
    {
        string jwk = DpopProofs.RsaJwk("PS256");
        string? proof = null;
        await using FaultServer authlete = await FaultServer.StartAsync((context, _) =>
        {
            proof = context.Request.Headers["DPoP"].ToString();
            return FaultServer.Respond(context, 200, Answer);
        });
        var options = new AuthleteOptions
        {
            BaseAddress = authlete.Address,
            AllowInsecureHttp = true,
            ServiceId = FaultServer.ServiceId,
            ServiceAccessToken = FaultServer.AccessToken,
            DpopKey = jwk,
        };
        using var http = new HttpClient(AuthleteApi.CreateHandler(options));

        await new AuthleteApi(http, options).TokenAsync(new TokenRequest { Parameters = "grant_type=client_credentials" });

        DpopProofs.Verify(proof!, jwk, "POST", authlete.Address + "api/4711/auth/token", FaultServer.AccessToken);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1]", "not a JSON object")]
    [InlineData("""{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA"}""", "it has no 'alg' string member (the JWS algorithm the proofs are signed with, as Authlete's libraries require).")]
    [InlineData("public EC key", "it has no 'd' string member (the private key, which signs the proofs).")]
    [InlineData("""{"kty":"EC","crv":"P-192","alg":"ES256","x":"AA","y":"AA","d":"AA"}""", "its crv 'P-192' is not supported; use P-256, P-384 or P-521.")]
    [InlineData("""{"kty":"EC","crv":"P-256","alg":"ES256","x":"A*","y":"AA","d":"AA"}""", "its 'x' member is not base64url.")]
    [InlineData("""{"kty":"EC","crv":"P-256","alg":"ES256","x":"AA","y":"AA","d":"AA"}""", "its 'x' member has 1 bytes; its curve needs 32.")]
    [InlineData("EC key off its curve", "its x, y and d are not a key pair on its curve.")]
    [InlineData("""{"kty":"RSA","alg":"RS256","n":"AQAB","e":"AQAB","d":"AQAB"}""", "its RSA modulus is shorter than 2048 bits.")]
    [InlineData("RSA key without p", "it has no 'p' string member (a CRT member of the private key).")]
    [InlineData("RSA key without d", "it has no 'd' string member (the private key, which signs the proofs).")]
    [InlineData("RSA key without q", "it has no 'q' string member (a CRT member of the private key).")]
    [InlineData("RSA key without dp", "it has no 'dp' string member (a CRT member of the private key).")]
    [InlineData("RSA key without dq", "it has no 'dq' string member (a CRT member of the private key).")]
    [InlineData("RSA key without qi", "it has no 'qi' string member (a CRT member of the private key).")]
    [InlineData("""{"crv":"P-256","alg":"ES256"}""", "cannot be used: it has no 'kty' string member.")]
    [InlineData("RSA key with the private members of a larger key", "cannot be used: its RSA members are not one private key.")]
    [InlineData("EC key with ES384 on P-256", "does not fit")]
    [InlineData("RSA key with ES256", "does not fit an RSA key")]
    [InlineData("""{"kty":"OKP","crv":"Ed25519","alg":"EdDSA","x":"AA","d":"AA"}""", "kty 'OKP' is not supported")]
    public void An_unusable_key_stops_the_start_with_what_is_wrong_and_never_the_key(string keyCase, string expected)
    {
        // Generated keys are made here, not in the theory data, so that test cases keep one name from discovery to run.
        string jwk = keyCase switch
        {
            "public EC key" => DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256", includePrivate: false),
            "EC key with ES384 on P-256" => DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES384", "P-256"),
            "RSA key with ES256" => DpopProofs.RsaJwk("ES256"),
            "EC key off its curve" => """{"kty":"EC","crv":"P-256","alg":"ES256","x":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","y":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","d":"AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}""",
            "RSA key without p" => Without(DpopProofs.RsaJwk("RS256"), "p"),
            "RSA key without d" => Without(DpopProofs.RsaJwk("RS256"), "d"),
            "RSA key without q" => Without(DpopProofs.RsaJwk("RS256"), "q"),
            "RSA key without dp" => Without(DpopProofs.RsaJwk("RS256"), "dp"),
            "RSA key without dq" => Without(DpopProofs.RsaJwk("RS256"), "dq"),
            "RSA key without qi" => Without(DpopProofs.RsaJwk("RS256"), "qi"),
            "RSA key with the private members of a larger key" => WithPrivateMembersOf(DpopProofs.RsaJwk("RS256"), DpopProofs.RsaJwk("RS256", 3072)),
            _ => keyCase,
        };
        var services = new ServiceCollection();
        services.AddAuthleteClient(o =>
        {
            o.ServiceId = "1";
            o.ServiceAccessToken = "token";
            o.DpopKey = jwk;
        });
        using ServiceProvider provider = services.BuildServiceProvider();

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AuthleteOptions>>().Value);

        error.Message.Should().Contain("Authlete:DpopKey").And.Contain(expected);
        using JsonDocument? key = jwk.StartsWith('{') ? JsonDocument.Parse(jwk) : null;
        if (key?.RootElement.TryGetProperty("d", out JsonElement d) == true && d.GetString()!.Length > 4)
        {
            error.Message.Should().NotContain(d.GetString());
        }
    }

    private static string WithPrivateMembersOf(string jwk, string other)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(jwk)!.AsObject();
        var donor = System.Text.Json.Nodes.JsonNode.Parse(other)!.AsObject();
        foreach (string member in new[] { "d", "p", "q", "dp", "dq", "qi" })
        {
            node[member] = donor[member]!.GetValue<string>();
        }

        return node.ToJsonString();
    }

    private static string Without(string jwk, string member)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(jwk)!.AsObject();
        node.Remove(member);
        return node.ToJsonString();
    }

    [Fact]
    public void A_key_with_version_2_is_refused_because_version_2_has_no_access_token()
    {
        var options = new AuthleteOptions
        {
            ApiVersion = AuthleteApiVersion.V2,
            ServiceApiKey = "key",
            ServiceApiSecret = "secret",
            DpopKey = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256"),
        };

        AuthleteOptionsValidator.GetFailures(options).Should().ContainSingle().Which.Should().Contain("Authlete:DpopKey").And.Contain("version 3");
    }

    [Fact]
    public void The_key_never_shows_in_the_options_description()
    {
        string jwk = DpopProofs.EcJwk(ECCurve.NamedCurves.nistP256, "ES256", "P-256");
        var options = new AuthleteOptions { ServiceId = "1", ServiceAccessToken = "t", DpopKey = jwk };

        options.ToString().Should().NotContain("\"d\"").And.NotContain(JsonDocument.Parse(jwk).RootElement.GetProperty("d").GetString());
    }
}
