namespace Authlete.Sdk.AspNetCore.Tests.Docs;

/// <summary>A fenced code block of a Markdown page.</summary>
/// <param name="File">The page, relative to the repository root, with forward slashes (<c>docs/ciba.md</c>).</param>
/// <param name="Line">The line of the opening fence, from 1.</param>
/// <param name="Language">The fence's info string (<c>csharp</c>, <c>bash</c>, ...); empty when it has none.</param>
/// <param name="Marker">The <c>&lt;!-- snippet: ... --&gt;</c> comment on the line before the fence, if any.</param>
/// <param name="Code">The lines between the fences.</param>
public sealed record DocSnippet(string File, int Line, string Language, SnippetMarker? Marker, string Code)
{
    /// <summary>The line of the block's first code line.</summary>
    public int FirstCodeLine => Line + 1;

    /// <summary>Where it is, as <c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}
