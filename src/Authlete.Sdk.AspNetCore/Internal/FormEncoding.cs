using System.Net;
using System.Text;

namespace Authlete.Sdk.AspNetCore.Internal;

/// <summary>Writes parameters back in <c>application/x-www-form-urlencoded</c> form, for Authlete's <c>parameters</c> members.</summary>
internal static class FormEncoding
{
    /// <summary>Encodes <paramref name="parameters"/> in order, leaving out the names in <paramref name="omit"/>.</summary>
    public static string Encode(IEnumerable<KeyValuePair<string, string?>> parameters, IReadOnlyCollection<string>? omit = null)
    {
        var builder = new StringBuilder();
        foreach (KeyValuePair<string, string?> field in parameters)
        {
            if (omit is not null && omit.Contains(field.Key))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('&');
            }

            builder.Append(WebUtility.UrlEncode(field.Key)).Append('=').Append(WebUtility.UrlEncode(field.Value ?? string.Empty));
        }

        return builder.ToString();
    }

    /// <summary>The value of the first parameter named <paramref name="name"/>, or null; empty counts as omitted (RFC 6749 §3.1).</summary>
    public static string? Find(IReadOnlyList<KeyValuePair<string, string?>> parameters, string name)
    {
        foreach (KeyValuePair<string, string?> field in parameters)
        {
            if (string.Equals(field.Key, name, StringComparison.Ordinal) && !string.IsNullOrEmpty(field.Value))
            {
                return field.Value;
            }
        }

        return null;
    }
}
