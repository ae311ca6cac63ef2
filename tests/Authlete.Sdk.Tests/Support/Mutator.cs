using System.Text;
using System.Text.Json.Nodes;

namespace Authlete.Sdk.Tests.Support;

/// <summary>Mutates valid JSON documents for fuzz tests; deterministic for a given <see cref="Random"/>.</summary>
public static class Mutator
{
    private const string JsonBytes = "{}[]\",:0123456789-+.eEtruefalsn \\/u\t\n";

    private static readonly string[] Replacements =
    [
        "0", "-1", "1.5", "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "\"\"",
        "\"text\"", "\"\\uD800\"", "\"\\u0000\"", "true", "false", "null", "[]", "{}", "[1,\"a\",null]", "{\"a\":{\"b\":[]}}",
        "\"INTERNAL_SERVER_ERROR\"", "\"" + new string('x', 5000) + "\"", new string('[', 70) + new string(']', 70),
        new string('[', 500) + new string(']', 500), "{\"$type\":\"System.Object\"}", "{\"$id\":\"1\"}", "{\"$ref\":\"1\"}",
    ];

    public static byte[] Mutate(Random random, byte[] seed)
    {
        int rounds = 1 + random.Next(3);
        byte[] current = seed;
        for (int r = 0; r < rounds; r++)
        {
            current = random.Next(9) switch
            {
                0 => FlipBit(random, current),
                1 => Delete(random, current),
                2 => Insert(random, current),
                3 => Truncate(random, current),
                4 => DuplicateSlice(random, current),
                5 => RandomByte(random, current),
                _ => TrySubstitute(random, current) ?? Insert(random, current),
            };
        }

        return current;
    }

    private static byte[] FlipBit(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        byte[] copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static byte[] RandomByte(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        byte[] copy = (byte[])input.Clone();
        copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static byte[] Delete(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        int at = random.Next(input.Length);
        int count = Math.Min(1 + random.Next(8), input.Length - at);
        return [.. input.AsSpan(0, at), .. input.AsSpan(at + count)];
    }

    private static byte[] Insert(Random random, byte[] input)
    {
        int at = random.Next(input.Length + 1);
        byte inserted = (byte)JsonBytes[random.Next(JsonBytes.Length)];
        return [.. input.AsSpan(0, at), inserted, .. input.AsSpan(at)];
    }

    private static byte[] Truncate(Random random, byte[] input)
        => input.Length == 0 ? input : input[..random.Next(input.Length)];

    private static byte[] DuplicateSlice(Random random, byte[] input)
    {
        if (input.Length == 0) return input;
        int start = random.Next(input.Length);
        int length = Math.Min(1 + random.Next(64), input.Length - start);
        int at = random.Next(input.Length + 1);
        return [.. input.AsSpan(0, at), .. input.AsSpan(start, length), .. input.AsSpan(at)];
    }

    private static byte[]? TrySubstitute(Random random, byte[] input)
    {
        try
        {
            return Substitute(random, input);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or ArgumentException)
        {
            // Not a document the tree model takes (duplicate members, lone surrogates, invalid UTF-8): mutate otherwise.
            return null;
        }
    }

    /// <summary>Replaces a random value of a valid document with one of another type, or adds a duplicate member.</summary>
    private static byte[]? Substitute(Random random, byte[] input)
    {
        JsonNode? root = JsonNode.Parse(input);

        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(root, slots);
        if (slots.Count == 0) return null;
        (JsonNode parent, object key) = slots[random.Next(slots.Count)];
        string replacement = Replacements[random.Next(Replacements.Length)];

        if (parent is JsonObject obj && key is string name && random.Next(4) == 0)
        {
            // A duplicate member (the raw text keeps it; a JsonObject would not).
            string text = root!.ToJsonString();
            int brace = text.LastIndexOf('}');
            string member = $"\"{(random.Next(2) == 0 ? name : System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name))}\":{replacement}";
            string separator = obj.Count > 0 || text[..brace].TrimEnd().EndsWith('}') is false ? "," : string.Empty;
            return Encoding.UTF8.GetBytes(text[..brace] + separator + member + text[brace..]);
        }

        JsonNode? value = JsonNode.Parse(replacement, documentOptions: new System.Text.Json.JsonDocumentOptions { MaxDepth = 1000 });
        switch (parent)
        {
            case JsonObject o:
                o[(string)key] = value;
                break;
            case JsonArray a:
                a[(int)key] = value;
                break;
        }

        return Encoding.UTF8.GetBytes(root!.ToJsonString());
    }

    private static void Collect(JsonNode? node, List<(JsonNode, object)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (KeyValuePair<string, JsonNode?> member in obj)
                {
                    slots.Add((obj, member.Key));
                    Collect(member.Value, slots);
                }

                break;
            case JsonArray array:
                for (int i = 0; i < array.Count; i++)
                {
                    slots.Add((array, i));
                    Collect(array[i], slots);
                }

                break;
        }
    }
}
