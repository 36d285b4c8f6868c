using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Tables;
using DocReport.Pipeline;

namespace DocReport.Output.Workbook;

/// <summary>Writes dataset.xlsx: sheets Summary, Paragraphs, Sentences, Claims, Sources and Validation, each an Excel table.</summary>
public sealed class WorkbookWriter : IDatasetWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "dataset.xlsx";

    public string Format => OutputFormats.Xlsx;

    /// <summary>Writes <c>dataset.xlsx</c> into <paramref name="folder"/>, through a temporary file.</summary>
    public void Write(ArticleDataset dataset, string folder)
    {
        using var workbook = Build(dataset);
        WorkbookFile.Save(workbook, Path.Combine(folder, FileName), dataset.Document.Title);
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
