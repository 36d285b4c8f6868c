using System.Text.RegularExpressions;
using DocReport.Model;
using DocReport.Pipeline;
using Markdig;
using Markdig.Syntax;
using MarkdownBlock = Markdig.Syntax.Block;

namespace DocReport.Bench.StructureEval;

/// <summary>
/// How much of a document's structure the non-HTML readers keep, on documents written by others:
///  - Markdown: the README files NuGet packages ship (the packages this repository restores, in ~/.nuget/packages).
///    Markdig's CommonMark parse of each is the reference: its code blocks (fenced or indented) must come out as code
///    paragraphs, verbatim, with no sentence or claim drawn from their lines; its list items under another item must
///    keep their depth; its pipe tables must be table paragraphs.
///  - PDF: every PDF named after `readers` (for example ../shared/data/attributions/polnear/guidelines.pdf): the title,
///    and the paragraphs of one to three characters (a raised exponent or note mark set apart from its line).
/// </summary>
internal static partial class ReaderFidelity
{
    private static readonly MarkdownPipeline Reference = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static int Run(string[] pdfs)
    {
        using var pipeline = new PipelineBuilder().Build();
        var showMissed = Environment.GetEnvironmentVariable("SHOW_MISSED") is not null;
        var packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var readmes = Directory.Exists(packages)
            ? Directory.GetFiles(packages, "*.md", new EnumerationOptions { MaxRecursionDepth = 2, RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
                .Where(f => Path.GetFileNameWithoutExtension(f).Equals("readme", StringComparison.OrdinalIgnoreCase)).Order().ToList()
            : [];
        int codeBlocks = 0, codeKept = 0, codeSentences = 0, codeClaims = 0, nested = 0, nestedKept = 0, tables = 0, tablesKept = 0;
        foreach (var readme in readmes)
        {
            var text = File.ReadAllText(readme);
            var document = Markdig.Markdown.Parse(text, Reference);
            var result = pipeline.Convert(new SourceFile(readme, File.ReadAllBytes(readme)));
            if (result.Dataset is not { } dataset) { Console.WriteLine($"{readme}: {result.Error}"); continue; }
            var code = dataset.Paragraphs.Where(p => p.Kind == BlockKind.Code).Select(p => p.Text).ToHashSet();
            var sentences = dataset.Paragraphs.Where(p => p.Kind != BlockKind.Code).SelectMany(p => p.Sentences).ToList();
            var claimed = dataset.Claims.Select(c => c.SentenceId).ToHashSet();
            foreach (var block in document.Descendants<CodeBlock>())
            {
                var lines = block.Lines.ToString().Trim('\n');
                if (lines.Trim().Length == 0) continue;
                codeBlocks++;
                if (code.Contains(lines.Replace("\r", ""))) codeKept++;
                var codeLines = lines.Split('\n').Select(Squeeze).Where(l => l.Length >= 12).ToList();
                var hit = sentences.Where(s => codeLines.Any(l => Squeeze(s.Text).Contains(l, StringComparison.Ordinal))).ToList();
                codeSentences += hit.Count;
                codeClaims += hit.Count(s => claimed.Contains(s.Id));
            }
            var items = dataset.Paragraphs.Where(p => p.Kind == BlockKind.ListItem).ToList();
            foreach (var item in document.Descendants<ListItemBlock>())
            {
                var depth = Depth(item);
                if (depth < 2 || item.FirstOrDefault() is not ParagraphBlock { Inline: { } inline }) continue;
                // its longest run of plain text: code spans and links are written otherwise in the dataset
                var words = inline.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => Squeeze(l.Content.ToString())).MaxBy(l => l.Length) ?? "";
                if (words.Length < 3) continue;
                nested++;
                if (items.Any(p => p.Level == depth && Squeeze(p.Text).Contains(words, StringComparison.Ordinal))) nestedKept++;
                else if (showMissed) Console.WriteLine($"  missed at depth {depth} in {readme}: {words}");
            }
            var tableCount = document.Descendants<Markdig.Extensions.Tables.Table>().Count();
            tables += tableCount;
            tablesKept += Math.Min(tableCount, dataset.Paragraphs.Count(p => p.Kind == BlockKind.Table));
        }
        Console.WriteLine($"Markdown: {readmes.Count} package READMEs");
        Console.WriteLine($"  code blocks: {codeBlocks}, kept verbatim as code: {codeKept} ({Percent(codeKept, codeBlocks)}); sentences holding a code line: {codeSentences}, of them claims: {codeClaims}");
        Console.WriteLine($"  list items under another item: {nested}, kept at their depth: {nestedKept} ({Percent(nestedKept, nested)})");
        Console.WriteLine($"  tables: {tables}, read as tables: {tablesKept} ({Percent(tablesKept, tables)})");
        foreach (var pdf in pdfs)
        {
            var result = pipeline.Convert(pdf);
            if (result.Dataset is not { } dataset) { Console.WriteLine($"{pdf}: {result.Error}"); continue; }
            var tiny = dataset.Paragraphs.Where(p => p.Text.Trim().Length <= 3).ToList();
            Console.WriteLine($"PDF {Path.GetFileName(pdf)}: title \"{dataset.Document.Title}\"; paragraphs: {dataset.Paragraphs.Count}, of one to three characters: {tiny.Count} ({string.Join(" ", tiny.Take(12).Select(p => p.Text))})");
        }
        return 0;
    }

    private static int Depth(MarkdownBlock block)
    {
        var depth = 0;
        for (MarkdownBlock? at = block; at is not null; at = at.Parent) if (at is ListItemBlock) depth++;
        return depth;
    }

    private static string Squeeze(string text) => Space().Replace(text, " ").Trim();

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:F1}%";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
