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
    private int taken;

    public SignalCancellation() =>
        registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    public CancellationToken Token => source.Token;

    /// <summary>The signal that cancelled the run, if one did.</summary>
    public PosixSignal? Received { get; private set; }

    private void Handle(PosixSignalContext context) => context.Cancel = Receive(context.Signal);

    /// <summary>Takes <paramref name="signal"/> as the one that stops the run, unless one already did (then false: a second
    /// Ctrl-C is left to end the process). The OS handler calls it, each signal on its own thread, so two signals at once
    /// cannot both be taken; a test can call it too, at a chosen moment.</summary>
    internal bool Receive(PosixSignal signal)
    {
        if (Interlocked.Exchange(ref taken, 1) == 1) return false;
        Received = signal;
        source.Cancel();
        return true;
    }

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        source.Dispose();
    }
}
