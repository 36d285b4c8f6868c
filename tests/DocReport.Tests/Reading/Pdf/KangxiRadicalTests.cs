using System.Text;
using DocReport.Layout;
using DocReport.Pipeline;

namespace DocReport.Tests.Reading.Pdf;

/// <summary>A CJK PDF whose writer maps ideographs' glyphs back to Kangxi radicals (DocReport's own brief does) reads as ideographs.</summary>
public class KangxiRadicalTests
{
    [Fact]
    public void A_japanese_brief_read_back_gives_ideographs_not_radicals()
    {
        const string title = "港のフェリー運賃、五月に値上げ";
        const string body = "市議会は月曜日、五月からフェリーの運賃を一割引き上げると発表した。";
        if (!(title + body).EnumerateRunes().All(r => InstalledFonts.Covers(r.Value))) return;
        using var folder = new Output.TempFolder();
        var html = $"<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article></body></html>";
        var pipeline = new PipelineBuilder().Build();
        pipeline.Write(pipeline.Convert(new SourceFile("ferry.html", Encoding.UTF8.GetBytes(html))).Dataset!, folder.Path, ["pdf"]);

        var read = pipeline.Convert(folder.File("brief.pdf"));

        Assert.True(read.Succeeded, read.Error);
        Assert.Contains("月曜日", read.Dataset!.Text);
        Assert.DoesNotContain(read.Dataset.Text, c => c is >= '\u2F00' and <= '\u2FD5');
    }
}
