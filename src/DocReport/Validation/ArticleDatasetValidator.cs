using DocReport.Model;
using DocReport.Structure;
using FluentValidation;
using FluentValidation.Results;
using Severity = FluentValidation.Severity;

namespace DocReport.Validation;

/// <summary>
/// Rules for the whole dataset; each record kind has its own validator. The rules are built once and shared
/// across threads: each validation puts its dataset's <see cref="DatasetIndex"/> in the validation context.
/// </summary>
internal sealed class ArticleDatasetValidator : AbstractValidator<ArticleDataset>
{
    private const int MinWords = 80;

    /// <param name="boilerplate">Page furniture to look for in titles and paragraphs.</param>
    /// <param name="uncovered">The scripts of a text no installed font draws, by <see cref="Layout.InstalledFonts.Uncovered(string)"/> outside tests.</param>
    public ArticleDatasetValidator(BoilerplateFilter boilerplate, Func<string, IReadOnlyList<Layout.UncoveredScript>> uncovered)
    {
        RuleFor(d => d.Document).SetValidator(new DocumentInfoValidator(boilerplate));
        RuleFor(d => d.Paragraphs).NotEmpty().WithErrorCode(ValidationCodes.ParagraphsMissing)
            .WithMessage("{PropertyPath}: the article has no paragraphs: the input held no text, or only page furniture.");
        RuleFor(d => d.Text).Must(t => RuleExtensions.WordCount(t) >= MinWords).When(d => d.Paragraphs.Count > 0)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ArticleShort)
            .WithMessage(d => $"{{PropertyPath}}: the article has {Counted.Of(RuleExtensions.WordCount(d.Text), "word")}, fewer than {MinWords}: it may be a fragment or a page without its article.");
        RuleFor(d => d.Text).Must((d, _) => ReplacementCharacters.In(d).Count == 0)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ReplacementCharacters)
            .WithMessage(d => ReplacementCharacters.In(d).Describe());
        RuleFor(d => d.Text).Must((d, _) => ScriptsWithoutFont.In(d, uncovered).Scripts.Count == 0)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ScriptWithoutFont)
            .WithMessage(d => ScriptsWithoutFont.In(d, uncovered).Describe());
        RuleFor(d => d.Text).Must((d, _) => !EnglishShare.Of(d).NotEnglish)
            .WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.NotEnglish)
            .WithMessage(d => EnglishShare.Of(d).Describe());
        RuleForEach(d => d.Paragraphs).SetValidator(new ParagraphValidator(boilerplate));
        RuleForEach(d => d.Claims).SetValidator(new ClaimValidator());
        RuleForEach(d => d.Attributions).SetValidator(new AttributionValidator());
        RuleForEach(d => d.Sources).SetValidator(new SourceValidator());
    }

    /// <inheritdoc />
    protected override bool PreValidate(ValidationContext<ArticleDataset> context, ValidationResult result)
    {
        DatasetIndex.Attach(context);
        return true;
    }
}
