using System.Text.Json;
using Authlete.Sdk.Json;

namespace Authlete.Sdk.Tests.Support;

/// <summary>Reads and writes DTOs exactly as the client does.</summary>
public static class Wire
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, AuthleteJson.TypeInfo<T>());

    public static T Read<T>(string json) => JsonSerializer.Deserialize(json, AuthleteJson.TypeInfo<T>())!;

    public static object Read(string json, Type type) => JsonSerializer.Deserialize(json, AuthleteJson.Options.GetTypeInfo(type))!;

    public static string Write(object value, Type type) => JsonSerializer.Serialize(value, AuthleteJson.Options.GetTypeInfo(type));

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
