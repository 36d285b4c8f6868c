using DocReport.Model;
using DocReport.Structure;
using FluentValidation;
using Severity = FluentValidation.Severity;

namespace DocReport.Validation;

/// <summary>Rules for a paragraph and its sentences.</summary>
internal sealed class ParagraphValidator : AbstractValidator<Paragraph>
{
    private const int MaxWords = 400;

    public ParagraphValidator(BoilerplateFilter boilerplate)
    {
        RuleFor(p => p.Id).IsUnique();
        this.RuleForOffsets(p => p.Text, p => p.Start, p => p.End);
        RuleFor(p => p.Text).Must(t => RuleExtensions.WordCount(t) <= MaxWords).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.ParagraphLong)
            .WithMessage(p => $"{{PropertyPath}}: {RuleExtensions.WordCount(p.Text)} words, more than {MaxWords}: it may be several paragraphs run together.");
        RuleFor(p => p.Text).Must((p, _) => FurnitureIn(p, boilerplate) is null).WithSeverity(Severity.Warning).WithErrorCode(ValidationCodes.FurnitureLeftover)
            .WithMessage(p => $"{{PropertyPath}}: \"{RuleExtensions.Excerpt(FurnitureIn(p, boilerplate)!)}\" looks like page furniture left in the text.");
        RuleForEach(p => p.Sentences).SetValidator(new SentenceValidator());
    }

    /// <summary>
    /// The paragraph, or the first of its sentences, that looks like page furniture; none in a table, whose short rows
    /// are data, nor in code, nor a line telling a time of day, which the filter keeps outside web pages. A sentence that
    /// is the whole paragraph is not asked twice.
    /// </summary>
    private static string? FurnitureIn(Paragraph paragraph, BoilerplateFilter boilerplate) =>
        paragraph.Kind is BlockKind.Table or BlockKind.Code ? null
        : boilerplate.IsFurniture(paragraph.Text) && !boilerplate.IsTimeOfDayLine(paragraph.Text, paragraph.Kind == BlockKind.ListItem)
            ? paragraph.Text
            : paragraph.Sentences.Select(s => s.Text).FirstOrDefault(t => t != paragraph.Text && boilerplate.IsFurniture(t));
}
