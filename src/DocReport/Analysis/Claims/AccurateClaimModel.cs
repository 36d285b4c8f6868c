using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Finds the optional accurate claim model: the DocReport.Claims.Accurate assembly, referenced by the application or
/// published into a folder (<c>dotnet publish src/DocReport.Claims.Accurate -o DIR</c>). Its assembly is loaded once per
/// process; the model itself is shared by the pipelines that use it and disposed when the last of them is.
/// </summary>
public static class AccurateClaimModel
{
    /// <summary>The name of the assembly that implements <see cref="IEmbeddingClaimModel"/>.</summary>
    public const string AssemblyName = "DocReport.Claims.Accurate";

    private static readonly ConcurrentDictionary<string, Lazy<(Type? Type, string? Error)>> Found = new();
    private static readonly Dictionary<string, Shared> InUse = [];

    /// <summary>Null when the model loads from <paramref name="folder"/> (or, when null, from the application); otherwise the reason it does not.</summary>
    public static string? Unavailable(string? folder) => Find(folder).Error;

    /// <summary>The embedder and its parsed weights, made once and kept for the rest of the process; a caller checks <see cref="Unavailable"/> first.</summary>
    internal static (IEmbeddingClaimModel Embedder, ClaimModel Model) Load(string? folder)
    {
        lock (InUse)
        {
            var shared = SharedFor(folder);
            shared.Kept = true;
            return (shared.Embedder, shared.Model);
        }
    }

    /// <summary>
    /// The embedder and its weights for as long as the lease is held: the model is shared by every holder (and by
    /// <see cref="Load"/>'s callers), and disposed, with its ONNX session, when the last holder lets it go.
    /// </summary>
    internal static ModelLease Lease(string? folder)
    {
        lock (InUse)
        {
            var shared = SharedFor(folder);
            shared.Holders++;
            return new ModelLease(folder ?? "", shared.Embedder, shared.Model);
        }
    }

    private static void Release(string key)
    {
        lock (InUse)
        {
            var shared = InUse[key];
            if (--shared.Holders > 0 || shared.Kept) return;
            InUse.Remove(key);
            (shared.Embedder as IDisposable)?.Dispose();
        }
    }

    private static Shared SharedFor(string? folder)
    {
        var key = folder ?? "";
        if (InUse.TryGetValue(key, out var shared)) return shared;
        var type = Find(folder).Type ?? throw new InvalidOperationException(Find(folder).Error);
        var embedder = (IEmbeddingClaimModel)Activator.CreateInstance(type)!;
        return InUse[key] = new Shared(embedder, ClaimModel.Parse(embedder.Weights));
    }

    private static (Type? Type, string? Error) Find(string? folder) =>
        Found.GetOrAdd(folder ?? "", key => new Lazy<(Type?, string?)>(() => Create(key.Length == 0 ? null : key))).Value;

    private sealed class Shared(IEmbeddingClaimModel embedder, ClaimModel model)
    {
        public IEmbeddingClaimModel Embedder { get; } = embedder;
        public ClaimModel Model { get; } = model;
        public int Holders { get; set; }
        // Taken by Load, whose callers never let go.
        public bool Kept { get; set; }
    }

    /// <summary>A hold on the shared accurate model; disposing it lets the model go.</summary>
    internal sealed class ModelLease(string key, IEmbeddingClaimModel embedder, ClaimModel model) : IDisposable
    {
        private int released;

        public IEmbeddingClaimModel Embedder { get; } = embedder;
        public ClaimModel Model { get; } = model;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) Release(key);
        }
    }

    private static (Type? Type, string? Error) Create(string? folder)
    {
        var path = folder is null ? null : Path.Combine(Path.GetFullPath(folder), AssemblyName + ".dll");
        if (path is not null && !File.Exists(path))
            return (null, $"the accurate claim model is not in '{folder}': publish it there with 'dotnet publish src/DocReport.Claims.Accurate -c Release -o {folder}'");
        try
        {
            var assembly = path is null ? Assembly.Load(AssemblyName) : new PluginContext(path).LoadFromAssemblyPath(path);
            var type = assembly.GetExportedTypes().FirstOrDefault(t => typeof(IEmbeddingClaimModel).IsAssignableFrom(t) && !t.IsAbstract);
            return type is null ? (null, $"{AssemblyName} has no {nameof(IEmbeddingClaimModel)}") : (type, null);
        }
        catch (FileNotFoundException)
        {
            return (null, $"the accurate claim model is an optional package: reference {AssemblyName}, or publish it into a folder and name that folder");
        }
    }

    // The plugin's own dependencies (the ONNX runtime and its native library) come from its folder; DocReport itself is shared.
    private sealed class PluginContext(string path) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver resolver = new(path);

        protected override Assembly? Load(AssemblyName name) =>
            name.Name == typeof(AccurateClaimModel).Assembly.GetName().Name ? null : resolver.ResolveAssemblyToPath(name) is { } found ? LoadFromAssemblyPath(found) : null;

        protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
            resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } found ? LoadUnmanagedDllFromPath(found) : IntPtr.Zero;
    }
}
