using System.Globalization;
using DocReport.Analysis.Claims;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Bench.ClaimTraining;

/// <summary>
/// Round 45's candidate features (`tune --analysis-file FILE`; README "Round 45"): what DocReport's own analysis of the whole page
/// says of a sentence, "a:" and what they say. The attributions whose cue the sentence holds, by kind (speech, document, belief,
/// held view) and by whether the source is named in the sentence or in an earlier one (a continued quotation); whether the
/// content is a direct quotation, who the resolved source is, and whether the content holds a figure, date or name or an opinion word; how much of the sentence is reported content; whether
/// another sentence of its paragraph is attributed; and the paragraph's ordinal in the article. Frozen per labelled sentence by
/// `freeze-analysis` (the pages converted once), as news-contexts.tsv freezes the places; CT24's debate lines have none.
/// </summary>
internal static class AnalysisFeatures
{
    private static readonly char[] QuoteMarks = ['"', '“', '”', '«', '„', '\'', '‘'];

    /// <summary>The features of each sentence of <paramref name="dataset"/>, by sentence id.</summary>
    public static Dictionary<string, List<string>> Of(ArticleDataset dataset)
    {
        var kinds = dataset.Sources.ToDictionary(s => s.Id, s => s.Kind.ToString());
        var framed = dataset.Attributions.ToLookup(a => a.SentenceId);
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        for (var p = 0; p < dataset.Paragraphs.Count; p++)
        {
            var paragraph = dataset.Paragraphs[p];
            foreach (var sentence in paragraph.Sentences)
            {
                var features = new List<string> { "a:para:" + (p switch { 0 => "1", < 3 => "2-3", < 6 => "4-6", _ => "7+" }) };
                foreach (var a in framed[sentence.Id])
                {
                    var inside = a.Source.Start >= sentence.Start && a.Source.End <= sentence.End;
                    features.Add((inside ? "a:frame:" : "a:continued:") + a.Kind);
                    if (a.Content.Text.TrimStart().IndexOfAny(QuoteMarks) == 0) features.Add("a:quoted:" + a.Kind);
                    features.Add("a:source:" + (a.SourceId is { } id && kinds.TryGetValue(id, out var kind) ? kind : "none"));
                    features.Add(ContentFeature(a));
                }
                var covered = dataset.Attributions.Sum(a => Math.Max(0, Math.Min(a.Content.End, sentence.End) - Math.Max(a.Content.Start, sentence.Start)));
                var share = sentence.End > sentence.Start ? Math.Min(1.0, covered / (double)(sentence.End - sentence.Start)) : 0;
                features.Add("a:content:" + (share <= 0 ? "none" : share < 0.6 ? "part" : "most"));
                if (!framed[sentence.Id].Any() && share <= 0) features.Add("a:unattributed");
                if (paragraph.Sentences.Any(o => o.Id != sentence.Id && framed[o.Id].Any())) features.Add("a:paragraph-attributed");
                result[sentence.Id] = features.Distinct(StringComparer.Ordinal).ToList();
            }
        }
        return result;
    }

    // What is reported: a figure, date or name to check, or an opinion word with none (a quoted fact against a quoted view).
    private static string ContentFeature(Attribution attribution)
    {
        var signals = SentenceSignals.Read(attribution.Content.Text);
        var holds = signals.Evidence.Count > 0 ? "evidence" : signals.Has(CueCategory.Opinion) ? "opinion" : "bare";
        return $"a:reports:{attribution.Kind}:{holds}";
    }

    /// <summary>Converts the pages of the labelled news files (the gates' pages and the test parts never) and writes each labelled sentence's features.</summary>
    public static void Freeze(IReadOnlyList<string> files, GatedPages gates, IReadOnlyList<string> folders, string output)
    {
        var pipeline = new PipelineBuilder().Build();
        var rows = files.SelectMany(f => NewsSet.Read(f)).Where(s => s.Split != "test" && gates.Reason(s.Page) is null).ToList();
        using var writer = new StreamWriter(output);
        writer.WriteLine($"# Round 45: each labelled news sentence's analysis features (AnalysisFeatures), as DocReport's pipeline read the pages on {DateTime.UtcNow:yyyy-MM-dd} (freeze-analysis)");
        writer.WriteLine("# sentence key (page/id)\ttext hash\tfeatures");
        int found = 0, missing = 0;
        foreach (var page in rows.GroupBy(r => r.Page, StringComparer.Ordinal))
        {
            var path = NewsContexts.Locate(folders, page.Key);
            var dataset = path is null ? null : pipeline.Convert(path).Dataset;
            var features = dataset is null ? [] : Of(dataset);
            var byText = dataset is null ? [] : dataset.Paragraphs.SelectMany(p => p.Sentences).GroupBy(s => NewsContexts.Key(s.Text), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
            var texts = dataset is null ? [] : dataset.Paragraphs.SelectMany(p => p.Sentences).ToDictionary(s => s.Id, s => NewsContexts.Key(s.Text), StringComparer.Ordinal);
            foreach (var row in page.DistinctBy(r => r.Sentence.Id))
            {
                var id = row.Sentence.Id[(page.Key.Length + 1)..];
                var key = NewsContexts.Key(row.Sentence.Text);
                var at = texts.TryGetValue(id, out var text) && text == key ? id : byText.GetValueOrDefault(key);
                if (at is null || !features.TryGetValue(at, out var list))
                {
                    missing++;
                    continue;
                }
                found++;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Sentence.Id}\t{StableHash.Of(key):x8}\t{string.Join(' ', list)}"));
            }
        }
        Console.WriteLine($"analysis features of {found} sentences written to {output}; {missing} not found");
    }

    /// <summary>The frozen features, by <see cref="Key"/>.</summary>
    public static Dictionary<string, string[]> Read(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0] + "\t" + f[1], f => f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>A labelled sentence's key in the frozen file.</summary>
    public static string Key(LabelledSentence sentence) => $"{sentence.Id}\t{StableHash.Of(NewsContexts.Key(sentence.Text)):x8}";
}
