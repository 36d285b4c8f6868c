using System.Text.Json;
using DocReport.Bench.TrafilaturaEval;
using DocReport.Tests.Output;

namespace DocReport.Tests.Bench;

// bench/TrafilaturaEval/bylines-*.tsv hold our labels of the bylines dev pages show (`--bylines` scores the authors DocReport
// gives against them). The files differ in their columns; the reader must find the names wherever the header puts them, and the
// repository's files must stay readable, each page labelled once, none a page of the fresh gate. The rows of the reader test are
// made up.
public sealed class BylineLabelsTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("byline-labels").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void The_names_are_read_from_the_authors_column_wherever_the_header_puts_it()
    {
        var withLanguage = Path.Combine(root, "a.tsv");
        File.WriteAllLines(withLanguage, ["# file\tlanguage\turl\tauthors shown (| between names)\tnote", "gazette.html\tde\thttps://gazette.example/a\tAnn Reed | Tom Hale\t'Von Ann Reed und Tom Hale'", "", "shop.html\tde\thttps://shop.example/b\t\tnone shown"]);
        var rows = BylineLabels.Read(withLanguage).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("gazette.html", rows[0].File);
        Assert.Equal(["Ann Reed", "Tom Hale"], rows[0].Names);
        Assert.Empty(rows[1].Names);
        var withoutColumn = Path.Combine(root, "b.tsv");
        File.WriteAllLines(withoutColumn, ["# file\turl\tnote", "gazette.html\thttps://gazette.example/a\tnote"]);
        Assert.Throws<InvalidDataException>(() => BylineLabels.Read(withoutColumn).ToList());
    }

    [Fact]
    public void Authors_match_their_labels_in_any_order_with_case_and_white_space_ignored_but_not_one_name_short()
    {
        Assert.True(LabelMatch.SameNames(["tom  hale", "ANN REED"], ["Ann Reed", "Tom Hale"]));
        Assert.False(LabelMatch.SameNames(["Ann Reed"], ["Ann Reed", "Tom Hale"]));
        Assert.False(LabelMatch.SameNames(["Ann Reed", "Redaktion"], ["Ann Reed"]));
        Assert.True(LabelMatch.SameNames([], []));
    }

    [Fact]
    public void The_repository_s_label_files_are_readable_each_page_labelled_once_and_none_a_fresh_page()
    {
        var files = Directory.GetFiles(RepositoryFile.Path("bench/TrafilaturaEval"), "bylines-*.tsv");
        Assert.True(files.Length >= 3);
        var pages = files.SelectMany(f => BylineLabels.Read(f)).Select(r => r.File).ToList();
        Assert.Equal(pages.Count, pages.Distinct(StringComparer.Ordinal).Count());
        using var fresh = JsonDocument.Parse(File.ReadAllText(RepositoryFile.Path("bench/TrafilaturaEval/fresh/freshdata.json")));
        var freshFiles = fresh.RootElement.EnumerateObject().Select(p => p.Value.GetProperty("file").GetString()).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(pages, freshFiles.Contains);
    }
}
