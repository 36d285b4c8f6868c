using DocReport.Model;
using DocReport.Structure;
using FluentValidation;
using Severity = FluentValidation.Severity;

namespace DocReport.Validation;

/// <summary>Rules for the document's identity: it needs a title that reads like one.</summary>
internal sealed class DocumentInfoValidator : AbstractValidator<DocumentInfo>
{
    private const int MaxTitleWords = 30;

    public DocumentInfoValidator(BoilerplateFilter boilerplate)
    {
        RuleFor(d => d.Title).Must(t => !string.IsNullOrWhiteSpace(t)).WithErrorCode(ValidationCodes.TitleMissing)
            .WithMessage("{PropertyPath}: the document has no title: the input had no title metadata and no short first line.");
        // A text file's first line that is written as a headline but closes with a full stop stays in the body (a title
        // line may not end like a sentence); when the analysis reads it as the headline and the title is all of it, the
        // input did give its title.
        RuleFor(d => d.TitleOrigin).Must((_, origin, context) => origin == TitleOrigin.Document || DatasetIndex.Of(context).TitleIsFirstLine)
            .OverridePropertyName(nameof(DocumentInfo.Title))
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.TitleDerived)
            .WithMessage(d => $"{{PropertyPath}}: the input has no title; \"{d.Title}\" was taken from its {(d.TitleOrigin == TitleOrigin.FileName ? "file name" : "first sentence")}.");
        RuleFor(d => d.Title).Must(t => !boilerplate.IsFurnitureTitle(t)).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.TitleFurniture)
            .WithMessage("{PropertyPath}: the title \"{PropertyValue}\" looks like page furniture, not a headline.");
        RuleFor(d => d.Published).Must(PublishedDateRule.IsValid).WithErrorCode(ValidationCodes.PublishedInvalid)
            .WithMessage("{PropertyPath}: \"{PropertyValue}\" is not a publication date: a missing date must be left out, never set to a default.");
        RuleFor(d => d.RepairedCharacters).Equal(0).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.TextRepaired)
            .WithMessage("{PropertyPath}: {PropertyValue} character(s) of the input were UTF-8 once read as Windows-1252 (\"Ã©\" for \"é\", \"â€œ\" for \"“\") and were repaired; the input file still holds them broken.");
        RuleFor(d => d.EncodingGuessed).Equal(false).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.EncodingGuessed)
            .WithMessage("{PropertyPath}: the input is not UTF-8 and declares no encoding; it was read as Windows-1252, which its text does not look like (Chinese, Greek or Cyrillic in a legacy code page?), so its letters may be wrong: save it as UTF-8 and convert it again.");
        RuleFor(d => d.Title).Must(t => RuleExtensions.WordCount(t) <= MaxTitleWords).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.TitleLong)
            .WithMessage(d => $"{{PropertyPath}}: the title has {RuleExtensions.WordCount(d.Title)} words, more than {MaxTitleWords}: it may be a sentence of the body.");
    }
}
