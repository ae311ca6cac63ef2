using System.Text.RegularExpressions;

namespace Authlete.Sdk.AspNetCore.Tests.Docs;

/// <summary>The fenced code blocks of README.md and docs/*.md.</summary>
public static partial class MarkdownSnippets
{
    /// <summary>The repository root: the first parent of the test's directory holding <c>Authlete.Sdk.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The pages whose C# blocks are compiled: README.md and every docs/*.md.</summary>
    public static IReadOnlyList<string> Pages()
        => ["README.md", .. Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md").Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    /// <summary>Every fenced block of every page.</summary>
    public static IReadOnlyList<DocSnippet> All() => [.. Pages().SelectMany(page => Read(page, File.ReadAllText(Path.Combine(RepositoryRoot, page))))];

    /// <summary>The fenced blocks of one page (backtick or tilde fences, CommonMark §4.5), with the marker line before each.</summary>
    /// <param name="file">The page's name, for the results.</param>
    /// <param name="markdown">Its text.</param>
    public static IEnumerable<DocSnippet> Read(string file, string markdown)
    {
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = OpeningFence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            string fence = open.Groups["fence"].Value;
            string indent = open.Groups["indent"].Value;
            int end = i + 1;
            while (end < lines.Length && !IsClosing(lines[end], fence))
            {
                end++;
            }

            SnippetMarker? marker = null;
            for (int before = i - 1; before >= 0 && marker is null; before--)
            {
                if (lines[before].Trim().Length > 0)
                {
                    marker = SnippetMarker.Parse(lines[before]);
                    break;
                }
            }

            string code = string.Join('\n', lines[(i + 1)..Math.Min(end, lines.Length)].Select(l => l.StartsWith(indent, StringComparison.Ordinal) ? l[indent.Length..] : l.TrimStart()));
            yield return new DocSnippet(file, i + 1, open.Groups["info"].Value.Trim().Split(' ')[0], marker, code);
            i = end;
        }
    }

    private static bool IsClosing(string line, string fence)
    {
        string trimmed = line.Trim();
        return trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]) && line.Length - line.TrimStart().Length <= 3;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Authlete.Sdk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Authlete.Sdk.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(?<indent> {0,3})(?<fence>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex OpeningFence();
}
