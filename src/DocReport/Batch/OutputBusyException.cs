namespace DocReport.Batch;

/// <summary>Another run of the same share holds the output folder's lock; the message names the folder and the lock file.</summary>
public sealed class OutputBusyException(string message) : IOException(message);
