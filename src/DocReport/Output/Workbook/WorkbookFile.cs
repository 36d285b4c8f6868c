using ClosedXML.Excel;

namespace DocReport.Output.Workbook;

/// <summary>Sets a workbook's metadata and saves it through a temporary file.</summary>
internal static class WorkbookFile
{
    public static void Save(XLWorkbook workbook, string path, string title)
    {
        workbook.Properties.Title = CellText.Fit(title);
        workbook.Properties.Author = "DocReport";
        workbook.Properties.Subject = "DocReport dataset";
        workbook.Properties.Comments = "Start and End are UTF-16 code-unit offsets [start,end) into the article text kept in dataset.json.";
        AtomicFile.Write(path, workbook.SaveAs);
    }
}
