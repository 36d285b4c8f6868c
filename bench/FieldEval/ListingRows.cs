using System.Globalization;
using System.Text.RegularExpressions;
using DocReport.Bench.FieldEval.Gold;
using DocReport.Model;

namespace DocReport.Bench.FieldEval;

/// <summary>
/// <c>--listing FILE</c> (round 26): one tab-separated line per listed source of a readable set: set, article, the page's file
/// stem (a PolNeAR article's name), id, name, kind, the bench's status (right, kind_wrong, duplicate, wrong) and the features of
/// <see cref="ListedSourceFeatures"/>, for bench/PolnearEval's <c>listing-table</c>.
/// </summary>
internal static partial class ListingRows
{
    public static StreamWriter Open(string path)
    {
        var writer = new StreamWriter(path);
        writer.WriteLine(string.Join('\t', new[] { "set", "article", "page", "id", "name", "kind", "status" }.Concat(ListedSourceFeatures.Names).Append("words")));
        return writer;
    }

    public static void Write(TextWriter writer, string set, GoldArticle article, ArticleDataset dataset, IEnumerable<string> errors)
    {
        var status = errors.Select(e => Status().Match(e)).Where(m => m.Success).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value.Replace(' ', '_'));
        foreach (var (source, features, words) in dataset.Sources.Zip(ListedSourceFeatures.Of(dataset), ListedSourceFeatures.Words(dataset)))
            writer.WriteLine(string.Join('\t', new[] { set, article.Id, Path.GetFileNameWithoutExtension(article.Page), source.Id, source.Name, source.Kind.ToString(), status.GetValueOrDefault(source.Id, "right") }
                .Concat(features.Select(x => x.ToString("0.###", CultureInfo.InvariantCulture))).Append(words)));
    }

    // the scorer's own lines (Scoring/SourceScore.cs)
    [GeneratedRegex(@"^source (wrong|kind wrong|duplicate): (S\d+) ")]
    private static partial Regex Status();
}
