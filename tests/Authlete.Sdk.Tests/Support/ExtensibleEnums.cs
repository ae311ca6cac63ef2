using System.Reflection;
using System.Runtime.CompilerServices;
using Authlete.Sdk.Json;

namespace Authlete.Sdk.Tests.Support;

/// <summary>Reflection over the SDK's extensible enums: the structs implementing the internal <see cref="IAuthleteEnumeration{TSelf}"/>.</summary>
public static class ExtensibleEnums
{
    /// <summary>Every type of the SDK assembly implementing <see cref="IAuthleteEnumeration{TSelf}"/>, whatever its accessibility.</summary>
    public static IReadOnlyList<Type> Types { get; } = typeof(AuthleteModel).Assembly.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthleteEnumeration<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static bool IsReadOnlyStruct(Type type) => type.IsValueType && type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false);

    /// <summary>The public static properties of <paramref name="type"/> of its own type (its known values), in declaration order.</summary>
    public static IReadOnlyList<PropertyInfo> KnownMembers(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == type)
        .OrderBy(p => p.MetadataToken)
        .ToArray();

    /// <summary>The known values of <paramref name="type"/> with their member names, in declaration order.</summary>
    public static IReadOnlyList<(string Member, object Value)> Known(Type type)
        => KnownMembers(type).Select(p => (p.Name, p.GetValue(null)!)).ToArray();

    /// <summary><c>new T(wire)</c>.</summary>
    public static object Create(Type type, string wire) => Activator.CreateInstance(type, wire)!;

    public static object Default(Type type) => Activator.CreateInstance(type)!;

    public static string Value(object value) => (string)value.GetType().GetProperty("Value")!.GetValue(value)!;

    public static bool IsKnown(object value) => (bool)value.GetType().GetProperty("IsKnown")!.GetValue(value)!;

    /// <summary>The <c>Kind</c> of <paramref name="value"/>, boxed as its <c>{Name}Kind</c> enum.</summary>
    public static Enum Kind(object value) => (Enum)value.GetType().GetProperty("Kind")!.GetValue(value)!;

    /// <summary>The wire strings of the known values of <paramref name="type"/>, in declaration order.</summary>
    public static TheoryData<string> WireValues(Type type) => new(Known(type).Select(k => k.Value.ToString()!));
}
