using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for an attribution: unique id, existing sentence and source, spans that slice the text.</summary>
internal sealed class AttributionValidator : AbstractValidator<Attribution>
{
    public AttributionValidator(DatasetIndex index)
    {
        RuleFor(a => a.Id).IsUnique(index);
        RuleFor(a => a.SentenceId).Names(index.HasSentence, "sentence", ValidationCodes.AttributionSentenceMissing);
        RuleFor(a => a.SourceId!).Names(index.HasSource, "source", ValidationCodes.AttributionSourceMissing).When(a => a.SourceId is not null);
        RuleFor(a => a.Source).SetValidator(new SpanValidator(index));
        RuleFor(a => a.Cue).SetValidator(new SpanValidator(index));
        RuleFor(a => a.Content).SetValidator(new SpanValidator(index));
    }
}
