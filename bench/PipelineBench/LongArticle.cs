using System.Text;
using DocReport.Pipeline;

namespace PipelineBench;

/// <summary>A long plain-text article: a title and paragraphs that each cite a source and give a figure.</summary>
internal static class LongArticle
{
    private static readonly string[] Sources = ["the regional health agency", "Reuters", "the city council", "a spokesperson for the ministry"];

    public static SourceFile Create(int paragraphCount)
    {
        var text = new StringBuilder("Council Report Finds Rising Costs Across Twelve Districts\n\n");
        for (var p = 1; p <= paragraphCount; p++)
        {
            var source = Sources[p % Sources.Length];
            text.Append($"In district {p}, spending on road repairs rose by {p * 3 + 4} percent in 2024, {source} said on Monday. ")
                .Append($"Officials estimated that {p * 120} households were affected by delays during the spring. ")
                .Append("Residents told reporters that the works had closed two bus stops and a market for several weeks. ")
                .Append($"According to {source}, the budget for next year will be about ${p * 2}.5 million, less than planned.\n\n");
        }
        return new SourceFile($"long-article-{paragraphCount}p.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }
}
