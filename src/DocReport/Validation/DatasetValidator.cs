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
    private static readonly ArticleDatasetValidator Rules = new(BoilerplateFilter.Default);

    /// <inheritdoc />
    public IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset)
    {
        var result = Rules.Validate(dataset);
        return result.Errors
            .Select(f => new ValidationIssue(f.Severity.ToModel(), f.ErrorCode, f.ErrorMessage, f.PropertyName))
            .ToList();
    }
}
