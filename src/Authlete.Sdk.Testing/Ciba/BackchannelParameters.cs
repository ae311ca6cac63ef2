namespace Authlete.Sdk.Testing.Ciba;

/// <summary>The checked optional parameters of a backchannel authentication request.</summary>
internal readonly record struct BackchannelParameters(
    string? ClientNotificationToken, string? BindingMessage, string? UserCode, bool UserCodeRequired, int RequestedExpiry);
