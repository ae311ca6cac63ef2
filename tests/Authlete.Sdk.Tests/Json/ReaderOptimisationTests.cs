using System.Text;
using System.Text.Json;
using Authlete.Sdk.Json;
using Authlete.Sdk.Tests.Support;

namespace Authlete.Sdk.Tests.Json;

/// <summary>
/// The allocation savings of the JSON layer (remembered enum spellings, exact-capacity string lists, value-type
/// aliases without getters) keep what is read and written exactly as before.
/// </summary>
public class ReaderOptimisationTests
{
    [Fact]
    public void A_remembered_enum_spelling_reads_without_allocating()
    {
        var converter = (AuthleteEnumConverter<DeliveryMode>)AuthleteJson.Options.GetConverter(typeof(DeliveryMode));
        byte[] json = "\"PUSH\""u8.ToArray();
        DeliveryMode Read()
        {
            var reader = new Utf8JsonReader(json);
            reader.Read();
            return converter.Read(ref reader, typeof(DeliveryMode), AuthleteJson.Options);
        }

        DeliveryMode first = Read();
        long before = GC.GetAllocatedBytesForCurrentThread();
        DeliveryMode again = Read();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        again.Should().Be(DeliveryMode.Push);
        again.Value.Should().BeSameAs(first.Value);
    }

    [Fact]
    public void Enum_spellings_are_kept_exactly_even_when_remembered()
    {
        for (int i = 0; i < 3; i++)
        {
            var response = Wire.Read<TokenResponse>("""{"action":"ok","grantType":"AUTHORIZATION_CODE","clientAuthMethod":"Private_Key_Jwt"}""");
            response.Action.Value.Should().Be("ok");
            response.Action.Should().Be(TokenAction.Ok);
            response.GrantType!.Value.Value.Should().Be("AUTHORIZATION_CODE");
            response.ClientAuthMethod!.Value.Value.Should().Be("Private_Key_Jwt");

            var upper = Wire.Read<TokenResponse>("""{"action":"OK"}""");
            upper.Action.Value.Should().Be("OK");
        }
    }

    [Fact]
    public void Escaped_and_unbounded_numbers_of_enum_spellings_still_read()
    {
        Wire.Read<TokenResponse>("""{"action":"\u004FK"}""").Action.Value.Should().Be("OK");
        for (int i = 0; i < AuthleteEnumConverter<GmAction>.MaxRemembered * 2; i++)
        {
            Wire.Read<DeviceAuthorizationResponse>($$"""{"gmAction":"FUTURE_{{i}}"}""").GmAction!.Value.Value.Should().Be($"FUTURE_{i}");
        }
    }

    [Fact]
    public void Remembered_spellings_stay_bounded_however_many_distinct_values_answers_bring()
    {
        // A hostile or buggy server could send a new value in every answer: the memory kept for them must not grow.
        for (int i = 0; i < AuthleteEnumConverter<GrantType>.MaxRemembered * 3; i++)
        {
            Wire.Read<TokenResponse>($$"""{"grantType":"HOSTILE_{{i}}"}""").GrantType!.Value.Value.Should().Be($"HOSTILE_{i}");
        }

        AuthleteEnumConverter<GrantType>.RememberedCount.Should().Be(AuthleteEnumConverter<GrantType>.MaxRemembered,
            "distinct spellings are remembered up to the bound, and no further");
    }

    [Fact]
    public void The_camel_case_only_baseline_of_the_benchmarks_reads_no_snake_case_names()
    {
        // The benchmarks measure what the snake_case aliases cost against these options: they must really lack them.
        JsonSerializerOptions camelCaseOnly = AuthleteJson.CreateOptions(snakeCaseAliases: false);
        const string Json = """{"client_name":"TV","clientId":7}""";

        var read = JsonSerializer.Deserialize(Json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<DeviceVerificationResponse>)camelCaseOnly.GetTypeInfo(typeof(DeviceVerificationResponse)))!;

        read.ClientName.Should().BeNull();
        read.ClientId.Should().Be(7);
        Wire.Read<DeviceVerificationResponse>(Json).ClientName.Should().Be("TV");
    }

    [Theory]
    [InlineData("[]", 0)]
    [InlineData("""["a"]""", 1)]
    [InlineData("""["a","b",null,"d"]""", 4)]
    public void String_lists_read_into_lists_of_exact_capacity(string array, int count)
    {
        var response = Wire.Read<TokenResponse>($$"""{"scopes":{{array}}}""");
        List<string> scopes = response.Scopes.Should().BeOfType<List<string>>().Subject;
        scopes.Should().HaveCount(count);
        scopes.Capacity.Should().Be(count);
        scopes.Should().Equal(JsonSerializer.Deserialize<List<string?>>(array)!);
    }

    [Fact]
    public void Long_string_lists_and_nested_ones_read_whole()
    {
        string[] many = [.. Enumerable.Range(0, 1000).Select(i => "scope-" + i)];
        var response = Wire.Read<TokenResponse>(JsonSerializer.Serialize(new { scopes = many, resources = new[] { "r1", "r2" } }));
        response.Scopes.Should().Equal(many);
        response.Resources.Should().Equal("r1", "r2");
        Wire.Write(response).Should().Contain("\"scopes\":[\"scope-0\",\"scope-1\",");
    }

    [Theory]
    [InlineData("""{"scopes":"openid"}""")]
    [InlineData("""{"scopes":[1]}""")]
    [InlineData("""{"scopes":[["a"]]}""")]
    [InlineData("""{"scopes":[{}]}""")]
    public void A_string_list_of_the_wrong_shape_is_a_serialization_error(string json)
    {
        Action read = () => AuthleteJsonSerializer.Deserialize<TokenResponse>(json);
        read.Should().Throw<AuthleteSerializationException>().WithMessage("*scopes*");
    }

    [Fact]
    public void Snake_case_aliases_add_no_allocation_when_writing()
    {
        JsonSerializerOptions camelCaseOnly = AuthleteJson.CreateOptions(snakeCaseAliases: false);
        var request = new BackchannelAuthenticationCompleteRequest
        {
            Ticket = "t",
            Result = BackchannelAuthenticationCompleteResult.Authorized,
            Subject = "s",
            AuthTime = 1764057600,
            AccessTokenDuration = 3600,
            RefreshTokenDuration = 86400,
        };
        long Allocated(JsonSerializerOptions options)
        {
            var info = options.GetTypeInfo(typeof(BackchannelAuthenticationCompleteRequest));
            for (int i = 0; i < 10; i++)
            {
                JsonSerializer.SerializeToUtf8Bytes(request, info);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            JsonSerializer.SerializeToUtf8Bytes(request, info);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(AuthleteJson.Options).Should().Be(Allocated(camelCaseOnly));
        Encoding.UTF8.GetString(AuthleteJsonSerializer.SerializeToUtf8Bytes(request))
            .Should().Be(JsonSerializer.Serialize(request, camelCaseOnly.GetTypeInfo(typeof(BackchannelAuthenticationCompleteRequest))));
    }
}
