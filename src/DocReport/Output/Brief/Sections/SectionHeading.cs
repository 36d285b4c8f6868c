using DocReport.Layout;

namespace DocReport.Output.Brief.Sections;

/// <summary>The title line every section starts with: accent text over a thin rule.</summary>
internal static class SectionHeading
{
    public static void Compose(ColumnDescriptor column, string title, BriefStyles styles) =>
        column.Item().BorderBottom(0.75f, styles.Colors.Rule).PaddingBottom(3).Text(title).Style(styles.Heading);
}
