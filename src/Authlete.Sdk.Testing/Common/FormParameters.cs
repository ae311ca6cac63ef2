namespace Authlete.Sdk.Testing.Common;

/// <summary>The form-encoded <c>parameters</c> of a forwarded client request, read as RFC 6749 reads them.</summary>
internal sealed class FormParameters
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    private FormParameters()
    {
    }

    /// <summary>
    /// The names that appear more than once (RFC 6749 §3.1: parameters must not repeat), except <c>resource</c>, which
    /// RFC 8707 §2 lets a client repeat to name several resources.
    /// </summary>
    public IEnumerable<string> Repeated => _values.Where(p => p.Value.Count > 1 && p.Key != "resource").Select(p => p.Key);

    public static FormParameters Parse(string? parameters)
    {
        var form = new FormParameters();
        if (string.IsNullOrEmpty(parameters))
        {
            return form;
        }

        foreach (string pair in parameters.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string name = Decode(equals < 0 ? pair : pair[..equals]);
            string value = equals < 0 ? string.Empty : Decode(pair[(equals + 1)..]);
            if (!form._values.TryGetValue(name, out List<string>? list))
            {
                list = [];
                form._values[name] = list;
            }

            list.Add(value);
        }

        return form;
    }

    /// <summary>The value of <paramref name="name"/>, or null when it is absent or empty.</summary>
    public string? Get(string name)
        => _values.TryGetValue(name, out List<string>? list) && list.Count > 0 && list[0].Length > 0 ? list[0] : null;

    public bool Has(string name) => Get(name) is not null;

    /// <summary>All values of a parameter that may repeat (such as <c>resource</c>).</summary>
    public IReadOnlyList<string> GetAll(string name)
        => _values.TryGetValue(name, out List<string>? list) ? list.Where(v => v.Length > 0).ToList() : [];

    /// <summary>The space-separated tokens of a parameter such as <c>scope</c> or <c>acr_values</c>, without repeats.</summary>
    public IReadOnlyList<string> GetTokens(string name)
        => (Get(name) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
