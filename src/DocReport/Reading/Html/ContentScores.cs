using AngleSharp.Dom;

namespace DocReport.Reading.Html;

/// <summary>The content scores of one extraction attempt, and the class/id weights it applies.</summary>
internal sealed class ContentScores(ExtractionFlags flags)
{
    private readonly Dictionary<IElement, double> scores = new(ReferenceEqualityComparer.Instance);

    public ExtractionFlags Flags { get; } = flags;

    public bool Has(IElement element) => scores.ContainsKey(element);

    public double this[IElement element]
    {
        get => scores[element];
        set => scores[element] = value;
    }

    /// <summary>Gives an element its starting score from its tag and class/id.</summary>
    public void Initialize(IElement element)
    {
        scores[element] = TagScore(element.LocalName) + ClassWeight(element);
    }

    /// <summary>Moves a score to the element that replaced the scored one.</summary>
    public void Transfer(IElement from, IElement to)
    {
        if (scores.Remove(from, out var score)) scores[to] = score;
    }

    /// <summary>+25 per positive and -25 per negative class or id hint ("article", "content" vs "comment", "sidebar").</summary>
    public int ClassWeight(IElement element)
    {
        if (!Flags.HasFlag(ExtractionFlags.WeightClasses)) return 0;
        return Weight(element.ClassName) + Weight(element.Id);
    }

    private static int Weight(string? hint)
    {
        if (string.IsNullOrEmpty(hint)) return 0;
        var weight = 0;
        if (ReadabilityPatterns.Negative().IsMatch(hint)) weight -= 25;
        if (ReadabilityPatterns.Positive().IsMatch(hint)) weight += 25;
        return weight;
    }

    private static int TagScore(string tag) => tag switch
    {
        "div" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };
}
