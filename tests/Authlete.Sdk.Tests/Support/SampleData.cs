using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;

namespace Authlete.Sdk.Tests.Support;

/// <summary>Fills every settable property of a DTO (recursively) with a distinct non-default value.</summary>
public static class SampleData
{
    public static T Fill<T>() where T : new() => (T)Fill(typeof(T), "root");

    public static object Fill(Type type, string seed)
    {
        object instance = Activator.CreateInstance(type)!;
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.Name == nameof(AuthleteModel.ExtensionData))
            {
                continue;
            }

            property.SetValue(instance, ValueFor(property.PropertyType, seed + "." + property.Name));
        }

        return instance;
    }

    private static object ValueFor(Type type, string seed)
    {
        Type target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string)) return "v-" + seed;
        if (target == typeof(bool)) return true;
        if (target == typeof(int)) return 600 + seed.Length;
        if (target == typeof(long)) return 26862190133482L + seed.Length;
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            Type element = target.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(ValueFor(element, seed + "[0]"));
            list.Add(ValueFor(element, seed + "[1]"));
            return list;
        }

        if (target.IsValueType && target.GetConstructor([typeof(string)]) is { } ctor)
        {
            // An extensible enum: use its last known value so that values differ from property to property.
            PropertyInfo known = target.GetProperties(BindingFlags.Public | BindingFlags.Static).Last(p => p.PropertyType == target);
            return known.GetValue(null)!;
        }

        if (typeof(AuthleteModel).IsAssignableFrom(target))
        {
            return Fill(target, seed);
        }

        throw new NotSupportedException($"No sample for {type}");
    }

    /// <summary>Rewrites every property name of a JSON tree into snake_case.</summary>
    public static JsonNode? ToSnakeCase(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    result[System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Key)] = ToSnakeCase(member.Value?.DeepClone());
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(item => ToSnakeCase(item?.DeepClone())).ToArray());
            default:
                return node?.DeepClone();
        }
    }
}
