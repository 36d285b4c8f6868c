using DocReport.Model;
using DocReport.Structure;
using FluentValidation;
using Severity = FluentValidation.Severity;

namespace DocReport.Validation;

/// <summary>Rules for the whole dataset; each record kind has its own validator.</summary>
internal sealed class ArticleDatasetValidator : AbstractValidator<ArticleDataset>
{
    private const int MinWords = 80;

    public ArticleDatasetValidator(DatasetIndex index, BoilerplateFilter boilerplate)
    {
        RuleFor(d => d.Document).SetValidator(new DocumentInfoValidator(boilerplate));
        RuleFor(d => d.Paragraphs).NotEmpty().WithErrorCode(ValidationCodes.ParagraphsMissing)
            .WithMessage("{PropertyPath}: the article has no paragraphs: the input held no text, or only page furniture.");
        RuleFor(d => d.Text).Must(t => RuleExtensions.WordCount(t) >= MinWords).When(d => d.Paragraphs.Count > 0)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ArticleShort)
            .WithMessage(d => $"{{PropertyPath}}: the article has {RuleExtensions.WordCount(d.Text)} words, fewer than {MinWords}: it may be a fragment or a page without its article.");
        RuleFor(d => d.Text).Must((d, _) => ReplacementCharacters.In(d).Count == 0)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ReplacementCharacters)
            .WithMessage(d => ReplacementCharacters.In(d).Describe());
        RuleForEach(d => d.Paragraphs).SetValidator(new ParagraphValidator(index, boilerplate));
        RuleForEach(d => d.Claims).SetValidator(new ClaimValidator(index));
        RuleForEach(d => d.Attributions).SetValidator(new AttributionValidator(index));
        RuleForEach(d => d.Sources).SetValidator(new SourceValidator(index));
    }
}
