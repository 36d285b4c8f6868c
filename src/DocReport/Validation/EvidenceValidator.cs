using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a claim's evidence span: it must slice the text.</summary>
internal sealed class EvidenceValidator : AbstractValidator<Evidence>
{
    public EvidenceValidator()
    {
        this.RuleForOffsets(e => e.Text, e => e.Start, e => e.End);
    }
}
