using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Authlete.Sdk;

/// <summary>
/// Reads and writes the SDK's requests, responses and payloads exactly as the client does: camelCase names written,
/// camelCase or snake_case read, nulls omitted, unknown members kept; source-generated, trimming- and AOT-safe.
/// Useful to store an answer, to relay one as JSON, or to build a test double.
/// </summary>
public static class AuthleteJsonSerializer
{
    /// <summary>The read-only serializer options of Authlete's wire format, covering every request and response type.</summary>
    public static JsonSerializerOptions Options => Json.AuthleteJson.Options;

    /// <summary>
    /// The source-generated metadata of every SDK type, complete under any options (the wire names, snake_case aliases
    /// and value converters travel with it). Put it before your own context to read and write SDK types inside your own
    /// types, trimming- and Native AOT-safe:
    /// <c>TypeInfoResolver = JsonTypeInfoResolver.Combine(AuthleteJsonSerializer.TypeInfoResolver, MyJsonContext.Default)</c>.
    /// Your options' own settings (for example <c>DefaultIgnoreCondition</c>) still apply.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver => Json.AuthleteJson.Resolver;

    /// <summary>Writes <paramref name="value"/> as Authlete's JSON.</summary>
    /// <typeparam name="T">A request, response or other type of this SDK.</typeparam>
    /// <param name="value">The value to write.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="AuthleteSerializationException">
    /// The value cannot be written as JSON, for example a kept unknown member holding a lone UTF-16 surrogate.
    /// </exception>
    public static string Serialize<T>(T value) where T : AuthleteModel
    {
        try
        {
            return JsonSerializer.Serialize(value, TypeInfo<T>());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            throw WriteError<T>(ex);
        }
    }

    /// <summary>Writes <paramref name="value"/> as Authlete's JSON in UTF-8.</summary>
    /// <typeparam name="T">A request, response or other type of this SDK.</typeparam>
    /// <param name="value">The value to write.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    /// <exception cref="AuthleteSerializationException">
    /// The value cannot be written as JSON, for example a kept unknown member holding a lone UTF-16 surrogate.
    /// </exception>
    public static byte[] SerializeToUtf8Bytes<T>(T value) where T : AuthleteModel
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
        {
            throw WriteError<T>(ex);
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from Authlete's JSON.</summary>
    /// <typeparam name="T">A request, response or other type of this SDK.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="AuthleteSerializationException">The text is not JSON of the right shape.</exception>
    public static T Deserialize<T>(string json) where T : AuthleteModel
    {
        // A null json throws ArgumentNullException from the serializer itself (not caught below).
        try
        {
            return JsonSerializer.Deserialize(json, TypeInfo<T>()) ?? throw new JsonException("The JSON is the literal null.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new AuthleteSerializationException($"The JSON could not be read as {typeof(T).Name}: {ex.Message}", json, ex);
        }
    }

    /// <summary>Reads a <typeparamref name="T"/> from Authlete's JSON in UTF-8.</summary>
    /// <typeparam name="T">A request, response or other type of this SDK.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON bytes.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="AuthleteSerializationException">The bytes are not JSON of the right shape.</exception>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) where T : AuthleteModel
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, TypeInfo<T>()) ?? throw new JsonException("The JSON is the literal null.");
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new AuthleteSerializationException(
                $"The JSON could not be read as {typeof(T).Name}: {ex.Message}", System.Text.Encoding.UTF8.GetString(utf8Json), ex);
        }
    }

    private static AuthleteSerializationException WriteError<T>(Exception ex)
        => new($"The {typeof(T).Name} could not be written as JSON: {ex.Message}", ex);

    private static JsonTypeInfo<T> TypeInfo<T>()
        => Options.TryGetTypeInfo(typeof(T), out JsonTypeInfo? info) && info is JsonTypeInfo<T> typed
            ? typed
            : throw new NotSupportedException($"{typeof(T).Name} is not a type of the Authlete wire format.");
}
