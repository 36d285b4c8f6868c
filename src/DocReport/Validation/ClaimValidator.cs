using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a claim: unique id, existing sentence, paragraph and sources, offsets, score.</summary>
internal sealed class ClaimValidator : AbstractValidator<Claim>
{
    public ClaimValidator(DatasetIndex index)
    {
        RuleFor(c => c.Id).IsUnique(index);
        RuleFor(c => c.SentenceId).Names(index.HasSentence, "sentence", ValidationCodes.ClaimSentenceMissing);
        RuleFor(c => c.ParagraphId).Names(index.HasParagraph, "paragraph", ValidationCodes.ClaimParagraphMissing);
        RuleForEach(c => c.SourceIds).Names(index.HasSource, "source", ValidationCodes.ClaimSourceMissing);
        this.RuleForOffsets(index, c => c.Text, c => c.Start, c => c.End);
        RuleFor(c => c.Score).IsScore();
        RuleForEach(c => c.Evidence).SetValidator(new EvidenceValidator(index));
    }
}
