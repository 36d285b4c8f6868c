using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a source: unique id and claims that exist.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator(DatasetIndex index)
    {
        RuleFor(s => s.Id).IsUnique(index);
        RuleForEach(s => s.ClaimIds).Names(index.HasClaim, "claim", ValidationCodes.SourceClaimMissing);
    }
}
