using System.Text.Json.Serialization;

namespace Authlete.Sdk.AspNetCore.Authentication;

/// <summary>Source-generated JSON metadata for the claim values the scheme writes (no reflection; trimming and AOT safe).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class AccessTokenJsonContext : JsonSerializerContext;
