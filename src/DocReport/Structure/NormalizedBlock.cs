using DocReport.Model;

namespace DocReport.Structure;

/// <summary>A block after furniture removal and normalisation; <see cref="Lines"/> counts its original non-blank lines.</summary>
internal sealed record NormalizedBlock(Block Source, NormalizedText Normalized, int Lines)
{
    public BlockKind Kind => Source.Kind;
    public string Text => Normalized.Text;

    /// <summary>The block's text normalised, with its original line count.</summary>
    public static NormalizedBlock From(Block block, HyphenationEvidence hyphenation) => new(
        block,
        block.Kind switch
        {
            BlockKind.Table => TableText.Normalize(block.Text, hyphenation),
            BlockKind.Code => CodeText.Normalize(block.Text),
            _ => TextNormalizer.Normalize(block.Text, hyphenation),
        },
        block.Text.Split('\n').Count(line => !string.IsNullOrWhiteSpace(line)));
}
