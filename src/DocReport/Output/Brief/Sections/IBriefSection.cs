using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>One section of the brief, composed into a column item.</summary>
internal interface IBriefSection
{
    void Compose(IContainer container, BriefContent content);
}
