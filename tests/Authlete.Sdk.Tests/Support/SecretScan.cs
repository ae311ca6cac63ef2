using System.Collections;
using System.Globalization;
using System.Text;

namespace Authlete.Sdk.Tests.Support;

/// <summary>
/// Renders what a log sink or exporter could see of a value: strings as they are, and every element of arrays,
/// collections and key-value state, nested to any depth (a <c>string[]</c> is its strings, not <c>System.String[]</c>).
/// </summary>
public static class SecretScan
{
    public static string Render(object? value)
    {
        var text = new StringBuilder();
        Append(text, value, 0);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        if (depth > 16)
        {
            return;
        }

        switch (value)
        {
            case null:
                return;
            case string s:
                text.Append(s).Append('\n');
                return;
            case KeyValuePair<string, object?> pair:
                text.Append(pair.Key).Append('=');
                Append(text, pair.Value, depth + 1);
                return;
            case KeyValuePair<string, string?> pair:
                text.Append(pair.Key).Append('=').Append(pair.Value).Append('\n');
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                foreach (KeyValuePair<string, object?> pair in pairs)
                {
                    Append(text, pair, depth + 1);
                }

                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                return;
            case IEnumerable items:
                foreach (object? item in items)
                {
                    Append(text, item, depth + 1);
                }

                return;
            default:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\n');
                return;
        }
    }
}
