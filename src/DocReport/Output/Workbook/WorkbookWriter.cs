using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>Writes dataset.xlsx: sheets Summary, Paragraphs, Sentences, Claims, Sources and Validation, each an Excel table.</summary>
public sealed class WorkbookWriter : DatasetFileWriter
{
    /// <inheritdoc />
    public override string Format => OutputFormats.Xlsx;

    /// <summary><c>dataset.xlsx</c>.</summary>
    public override string FileName => "dataset.xlsx";

    /// <summary>Writes the workbook, its title set to the article's.</summary>
    public override void Write(ArticleDataset dataset, Stream output)
    {
        using var workbook = Build(dataset);
        WorkbookFile.Save(workbook, output, dataset.Document.Title);
    }

    internal static XLWorkbook Build(ArticleDataset dataset)
    {
        DatasetTable[] tables =
        [
            DatasetTables.Paragraphs(dataset), DatasetTables.Sentences(dataset),
            DatasetTables.Claims(dataset), DatasetTables.Sources(dataset),
        ];
        var issues = dataset.Validation.Concat(CellLimitNotes.Find(tables)).ToList();
        var workbook = new XLWorkbook();
        SheetWriter.Write(workbook, SummaryTable.Create(dataset, issues));
        foreach (var table in tables)
            SheetWriter.Write(workbook, table);
        SheetWriter.Write(workbook, DatasetTables.Validation(issues));
        return workbook;
    }
}
