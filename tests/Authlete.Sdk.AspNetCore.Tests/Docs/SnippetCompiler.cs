using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Authlete.Sdk.AspNetCore.Tests.Docs;

/// <summary>
/// Compiles a C# block of the docs with Roslyn, as a file of a new ASP.NET Core project (<c>dotnet new web</c>: the
/// Web SDK's implicit usings, nullable enabled, the latest C#) that references Authlete.Sdk, Authlete.Sdk.AspNetCore
/// and Authlete.Sdk.Testing. The convention is in CONTRIBUTING.md ("C# in the docs").
/// </summary>
public static class SnippetCompiler
{
    /// <summary>The Web SDK's implicit usings: what a <c>dotnet new web</c> project's files see without a <c>using</c>.</summary>
    public static readonly string[] ImplicitUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Net.Http.Json",
        "System.Threading", "System.Threading.Tasks", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
        "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
    ];

    /// <summary>What a fragment or a handler sees besides the implicit usings: the SDK's namespaces.</summary>
    public static readonly string[] FragmentUsings = ["Authlete.Sdk", "Authlete.Sdk.AspNetCore", "Authlete.Sdk.Testing"];

    /// <summary>The usual variables of a fragment (locals) or a handler (parameters); a marker may replace or add to them.</summary>
    public static readonly string[] UsualVariables =
    [
        "WebApplicationBuilder builder", "WebApplication app", "IServiceCollection services", "IAuthleteApi authlete",
        "HttpRequest http", "CancellationToken ct",
    ];

    /// <summary>
    /// The reader's own types that the pages name as placeholders, declared beside every block: <c>MyUsers</c> (an
    /// <c>IBackchannelAuthenticationHandlerSpi</c>), <c>UserStore</c> and its <c>User</c>, <c>MyAuditHandler</c> (a
    /// <c>DelegatingHandler</c>). Only their shapes matter; a block that declares one of them itself gets its own.
    /// </summary>
    public const string StandIns = """
        using Authlete.Sdk;
        using Authlete.Sdk.AspNetCore;

        public sealed class MyUsers : IBackchannelAuthenticationHandlerSpi
        {
            public Task<CibaUserIdentification> IdentifyUserAsync(BackchannelAuthenticationResponse request, CancellationToken cancellationToken) => throw new NotImplementedException();
            public Task<bool> IsValidUserCodeAsync(CibaUser user, string userCode, CancellationToken cancellationToken) => throw new NotImplementedException();
            public Task StartAuthenticationAsync(CibaAuthenticationContext context, CancellationToken cancellationToken) => throw new NotImplementedException();
        }

        public sealed record User(string Id, string Name, string Email);

        public sealed class UserStore
        {
            public Task<User?> FindAsync(string subject, CancellationToken cancellationToken) => throw new NotImplementedException();
            public Task<User?> FindAsync(UserIdentificationHintType? hintType, string? hint, string? sub) => throw new NotImplementedException();
        }

        public sealed class MyAuditHandler : DelegatingHandler;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    private static readonly Lazy<ISourceGenerator[]> JsonGenerator = new(LoadJsonGenerator);

    /// <summary>Compiles <paramref name="snippet"/>; returns its errors (mapped to the page's lines), none when it compiles.</summary>
    public static IReadOnlyList<string> Compile(DocSnippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        string source = Wrap(snippet);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(source, parse, path: snippet.File, encoding: Encoding.UTF8);
        SyntaxTree[] trees =
        [
            tree,
            CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), parse, path: "GlobalUsings.g.cs"),
            StandInsFor(tree, parse),
        ];
        bool program = ((CompilationUnitSyntax)tree.GetRoot()).Members.OfType<GlobalStatementSyntax>().Any();
        Compilation compilation = CSharpCompilation.Create(
            "Snippet",
            trees,
            References.Value,
            new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (snippet.Code.Contains("JsonSerializerContext", StringComparison.Ordinal))
        {
            // A page that shows a source-generated JSON context compiles as a project does: with the SDK's generator.
            CSharpGeneratorDriver.Create(JsonGenerator.Value, parseOptions: parse)
                .RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        return [.. compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d =>
            {
                FileLinePositionSpan where = d.Location.GetMappedLineSpan();
                return $"{where.Path}({where.StartLinePosition.Line + 1},{where.StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })];
    }

    /// <summary>The stand-ins, less those the block declares itself (a page may show its own <c>MyUsers</c>).</summary>
    private static SyntaxTree StandInsFor(SyntaxTree snippet, CSharpParseOptions parse)
    {
        var declared = snippet.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
        var standIns = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(StandIns, parse).GetRoot();
        standIns = standIns.RemoveNodes(
            standIns.Members.OfType<BaseTypeDeclarationSyntax>().Where(t => declared.Contains(t.Identifier.ValueText)),
            SyntaxRemoveOptions.KeepNoTrivia)!;
        return CSharpSyntaxTree.Create(standIns, parse, path: "StandIns.cs", encoding: Encoding.UTF8);
    }

    /// <summary>The file compiled for <paramref name="snippet"/>, with <c>#line</c> directives mapping it to the page.</summary>
    public static string Wrap(DocSnippet snippet)
    {
        ArgumentNullException.ThrowIfNull(snippet);
        string Line(int codeLine) => $"#line {snippet.FirstCodeLine + codeLine} \"{snippet.File}\"\n";
        if (snippet.Marker is null)
        {
            return Line(0) + snippet.Code + "\n";
        }

        // The block's own using directives first (C# wants them before any statement), then the wrapper, then the rest.
        var unit = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(snippet.Code, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
        int split = unit.Usings.Count == 0 ? 0 : unit.Usings.Last().FullSpan.End;
        string usings = snippet.Code[..split];
        string rest = snippet.Code[split..];
        int restLine = usings.Count(c => c == '\n');

        var variables = new List<string>(snippet.Marker.Variables);
        variables.AddRange(UsualVariables.Where(usual => !snippet.Marker.Variables.Any(v => SnippetMarker.NameOf(v) == SnippetMarker.NameOf(usual))));

        var source = new StringBuilder();
        foreach (string ns in FragmentUsings)
        {
            source.Append("using ").Append(ns).Append(";\n");
        }

        source.Append(Line(0)).Append(usings).Append('\n').Append("#line hidden\n");
        if (snippet.Marker.Kind == SnippetKind.Fragment)
        {
            foreach (string variable in variables)
            {
                source.Append(variable).Append(" = default!;\n");
            }

            source.Append(Line(restLine)).Append(rest).Append('\n');
        }
        else
        {
            source.Append("static async Task<IResult> Handle(").Append(string.Join(", ", variables)).Append(")\n{\n");
            source.Append(Line(restLine)).Append(rest).Append('\n');
            source.Append("#line hidden\n}\n");
        }

        return source.ToString();
    }

    /// <summary>
    /// System.Text.Json's source generator, from the .NET SDK's reference pack beside the running runtime (the one a
    /// project build uses).
    /// </summary>
    private static ISourceGenerator[] LoadJsonGenerator()
    {
        string runtime = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
        string root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        string packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        string? generator = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(version => Path.Combine(version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
                .Where(File.Exists)
                .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))))?.Split('-')[0], out Version? v) ? v : new Version())
                .FirstOrDefault()
            : null;
        if (generator is null)
        {
            throw new InvalidOperationException($"System.Text.Json's source generator was not found under {packs}.");
        }

        var reference = new AnalyzerFileReference(generator, new AssemblyLoader());
        return [.. reference.GetGenerators(LanguageNames.CSharp)];
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    /// <summary>
    /// The test's own trusted platform assemblies, limited to what a host project has: the .NET and ASP.NET Core shared
    /// frameworks, the three Authlete.Sdk libraries and their dependencies (Microsoft.Extensions.*, Polly), and
    /// Microsoft.Extensions.TimeProvider.Testing, which docs/testing.md uses, and OpenTelemetry with its hosting and
    /// ASP.NET Core packages, which docs/reliability.md's telemetry set-up uses, and the Redis packages of docs/deployment.md. Never the test frameworks or Roslyn.
    /// </summary>
    private static MetadataReference[] LoadReferences()
    {
        string paths = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? throw new InvalidOperationException("no TRUSTED_PLATFORM_ASSEMBLIES");
        return [.. paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path =>
            {
                string name = Path.GetFileName(path);
                string normalized = path.Replace('\\', '/');
                return normalized.Contains("/Microsoft.NETCore.App/", StringComparison.Ordinal)
                    || normalized.Contains("/Microsoft.AspNetCore.App/", StringComparison.Ordinal)
                    || (name.StartsWith("Authlete.Sdk", StringComparison.Ordinal) && !name.Contains(".Tests", StringComparison.Ordinal))
                    || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || name.StartsWith("Polly", StringComparison.Ordinal)
                    || name.StartsWith("OpenTelemetry", StringComparison.Ordinal)
                    || name.StartsWith("StackExchange.Redis", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.AspNetCore.DataProtection.StackExchangeRedis", StringComparison.Ordinal);
            })
            .Select(path => MetadataReference.CreateFromFile(path))];
    }
}
