using DocReport.Model;
using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules for a source: unique id and claims that exist.</summary>
internal sealed class SourceValidator : AbstractValidator<Source>
{
    public SourceValidator()
    {
        RuleFor(s => s.Id).IsUnique();
        RuleForEach(s => s.ClaimIds).Names((index, id) => index.HasClaim(id), "claim", ValidationCodes.SourceClaimMissing);
    }
}
