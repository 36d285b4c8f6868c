using ClosedXML.Excel;

namespace DocReport.Output.Workbook;

/// <summary>Sets a workbook's metadata and saves it to a stream, or to a file through a temporary file.</summary>
internal static class WorkbookFile
{
    public static void Save(XLWorkbook workbook, string path, string title) =>
        AtomicFile.Write(path, stream => Save(workbook, stream, title));

    public static void Save(XLWorkbook workbook, Stream output, string title)
    {
        workbook.Properties.Title = CellText.Fit(title);
        workbook.Properties.Author = "DocReport";
        workbook.Properties.Subject = "DocReport dataset";
        workbook.Properties.Comments = "start and end are UTF-16 code-unit offsets [start,end) into the article text kept in dataset.json.";
        workbook.SaveAs(output);
    }
}
