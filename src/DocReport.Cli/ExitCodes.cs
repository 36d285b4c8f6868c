namespace DocReport.Cli;

/// <summary>The design's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was written.</summary>
    public const int Success = 0;
    /// <summary>Some input failed reading or validation (the others were written), or a batch output could not be written.</summary>
    public const int SomeFailed = 1;
    /// <summary>Bad arguments or a bad template: nothing was attempted.</summary>
    public const int BadArguments = 2;
    /// <summary>Ctrl-C stopped the run (128 + SIGINT, as shells report it); what finished is complete, a re-run does the rest.</summary>
    public const int Interrupted = 130;
    /// <summary>SIGTERM stopped the run (128 + SIGTERM).</summary>
    public const int Terminated = 143;
}
