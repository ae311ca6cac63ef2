using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Authlete.Sdk.Tests.Support;
using RichardSzalay.MockHttp;

namespace Authlete.Sdk.Tests.Json;

/// <summary>
/// Property tests of the JSON layer: whatever bytes arrive, reading them either succeeds or raises
/// <see cref="AuthleteSerializationException"/>; no other exception type may escape. Inputs are valid full answers
/// mutated by a seeded <see cref="Random"/> (bit flips, deletions, insertions, truncations, duplicated slices, values of
/// the wrong type), so every failure is reproducible from its seed and iteration.
/// </summary>
public sealed class FuzzTests
{
    private const int Iterations = 1000;

    private static readonly Target[] Targets =
    [
        Target.Of<BackchannelAuthenticationResponse>("backchannel-authentication-response.json"),
        Target.Of<BackchannelAuthenticationIssueResponse>("backchannel-authentication-issue-response.json"),
        Target.Of<BackchannelAuthenticationFailResponse>("backchannel-authentication-fail-response.json"),
        Target.Of<BackchannelAuthenticationCompleteResponse>("backchannel-authentication-complete-response.json"),
        Target.Of<DeviceAuthorizationResponse>("device-authorization-response.json"),
        Target.Of<DeviceVerificationResponse>("device-verification-response.json"),
        Target.Of<DeviceCompleteResponse>("device-complete-response.json"),
        Target.Of<TokenResponse>("token-response.json"),
        Target.Of<IntrospectionResponse>("op/introspection-response.json"),
        Target.Of<StandardIntrospectionResponse>("op/introspection-standard-response.json"),
        Target.Of<UserInfoResponse>("op/userinfo-response.json"),
        Target.Of<UserInfoIssueResponse>("op/userinfo-issue-response.json"),
        Target.Of<RevocationResponse>("op/revocation-response.json"),
        Target.Of<TokenIssueResponse>("op/token-issue-response.json"),
        Target.Of<TokenFailResponse>("op/token-fail-response.json"),
        Target.Of<CibaNotification>("spec/ciba-10.3.1-push-success.json"),
        Target.Of<OAuthError>("spec/rfc8628-3.5-slow-down.json"),
        Target.Of<BackchannelAuthenticationContent>("spec/ciba-7.3-auth-response.json"),
        Target.Of<DeviceAuthorizationContent>("spec/rfc8628-3.2-device-authorization-response.json"),
        Target.Of<TokenContent>("spec/rfc6749-5.1-token-response.json"),

        // The document APIs have no published Authlete example here: their seeds are the fully populated and
        // snake_case samples only.
        Target.Of<ServiceConfigurationResponse>(fixture: null),
        Target.Of<ServiceJwksResponse>(fixture: null),
    ];

    public static TheoryData<string> TargetNames() => new(Targets.Select(t => t.Type.Name));

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Mutated_json_either_reads_or_raises_the_serialization_error(string typeName)
    {
        Target target = Targets.Single(t => t.Type.Name == typeName);
        var random = new Random(typeName.Length * 7919 + 17);
        var leaks = new List<string>();
        int succeeded = 0;
        int refused = 0;

        for (int i = 0; i < Iterations; i++)
        {
            byte[] input = Mutator.Mutate(random, target.Seeds[random.Next(target.Seeds.Length)]);

            // The UTF-8 path sees the raw bytes (invalid UTF-8 included); the string path sees them decoded.
            Outcome bytes = Run(() => target.FromBytes(input), target, leaks, i, input);
            string text = Encoding.UTF8.GetString(input);
            Outcome chars = Run(() => target.FromString(text), target, leaks, i, input);
            succeeded += (bytes == Outcome.Read ? 1 : 0) + (chars == Outcome.Read ? 1 : 0);
            refused += (bytes == Outcome.Refused ? 1 : 0) + (chars == Outcome.Refused ? 1 : 0);
        }

        leaks.Should().BeEmpty();
        succeeded.Should().BePositive("some mutations keep the JSON valid, and those must read");
        refused.Should().BePositive("most mutations break the JSON, and those must be refused");
    }

    [Fact]
    public void Arbitrary_bytes_either_read_or_raise_the_serialization_error()
    {
        var random = new Random(20261125);
        var leaks = new List<string>();
        for (int i = 0; i < Iterations; i++)
        {
            byte[] input = new byte[random.Next(0, 64)];
            if (random.Next(2) == 0)
            {
                random.NextBytes(input);
            }
            else
            {
                const string alphabet = "{}[]\",:0123456789-+.eEtruefalsn \\u\t\n";
                for (int b = 0; b < input.Length; b++)
                {
                    input[b] = (byte)alphabet[random.Next(alphabet.Length)];
                }
            }

            foreach (Target target in Targets)
            {
                Run(() => target.FromBytes(input), target, leaks, i, input);
                Run(() => target.FromString(Encoding.UTF8.GetString(input)), target, leaks, i, input);
            }
        }

        leaks.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ApiNames))]
    public async Task Mutated_answers_through_the_client_either_read_or_raise_the_serialization_error(string path)
    {
        ApiCase api = ApiCase.All.Single(a => a.Path == path);
        Target target = Targets.Single(t => t.Type == api.ResponseType);
        var random = new Random(path.Length * 104729 + 3);
        var bodies = new Queue<byte[]>();
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(bodies.Dequeue()) });
        var client = new AuthleteApi(handler.ToHttpClient(), MockAuthlete.Options(AuthleteApiVersion.V3));
        var leaks = new List<string>();

        for (int i = 0; i < 150; i++)
        {
            byte[] input = Mutator.Mutate(random, target.Seeds[random.Next(target.Seeds.Length)]);
            bodies.Enqueue(input);
            try
            {
                AuthleteResponse response = await api.Call(client, api.ValidRequest(), CancellationToken.None);
                response.GetType().Should().Be(api.ResponseType);
            }
            catch (AuthleteSerializationException ex)
            {
                if (ex.Status != 200 || ex.ApiName != path)
                {
                    leaks.Add($"#{i}: serialization error without its evidence (status {ex.Status}, api {ex.ApiName})");
                }
            }
            catch (Exception ex)
            {
                leaks.Add($"#{i}: {ex.GetType()}: {ex.Message}\n  input: {Encoding.UTF8.GetString(input)}");
            }
        }

        leaks.Should().BeEmpty();
    }

    public static TheoryData<string> ApiNames() => new(ApiCase.All.Select(a => a.Path));

    [Fact]
    public async Task Mutated_error_bodies_with_an_error_status_are_always_api_errors_with_the_status()
    {
        var random = new Random(400);
        byte[][] seeds = [Encoding.UTF8.GetBytes(Wire.Fixture("error-400.json")), Encoding.UTF8.GetBytes(Wire.Fixture("error-401.json"))];
        var bodies = new Queue<byte[]>();
        var handler = new MockHttpMessageHandler();
        handler.When("*").Respond(_ => new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = new ByteArrayContent(bodies.Dequeue()) });
        var client = new AuthleteApi(handler.ToHttpClient(), MockAuthlete.Options(AuthleteApiVersion.V3));

        for (int i = 0; i < 300; i++)
        {
            byte[] input = Mutator.Mutate(random, seeds[random.Next(seeds.Length)]);
            bodies.Enqueue(input);
            Exception? caught = null;
            try
            {
                await client.DeviceVerificationAsync(new DeviceVerificationRequest { UserCode = "A" });
            }
            catch (Exception ex)
            {
                caught = ex;
            }

            caught.Should().BeOfType<AuthleteApiException>($"iteration {i}, input {Encoding.UTF8.GetString(input)}")
                .Which.Status.Should().Be(400);
        }
    }

    [Fact]
    public void Mutated_response_contents_either_read_or_raise_the_serialization_error()
    {
        var random = new Random(6749);
        string[] contents =
        [
            Wire.Fixture("spec/ciba-10.2-ping.json"), Wire.Fixture("spec/ciba-10.3.1-push-success.json"),
            Wire.Fixture("spec/ciba-7.3-auth-response.json"), Wire.Fixture("spec/rfc6749-5.1-token-response.json"),
            Wire.Fixture("spec/rfc8628-3.2-device-authorization-response.json"), Wire.Fixture("spec/rfc8628-3.5-slow-down.json"),
        ];
        Func<string, object?>[] readers =
        [
            c => new BackchannelAuthenticationCompleteResponse { ResponseContent = c }.ReadNotification(),
            c => new BackchannelAuthenticationIssueResponse { ResponseContent = c }.ReadContent(),
            c => new BackchannelAuthenticationIssueResponse { ResponseContent = c }.ReadError(),
            c => new BackchannelAuthenticationResponse { ResponseContent = c }.ReadError(),
            c => new BackchannelAuthenticationFailResponse { ResponseContent = c }.ReadError(),
            c => new DeviceAuthorizationResponse { ResponseContent = c }.ReadContent(),
            c => new DeviceAuthorizationResponse { ResponseContent = c }.ReadError(),
            c => new TokenResponse { ResponseContent = c }.ReadContent(),
            c => new TokenResponse { ResponseContent = c }.ReadError(),
        ];
        var leaks = new List<string>();

        for (int i = 0; i < Iterations; i++)
        {
            string content = Encoding.UTF8.GetString(Mutator.Mutate(random, Encoding.UTF8.GetBytes(contents[random.Next(contents.Length)])));
            foreach (Func<string, object?> read in readers)
            {
                try
                {
                    read(content);
                }
                catch (AuthleteSerializationException)
                {
                }
                catch (Exception ex)
                {
                    leaks.Add($"#{i}: {ex.GetType()}: {ex.Message}\n  input: {content}");
                }
            }
        }

        leaks.Should().BeEmpty();
    }

    [Fact]
    public void A_kept_unknown_member_that_cannot_be_written_back_raises_the_serialization_error()
    {
        // Found by the fuzzer: a lone surrogate in an unknown member reads (it is kept raw) but cannot be written.
        var response = AuthleteJsonSerializer.Deserialize<DeviceVerificationResponse>("""{"action":"VALID","newField":"\uD800"}""");
        response.ExtensionData.Should().ContainKey("newField");

        FluentActions.Invoking(() => AuthleteJsonSerializer.Serialize(response))
            .Should().Throw<AuthleteSerializationException>().WithMessage("*DeviceVerificationResponse*");
        FluentActions.Invoking(() => AuthleteJsonSerializer.SerializeToUtf8Bytes(response))
            .Should().Throw<AuthleteSerializationException>();
    }

    private enum Outcome
    {
        Read,
        Refused,
        Leaked,
    }

    private static Outcome Run(Func<AuthleteModel> read, Target target, List<string> leaks, int iteration, byte[] input)
    {
        try
        {
            AuthleteModel value = read();
            value.Should().BeOfType(target.Type);

            // What was read must also write back.
            target.Write(value);
            return Outcome.Read;
        }
        catch (AuthleteSerializationException)
        {
            return Outcome.Refused;
        }
        catch (Exception ex)
        {
            leaks.Add($"{target.Type.Name} #{iteration}: {ex.GetType()}: {ex.Message}\n  input: {Convert.ToBase64String(input)}");
            return Outcome.Leaked;
        }
    }

    private sealed record Target(Type Type, byte[][] Seeds, Func<string, AuthleteModel> FromString, Func<byte[], AuthleteModel> FromBytes, Action<AuthleteModel> Write)
    {
        public static Target Of<T>(string? fixture) where T : AuthleteModel, new()
        {
            string full = Wire.Write(SampleData.Fill(typeof(T), typeof(T).Name), typeof(T));
            string snake = SampleData.ToSnakeCase(JsonNode.Parse(full))!.ToJsonString();
            string[] texts = fixture is null ? [full, snake] : [Wire.Fixture(fixture), full, snake];
            byte[][] seeds = [.. texts.Select(Encoding.UTF8.GetBytes)];
            return new Target(
                typeof(T),
                seeds,
                json => AuthleteJsonSerializer.Deserialize<T>(json),
                utf8 => AuthleteJsonSerializer.Deserialize<T>(utf8),
                value => AuthleteJsonSerializer.Serialize((T)value));
        }
    }
}
