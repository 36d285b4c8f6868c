using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for an attribution: unique id, existing sentence and source, no source for a belief, spans that slice the text.</summary>
internal sealed class AttributionValidator : AbstractValidator<Attribution>
{
    public AttributionValidator()
    {
        var span = new SpanValidator();
        RuleFor(a => a.Id).IsUnique();
        RuleFor(a => a.SentenceId).Names((index, id) => index.HasSentence(id), "sentence", ValidationCodes.AttributionSentenceMissing);
        RuleFor(a => a.SourceId!).Names((index, id) => index.HasSource(id), "source", ValidationCodes.AttributionSourceMissing).When(a => a.SourceId is not null);
        RuleFor(a => a.SourceId).Null().When(a => a.Kind == AttributionKind.Belief)
            .WithErrorCode(ValidationCodes.AttributionBeliefSourced).WithMessage("{PropertyPath}: a belief names the subject of the story, not a cited source: it has no source id");
        RuleFor(a => a.Source).SetValidator(span);
        RuleFor(a => a.Cue).SetValidator(span);
        RuleFor(a => a.Content).SetValidator(span);
    }
}
