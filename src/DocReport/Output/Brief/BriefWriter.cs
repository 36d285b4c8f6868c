using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Brief;

/// <summary>Writes brief.pdf.</summary>
public sealed class BriefWriter : IDatasetWriter
{
    public string Format => "pdf";

    public void Write(ArticleDataset dataset, string folder) { }
}
