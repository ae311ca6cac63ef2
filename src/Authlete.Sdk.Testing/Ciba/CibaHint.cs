namespace Authlete.Sdk.Testing.Ciba;

/// <summary>The one hint of a backchannel authentication request, and the <c>sub</c> the fake resolved from an <c>id_token_hint</c>.</summary>
internal readonly record struct CibaHint(UserIdentificationHintType Type, string Value, string? Sub);
