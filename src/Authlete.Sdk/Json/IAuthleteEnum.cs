namespace Authlete.Sdk.Json;

/// <summary>
/// Implemented by the SDK's extensible enums so that one JSON converter serves them all.
/// </summary>
/// <typeparam name="TSelf">The enum type itself.</typeparam>
internal interface IAuthleteEnum<TSelf> where TSelf : struct, IAuthleteEnum<TSelf>
{
    /// <summary>Creates a value from its wire string, known or not.</summary>
    static abstract TSelf FromWire(string value);

    /// <summary>The wire string, exactly as it was read or created.</summary>
    string Value { get; }
}
