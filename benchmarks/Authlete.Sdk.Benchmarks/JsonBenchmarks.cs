using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Authlete.Sdk.Benchmarks.Pocos;
using Authlete.Sdk.Json;
using BenchmarkDotNet.Attributes;

namespace Authlete.Sdk.Benchmarks;

/// <summary>
/// Reads one full Authlete answer five ways. <c>Sdk</c> is the baseline: the ratios of the other rows are theirs over
/// the SDK's (Newtonsoft's Ratio is how many times slower it is than the SDK).
/// </summary>
/// <typeparam name="TSdk">The SDK type.</typeparam>
/// <typeparam name="TPoco">The plain class with the same members.</typeparam>
[MemoryDiagnoser]
public abstract class DeserializeBenchmarks<TSdk, TPoco>
    where TSdk : AuthleteModel
    where TPoco : class
{
    private static readonly JsonSerializerOptions CamelCaseOnlyOptions = AuthleteJson.CreateOptions(snakeCaseAliases: false);
    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer.Create(Payloads.NewtonsoftSettings);

    private byte[] _utf8 = [];
    private string _text = string.Empty;
    private JsonTypeInfo<TPoco> _pocoSourceGen = null!;

    /// <summary>The answer's size in bytes, shown as a column.</summary>
    [ParamsSource(nameof(Sizes))]
    public string Bytes { get; set; } = string.Empty;

    public IEnumerable<string> Sizes() => [Payloads.Utf8(CreatePayload()).Length.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    protected abstract TSdk CreatePayload();

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = Payloads.Utf8(CreatePayload());
        _text = Encoding.UTF8.GetString(_utf8);
        _pocoSourceGen = (JsonTypeInfo<TPoco>)PocoJsonContext.Default.GetTypeInfo(typeof(TPoco))!;

        // Every row must read the same members: write back what each read and compare with the input.
        string name = typeof(TSdk).Name;
        Payloads.AssertSameJson(name + " (SDK)", _text, AuthleteJsonSerializer.Serialize(Sdk()));
        Payloads.AssertSameJson(name + " (SDK camelCase only)", _text, AuthleteJsonSerializer.Serialize(SdkCamelCaseOnly()));
        Payloads.AssertSameJson(name + " (STJ reflection)", _text, JsonSerializer.Serialize(StjReflection(), Payloads.StjReflectionOptions));
        Payloads.AssertSameJson(name + " (STJ source generation)", _text, JsonSerializer.Serialize(StjSourceGen(), _pocoSourceGen));
        Payloads.AssertSameJson(name + " (Newtonsoft)", _text, Newtonsoft.Json.JsonConvert.SerializeObject(NewtonsoftJson(), Payloads.NewtonsoftSettings));
        Payloads.AssertSameJson(name + " (Newtonsoft, string)", _text, Newtonsoft.Json.JsonConvert.SerializeObject(NewtonsoftJsonFromString(), Payloads.NewtonsoftSettings));
    }

    /// <summary>The SDK: the public serializer over the options and type metadata the client itself reads with.</summary>
    [Benchmark(Baseline = true)]
    public TSdk Sdk() => AuthleteJsonSerializer.Deserialize<TSdk>(_utf8);

    /// <summary>The SDK's source-generated metadata without the snake_case aliases: what dual naming costs.</summary>
    [Benchmark]
    public TSdk SdkCamelCaseOnly()
        => JsonSerializer.Deserialize(_utf8, (JsonTypeInfo<TSdk>)CamelCaseOnlyOptions.GetTypeInfo(typeof(TSdk)))!;

    /// <summary>System.Text.Json with reflection over the POCOs.</summary>
    [Benchmark]
    public TPoco StjReflection() => JsonSerializer.Deserialize<TPoco>(_utf8, Payloads.StjReflectionOptions)!;

    /// <summary>System.Text.Json source generation over the POCOs (for reference).</summary>
    [Benchmark]
    public TPoco StjSourceGen() => JsonSerializer.Deserialize(_utf8, _pocoSourceGen)!;

    /// <summary>
    /// Not a deserializer: one pass of <see cref="Utf8JsonReader"/> that only materializes every string value.
    /// Any reader that produces these strings pays at least this; it bounds what any deserializer can gain.
    /// </summary>
    [Benchmark]
    public int ReaderStringsFloor()
    {
        var reader = new Utf8JsonReader(_utf8);
        int characters = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                characters += reader.GetString()!.Length;
            }
        }

        return characters;
    }

    /// <summary>
    /// Newtonsoft.Json over the POCOs from the same UTF-8 bytes, as a Newtonsoft-based client reads an HTTP body
    /// (<c>StreamReader</c> over the content stream).
    /// </summary>
    [Benchmark]
    public TPoco NewtonsoftJson()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(_utf8, writable: false), Encoding.UTF8));
        return NewtonsoftSerializer.Deserialize<TPoco>(reader)!;
    }

    /// <summary>
    /// Newtonsoft.Json from a ready-made string: its best case, leaving out the UTF-8 decoding every other row pays.
    /// </summary>
    [Benchmark]
    public TPoco NewtonsoftJsonFromString()
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(_text));
        return NewtonsoftSerializer.Deserialize<TPoco>(reader)!;
    }
}

public class DeserializeCibaCompleteResponse : DeserializeBenchmarks<BackchannelAuthenticationCompleteResponse, Pocos.BackchannelAuthenticationCompleteResponse>
{
    protected override BackchannelAuthenticationCompleteResponse CreatePayload() => Payloads.CibaCompleteResponse();
}

public class DeserializeDeviceAuthorizationResponse : DeserializeBenchmarks<DeviceAuthorizationResponse, Pocos.DeviceAuthorizationResponse>
{
    protected override DeviceAuthorizationResponse CreatePayload() => Payloads.DeviceAuthorizationResponse();
}

public class DeserializeTokenResponse : DeserializeBenchmarks<TokenResponse, Pocos.TokenResponse>
{
    protected override TokenResponse CreatePayload() => Payloads.TokenResponse();
}

public class DeserializeServiceConfigurationResponse : DeserializeBenchmarks<ServiceConfigurationResponse, Pocos.ServiceConfigurationResponse>
{
    protected override ServiceConfigurationResponse CreatePayload() => Payloads.ServiceConfiguration();
}

public class DeserializeServiceJwksResponse : DeserializeBenchmarks<ServiceJwksResponse, Pocos.ServiceJwksResponse>
{
    protected override ServiceJwksResponse CreatePayload() => Payloads.ServiceJwks();
}

public class DeserializeIntrospectionResponse : DeserializeBenchmarks<IntrospectionResponse, Pocos.IntrospectionResponse>
{
    protected override IntrospectionResponse CreatePayload() => Payloads.Introspection();
}

public class DeserializeUserInfoResponse : DeserializeBenchmarks<UserInfoResponse, Pocos.UserInfoResponse>
{
    protected override UserInfoResponse CreatePayload() => Payloads.UserInfo();
}

/// <summary>Writes one full <c>/backchannel/authentication/complete</c> request five ways; <c>Sdk</c> is the baseline.</summary>
[MemoryDiagnoser]
public class SerializeCibaCompleteRequest
{
    private static readonly JsonSerializerOptions CamelCaseOnlyOptions = AuthleteJson.CreateOptions(snakeCaseAliases: false);
    private static readonly Newtonsoft.Json.JsonSerializer NewtonsoftSerializer = Newtonsoft.Json.JsonSerializer.Create(Payloads.NewtonsoftSettings);

    private Authlete.Sdk.BackchannelAuthenticationCompleteRequest _request = null!;
    private Pocos.BackchannelAuthenticationCompleteRequest _poco = null!;

    [GlobalSetup]
    public void Setup()
    {
        _request = Payloads.CibaCompleteRequest();
        string json = AuthleteJsonSerializer.Serialize(_request);
        _poco = JsonSerializer.Deserialize(json, PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest)!;

        Payloads.AssertSameJson("request (SDK camelCase only)", json, Encoding.UTF8.GetString(SdkCamelCaseOnly()));
        Payloads.AssertSameJson("request (STJ reflection)", json, Encoding.UTF8.GetString(StjReflection()));
        Payloads.AssertSameJson("request (STJ source generation)", json, Encoding.UTF8.GetString(StjSourceGen()));
        Payloads.AssertSameJson("request (Newtonsoft)", json, NewtonsoftJson());
    }

    /// <summary>The SDK: what the client writes before each call.</summary>
    [Benchmark(Baseline = true)]
    public byte[] Sdk() => AuthleteJsonSerializer.SerializeToUtf8Bytes(_request);

    [Benchmark]
    public byte[] SdkCamelCaseOnly()
        => JsonSerializer.SerializeToUtf8Bytes(
            _request, (JsonTypeInfo<Authlete.Sdk.BackchannelAuthenticationCompleteRequest>)CamelCaseOnlyOptions.GetTypeInfo(typeof(Authlete.Sdk.BackchannelAuthenticationCompleteRequest)));

    [Benchmark]
    public byte[] StjReflection() => JsonSerializer.SerializeToUtf8Bytes(_poco, Payloads.StjReflectionOptions);

    [Benchmark]
    public byte[] StjSourceGen() => JsonSerializer.SerializeToUtf8Bytes(_poco, PocoJsonContext.Default.BackchannelAuthenticationCompleteRequest);

    /// <summary>Newtonsoft.Json to a string (its natural output; no UTF-8 encoding counted).</summary>
    [Benchmark]
    public string NewtonsoftJson()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        NewtonsoftSerializer.Serialize(writer, _poco);
        return writer.ToString();
    }
}
