using System.Diagnostics;
using DocReport.Pipeline;

namespace DocReport.Tests.Pipeline;

public class InputLoaderTests
{
    [Fact]
    public void Missing_file_is_a_failure_naming_the_reason()
    {
        var result = new PipelineBuilder().Build().Convert(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"));
        Assert.False(result.Succeeded);
        Assert.Equal("file not found", result.Error);
    }

    [Fact]
    public void Empty_file_is_a_failure_naming_the_reason()
    {
        var path = Path.GetTempFileName();
        try
        {
            var result = new PipelineBuilder().Build().Convert(path);
            Assert.Equal("file is empty", result.Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Oversized_file_is_refused()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('a', 2048));
            var pipeline = new PipelineBuilder().UseOptions(new PipelineOptions { MaxInputBytes = 1024 }).Build();
            Assert.StartsWith("file is", pipeline.Convert(path).Error);
            Assert.Contains("over the limit", pipeline.Convert(path).Error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_named_pipe_is_refused_as_one_without_waiting_for_a_writer()
    {
        if (OperatingSystem.IsWindows()) return; // Windows has no named pipes in its file system
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt");
        using (var mkfifo = Process.Start("mkfifo", path)) mkfifo.WaitForExit();
        try
        {
            var error = new PipelineBuilder().Build().Convert(path).Error;
            Assert.StartsWith("a named pipe, not a file", error);
            Assert.EndsWith($"docreport convert - < {path}", error);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_device_is_refused_as_one_rather_than_as_an_empty_file()
    {
        if (OperatingSystem.IsWindows()) return; // no /dev
        Assert.Equal("a device, not a file", new PipelineBuilder().Build().Convert("/dev/null").Error);
    }
}
