namespace Authlete.Sdk.AspNetCore.Tests.Docs;

/// <summary>
/// Every C# block of README.md and docs/*.md compiles against the SDK (issue #14 item 10). The convention, a block is a
/// whole file unless a <c>&lt;!-- snippet: ... --&gt;</c> marker says otherwise, is in CONTRIBUTING.md.
/// </summary>
public sealed class DocSnippetTests
{
    private static readonly string[] CSharpAliases = ["cs", "c#", "csharp-script", "csx", "dotnet"];

    public static TheoryData<string> CSharpBlocks()
        => [.. MarkdownSnippets.All().Where(s => s.Language == "csharp").Select(s => s.ToString())];

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void The_csharp_block_compiles(string block)
    {
        DocSnippet snippet = MarkdownSnippets.All().Single(s => s.ToString() == block);

        IReadOnlyList<string> errors = SnippetCompiler.Compile(snippet);

        errors.Should().BeEmpty(
            "the C# block at {0} ({1}, see CONTRIBUTING.md) must compile:\n{2}\n\ncompiled as:\n{3}\n",
            snippet, snippet.Marker?.Kind ?? SnippetKind.Program, string.Join('\n', errors), SnippetCompiler.Wrap(snippet));
    }

    [Fact]
    public void Every_fenced_block_names_its_language_and_markers_stand_only_before_csharp()
    {
        IReadOnlyList<DocSnippet> all = MarkdownSnippets.All();

        all.Should().Contain(s => s.Language == "csharp").And.Contain(s => s.File == "README.md");
        all.Where(s => s.Language.Length == 0).Select(s => s.ToString())
            .Should().BeEmpty("a block that is not C# says what it is (```text, ```bash, ```json...), so no C# hides unchecked");
        all.Where(s => CSharpAliases.Contains(s.Language, StringComparer.OrdinalIgnoreCase)).Select(s => s.ToString())
            .Should().BeEmpty("C# blocks are ```csharp, the fence the compiling test reads");
        all.Where(s => s.Marker is not null && s.Language != "csharp").Select(s => s.ToString())
            .Should().BeEmpty("a snippet marker describes the C# block right after it");

        var orphans = new List<string>();
        foreach (string page in MarkdownSnippets.Pages())
        {
            string[] lines = File.ReadAllLines(Path.Combine(MarkdownSnippets.RepositoryRoot, page));
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("<!-- snippet:", StringComparison.Ordinal)
                    && !(i + 1 < lines.Length && lines[i + 1].TrimStart().StartsWith("```csharp", StringComparison.Ordinal)))
                {
                    orphans.Add($"{page}:{i + 1}");
                }
            }
        }

        orphans.Should().BeEmpty("a snippet marker stands on the line right before the ```csharp fence it describes");
    }

    [Fact]
    public void The_reader_finds_blocks_their_lines_and_markers()
    {
        const string page = """
            # Title

            ```csharp
            var x = 1;
            ```

            <!-- snippet: handler(FakeAuthlete fake, Dictionary<string, string> form) -->
            ~~~csharp
            return Results.Ok();
            ~~~

            ```
            plain
            ```
            """;

        DocSnippet[] blocks = [.. MarkdownSnippets.Read("page.md", page)];

        blocks.Should().HaveCount(3);
        blocks[0].Should().BeEquivalentTo(new { File = "page.md", Line = 3, Language = "csharp", Marker = (SnippetMarker?)null, Code = "var x = 1;" });
        blocks[1].Line.Should().Be(8);
        blocks[1].Marker!.Kind.Should().Be(SnippetKind.Handler);
        blocks[1].Marker!.Variables.Should().Equal("FakeAuthlete fake", "Dictionary<string, string> form");
        blocks[2].Language.Should().BeEmpty();
        FluentActions.Invoking(() => SnippetMarker.Parse("<!-- snippet: class -->")).Should().Throw<FormatException>();
    }

    [Fact]
    public void A_block_that_does_not_compile_fails_with_its_page_line_and_the_compiler_diagnostic()
    {
        // As the README's ASP.NET Core block was: ToResult() without `using Authlete.Sdk.AspNetCore;`.
        const string page = """
            Intro.

            ```csharp
            using Authlete.Sdk;

            var app = WebApplication.Create(args);
            app.MapPost("/device_authorization", async (HttpRequest http, IAuthleteApi authlete, CancellationToken ct) =>
                (await authlete.DeviceAuthorizationAsync(new DeviceAuthorizationRequest().WithParameters(await http.ReadFormAsync(ct)), ct))
                    .ToResult(http.Headers.Authorization));
            app.Run();
            ```
            """;
        DocSnippet snippet = MarkdownSnippets.Read("docs/page.md", page).Single();

        IReadOnlyList<string> errors = SnippetCompiler.Compile(snippet);

        errors.Should().ContainSingle().Which.Should().StartWith("docs/page.md(9,").And.Contain("CS1061").And.Contain("ToResult");
    }

    [Fact]
    public void A_fragment_gets_the_usual_variables_and_a_marker_declares_more()
    {
        DocSnippet fragment = new("docs/page.md", 10, "csharp", SnippetMarker.Parse("<!-- snippet: fragment(FakeAuthlete fake) -->"),
            "builder.Services.AddAuthleteClient(fake.ConfigureClientOptions);\nvar app2 = app;\nawait authlete.ServiceJwksAsync(new(), ct);");
        DocSnippet handler = new("docs/page.md", 20, "csharp", SnippetMarker.Parse("<!-- snippet: handler -->"),
            "using System.Text;\n\nreturn Results.Text(Encoding.UTF8.WebName + http.Path);");
        DocSnippet undeclared = fragment with { Marker = SnippetMarker.Parse("<!-- snippet: fragment -->") };

        DocSnippet ownStandIn = new("docs/page.md", 30, "csharp", null,
            "using Authlete.Sdk;\nusing Authlete.Sdk.AspNetCore;\n\nvar builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddAuthleteCiba<MyUsers>();\n\n"
            + "sealed class MyUsers(UserStore store) : IBackchannelAuthenticationHandlerSpi\n{\n"
            + "    public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken ct) => throw new NotSupportedException();\n"
            + "    public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken ct) => Task.FromResult(store is not null);\n"
            + "    public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken ct) => Task.CompletedTask;\n}");

        SnippetCompiler.Compile(fragment).Should().BeEmpty();
        SnippetCompiler.Compile(ownStandIn).Should().BeEmpty("a block declaring MyUsers itself replaces the stand-in");
        SnippetCompiler.Compile(handler).Should().BeEmpty();
        SnippetCompiler.Compile(undeclared).Should().ContainSingle().Which.Should().StartWith("docs/page.md(11,").And.Contain("CS0103").And.Contain("'fake'");
    }
}
