using System.Text;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Reading;

namespace DocReport.Tests.Reading;

/// <summary>Runs the format-detecting reader on fixtures held in memory.</summary>
internal static class Reader
{
    public static StageResult<RawDocument> Read(string name, byte[] bytes) => new FormatDetectingReader().Read(new SourceFile(name, bytes));

    public static StageResult<RawDocument> Read(string name, string text) => Read(name, Encoding.UTF8.GetBytes(text));

    /// <summary>Reads a fixture that must succeed and returns the document.</summary>
    public static RawDocument ReadOk(string name, byte[] bytes)
    {
        var result = Read(name, bytes);
        Assert.True(result.Succeeded, result.Error);
        return result.Value!;
    }

    public static RawDocument ReadOk(string name, string text) => ReadOk(name, Encoding.UTF8.GetBytes(text));

    public static string[] Texts(RawDocument document) => document.Blocks.Select(b => b.Text).ToArray();
}
