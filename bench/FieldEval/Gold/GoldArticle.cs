namespace DocReport.Bench.FieldEval.Gold;

/// <summary>A cited source of a gold article: the fullest name, its kind, and the other strings the article uses for it.</summary>
internal sealed record GoldSource(string Name, string Kind, IReadOnlyList<string> Aliases)
{
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}

/// <summary>A body sentence of a gold article: check-worthy or not, whose statement it reports, and its first words.</summary>
/// <param name="Speaker">A source's name, <see cref="GoldArticle.WritersOwn"/> or <see cref="GoldArticle.Undecided"/>.</param>
internal sealed record GoldSentence(bool Claim, string Speaker, string Anchor, int Line);

/// <summary>One frozen gold file (FORMAT.md): the page it judges, its sources and its sentences in order.</summary>
internal sealed record GoldArticle(
    string Id, string Page, string Title, IReadOnlyList<GoldSource> Sources, IReadOnlyList<GoldSentence> Sentences,
    IReadOnlyList<string> Amendments, IReadOnlyList<string> Problems)
{
    public const string WritersOwn = "-";
    public const string Undecided = "?";

    public GoldSource? Source(string name) => Sources.FirstOrDefault(s => s.Name == name);
}
