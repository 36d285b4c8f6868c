using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Structure;

namespace DocReport.Validation;

/// <summary>
/// Validates a dataset with one FluentValidation validator per model type. Errors (broken offsets,
/// dangling references, duplicate identifiers, no title or text) stop the output; warnings travel with it.
/// </summary>
public sealed class DatasetValidator : IDatasetValidator
{
    // Built once: building the rules costs far more than checking a document, and the validators hold no document state.
    private static readonly ArticleDatasetValidator SharedRules = new(BoilerplateFilter.Default, Layout.InstalledFonts.Uncovered);

    private readonly ArticleDatasetValidator rules;

    /// <summary>A validator with DocReport's rules, checking fonts against those installed on this machine.</summary>
    public DatasetValidator() : this(SharedRules) { }

    internal DatasetValidator(ArticleDatasetValidator rules) => this.rules = rules;

    /// <inheritdoc />
    public IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset)
    {
        var result = rules.Validate(dataset);
        return result.Errors
            .Select(f => new ValidationIssue(f.Severity.ToModel(), f.ErrorCode, f.ErrorMessage, f.PropertyName))
            .ToList();
    }
}
