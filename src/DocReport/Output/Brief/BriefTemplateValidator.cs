using DocReport.Layout;
using FluentValidation;

namespace DocReport.Output.Brief;

/// <summary>Checks a template's values; each message is completed with the field's path by <see cref="BriefTemplateLoader"/>.</summary>
internal sealed class BriefTemplateValidator : AbstractValidator<BriefTemplate>
{
    public static readonly string[] SectionTypes = ["heading", "keyFindings", "chart", "keyClaims", "sources", "outline", "validation"];
    public static readonly string[] ChartTypes = ["claimsPerParagraph", "sourcesByKind"];
    private const string ColorPattern = "^#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$";

    public BriefTemplateValidator()
    {
        RuleFor(t => t.PageSize).Must(s => s is "A4" or "Letter").WithMessage("must be A4 or Letter");
        RuleFor(t => t.Margins).NotNull().WithMessage("is required");
        RuleFor(t => t.Margins.Left).InclusiveBetween(0, 200).WithMessage("must be between 0 and 200 pt").When(t => t.Margins is not null);
        RuleFor(t => t.Margins.Top).InclusiveBetween(0, 200).WithMessage("must be between 0 and 200 pt").When(t => t.Margins is not null);
        RuleFor(t => t.Margins.Right).InclusiveBetween(0, 200).WithMessage("must be between 0 and 200 pt").When(t => t.Margins is not null);
        RuleFor(t => t.Margins.Bottom).InclusiveBetween(0, 200).WithMessage("must be between 0 and 200 pt").When(t => t.Margins is not null);
        RuleFor(t => t.Font).NotNull().WithMessage("is required").SetValidator(new FontValidator());
        RuleFor(t => t.Colors).NotNull().WithMessage("is required").SetValidator(new ColorsValidator());
        RuleFor(t => t.Sections).NotEmpty().WithMessage("must list at least one section");
        RuleForEach(t => t.Sections).SetValidator(new SectionValidator());
    }

    private sealed class FontValidator : AbstractValidator<BriefFont>
    {
        public FontValidator()
        {
            RuleFor(f => f.Family).NotEmpty().WithMessage("is required")
                .Must(InstalledFonts.Contains).WithMessage(f => $"'{f.Family}' is not an installed font family (DejaVu Sans is on most Linux systems)");
            RuleFor(f => f.BodySize).InclusiveBetween(4, 72).WithMessage("must be between 4 and 72 pt");
            RuleFor(f => f.TitleSize).InclusiveBetween(4, 72).WithMessage("must be between 4 and 72 pt");
            RuleFor(f => f.HeadingSize).InclusiveBetween(4, 72).WithMessage("must be between 4 and 72 pt");
            RuleFor(f => f.SmallSize).InclusiveBetween(4, 72).WithMessage("must be between 4 and 72 pt");
        }
    }

    private sealed class ColorsValidator : AbstractValidator<BriefColors>
    {
        public ColorsValidator()
        {
            foreach (var color in new System.Linq.Expressions.Expression<Func<BriefColors, string>>[]
                         { c => c.Text, c => c.Accent, c => c.Muted, c => c.Rule, c => c.TableHeader, c => c.Claim })
                RuleFor(color).Matches(ColorPattern).WithMessage("must be a colour like #1F4E79");
        }
    }

    private sealed class SectionValidator : AbstractValidator<BriefSection>
    {
        public SectionValidator()
        {
            RuleFor(s => s.Type).Must(SectionTypes.Contains).WithMessage($"must be one of {string.Join(", ", SectionTypes)}");
            RuleFor(s => s.MaxItems).InclusiveBetween(1, 1000).When(s => s.MaxItems is not null).WithMessage("must be between 1 and 1000");
            RuleFor(s => s.Chart).Must(c => c is not null && ChartTypes.Contains(c)).When(s => s.Type == "chart")
                .WithMessage($"must be one of {string.Join(", ", ChartTypes)} for a chart section");
        }
    }
}
