namespace Authlete.Sdk.Json;

/// <summary>
/// Implemented by the SDK's extensible enums (<c>TokenAction</c>, <c>DeliveryMode</c>, ...) so that one JSON converter,
/// <see cref="AuthleteEnumConverter{T}"/>, serves them all: any wire string is read and written back unchanged.
/// </summary>
/// <typeparam name="TSelf">The enum type itself.</typeparam>
public interface IAuthleteEnumeration<TSelf> where TSelf : struct, IAuthleteEnumeration<TSelf>
{
    /// <summary>Creates a value from its wire string, known or not.</summary>
    static abstract TSelf FromWire(string value);

    /// <summary>The wire string, exactly as it was read or created.</summary>
    string Value { get; }
}
