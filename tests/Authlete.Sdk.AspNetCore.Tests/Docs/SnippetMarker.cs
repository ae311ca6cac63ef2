using System.Text.RegularExpressions;

namespace Authlete.Sdk.AspNetCore.Tests.Docs;

/// <summary>How a C# block is compiled (CONTRIBUTING.md, "C# in the docs").</summary>
public enum SnippetKind
{
    /// <summary>The default, without a marker: a whole file of a new ASP.NET Core project, compiled as written.</summary>
    Program,

    /// <summary>Statements (and types) of a page, after the usual variables and the SDK's namespaces.</summary>
    Fragment,

    /// <summary>The body of an endpoint handler that returns an <c>IResult</c>, with the same variables as parameters.</summary>
    Handler,
}

/// <summary>
/// The marker before a C# block that is not a whole file: <c>&lt;!-- snippet: fragment --&gt;</c> or
/// <c>&lt;!-- snippet: handler(FakeAuthlete fake, string ticket) --&gt;</c>, which also declares variables the block uses.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Variables">The declared variables, as C# parameters (<c>FakeAuthlete fake</c>); they replace usual variables of the same name.</param>
public sealed partial record SnippetMarker(SnippetKind Kind, IReadOnlyList<string> Variables)
{
    /// <summary>Reads a marker line; null when the line is not one; throws when it is a malformed one.</summary>
    public static SnippetMarker? Parse(string line)
    {
        if (!line.TrimStart().StartsWith("<!-- snippet:", StringComparison.Ordinal))
        {
            return null;
        }

        Match match = MarkerLine().Match(line.Trim());
        if (!match.Success || !Enum.TryParse(match.Groups["kind"].Value, ignoreCase: true, out SnippetKind kind) || kind == SnippetKind.Program)
        {
            throw new FormatException($"a snippet marker is <!-- snippet: fragment --> or <!-- snippet: handler(Type name, ...) -->, not {line.Trim()}");
        }

        return new SnippetMarker(kind, SplitParameters(match.Groups["variables"].Value));
    }

    /// <summary>The name of a declared variable (<c>fake</c> of <c>FakeAuthlete fake</c>).</summary>
    public static string NameOf(string parameter) => parameter.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    /// <summary>Splits <c>Dictionary&lt;string, string&gt; a, int b</c> at the commas outside angle brackets.</summary>
    private static List<string> SplitParameters(string text)
    {
        var parameters = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                string parameter = text[start..i].Trim();
                if (parameter.Length > 0)
                {
                    parameters.Add(parameter);
                }

                start = i + 1;
            }
            else if (text[i] is '<' or '(' or '[')
            {
                depth++;
            }
            else if (text[i] is '>' or ')' or ']')
            {
                depth--;
            }
        }

        return parameters;
    }

    [GeneratedRegex(@"^<!-- snippet: (?<kind>\w+)(?:\((?<variables>.*)\))? -->$")]
    private static partial Regex MarkerLine();
}
