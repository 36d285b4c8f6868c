using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a claim: unique id, existing sentence, paragraph and sources, offsets, score.</summary>
internal sealed class ClaimValidator : AbstractValidator<Claim>
{
    public ClaimValidator()
    {
        RuleFor(c => c.Id).IsUnique();
        RuleFor(c => c.SentenceId).Names((index, id) => index.HasSentence(id), "sentence", ValidationCodes.ClaimSentenceMissing);
        RuleFor(c => c.ParagraphId).Names((index, id) => index.HasParagraph(id), "paragraph", ValidationCodes.ClaimParagraphMissing);
        RuleForEach(c => c.SourceIds).Names((index, id) => index.HasSource(id), "source", ValidationCodes.ClaimSourceMissing);
        this.RuleForOffsets(c => c.Text, c => c.Start, c => c.End);
        RuleFor(c => c.Score).IsScore();
        RuleForEach(c => c.Evidence).SetValidator(new EvidenceValidator());
    }
}
