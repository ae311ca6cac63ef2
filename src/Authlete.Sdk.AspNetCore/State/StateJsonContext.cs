using System.Text.Json.Serialization;

namespace Authlete.Sdk.AspNetCore.State;

/// <summary>The store's entries as JSON, without reflection (trimming and Native AOT).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CibaPendingRequest))]
[JsonSerializable(typeof(List<PendingIndexEntry>))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
