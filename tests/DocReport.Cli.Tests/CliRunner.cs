namespace DocReport.Cli.Tests;

/// <summary>Runs the command line in-process with captured output, in a scratch folder deleted afterwards.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Folder = Path.Combine(Path.GetTempPath(), "docreport-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }
    /// <summary>What the command reads as standard input; empty unless a test sets it.</summary>
    public byte[] Stdin { get; set; } = [];
    /// <summary>Where the command hears of Ctrl-C and SIGTERM; by default the process's own signals.</summary>
    public Func<DocReport.Cli.Convert.SignalCancellation>? Signals { get; set; }
    /// <summary>Called with each line the command writes to standard output, as it writes it, before it goes on.</summary>
    public Action<string>? OnLine { get; set; }
    public string Stdout { get; private set; } = "";
    public string Stderr { get; private set; } = "";

    public string WriteInput(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public int Run(params string[] args)
    {
        var stdout = new WatchedWriter(OnLine);
        var stderr = new StringWriter();
        var code = DocReportCli.Run(args, new MemoryStream(Stdin), stdout, stderr, Signals);
        Stdout = stdout.ToString();
        Stderr = stderr.ToString();
        return code;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private sealed class WatchedWriter(Action<string>? onLine) : StringWriter
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            onLine?.Invoke(value ?? "");
        }
    }
}
