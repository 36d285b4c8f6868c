using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a span of an attribution (source, cue or content): it must slice the text.</summary>
internal sealed class SpanValidator : AbstractValidator<Span>
{
    public SpanValidator()
    {
        this.RuleForOffsets(s => s.Text, s => s.Start, s => s.End);
    }
}
