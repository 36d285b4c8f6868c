using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a sentence: unique id, offsets that slice the text inside its paragraph, a score in [0,1].</summary>
internal sealed class SentenceValidator : AbstractValidator<Sentence>
{
    public SentenceValidator()
    {
        RuleFor(s => s.Id).IsUnique();
        this.RuleForOffsets(s => s.Text, s => s.Start, s => s.End);
        RuleFor(s => s.Start).Must((s, _, context) => DatasetIndex.Of(context).InsideItsParagraph(s)).WithErrorCode(ValidationCodes.SentenceOutsideParagraph)
            .WithMessage(s => $"{{PropertyPath}}: the sentence at [{s.Start},{s.End}) lies outside its paragraph.");
        RuleFor(s => s.Score).IsScore();
    }
}
