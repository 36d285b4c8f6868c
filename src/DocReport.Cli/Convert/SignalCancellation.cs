using System.Runtime.InteropServices;

namespace DocReport.Cli.Convert;

/// <summary>
/// Turns the first Ctrl-C (SIGINT) or SIGTERM into a cancellation, so a batch stops taking documents, finishes the
/// ones being written, removes its temporary files and prints its summary. A second Ctrl-C ends the process at once.
/// </summary>
internal sealed class SignalCancellation : IDisposable
{
    private readonly CancellationTokenSource source = new();
    private readonly PosixSignalRegistration[] registrations;

    public SignalCancellation() =>
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    public CancellationToken Token => source.Token;

    /// <summary>The signal that cancelled the run, if one did.</summary>
    public PosixSignal? Received { get; private set; }

    private void Handle(PosixSignalContext context)
    {
        if (source.IsCancellationRequested) return;
        Received = context.Signal;
        context.Cancel = true;
        source.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        source.Dispose();
    }
}
