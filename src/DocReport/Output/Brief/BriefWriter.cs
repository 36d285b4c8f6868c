using DocReport.Model;

namespace DocReport.Output.Brief;

/// <summary>Writes brief.pdf: the dataset laid out by a <see cref="BriefTemplate"/>.</summary>
public sealed class BriefWriter(BriefTemplate template) : DatasetFileWriter(FileName)
{
    /// <summary>The file name written into an output folder.</summary>
    public const string FileName = "brief.pdf";

    /// <inheritdoc />
    public override string Format => OutputFormats.Pdf;

    /// <summary>Lays the brief out and writes it as PDF.</summary>
    /// <exception cref="Layout.LayoutException">The content cannot be laid out, or no usable font is installed.</exception>
    public override void Write(ArticleDataset dataset, Stream output) =>
        BriefDocument.Compose(dataset, template).GeneratePdf(output);
}
