using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace DocReport.Analysis.Claims;

/// <summary>
/// Finds the optional accurate claim model: the DocReport.Claims.Accurate assembly, referenced by the application or
/// published into a folder (<c>dotnet publish src/DocReport.Claims.Accurate -o DIR</c>). It is loaded once per process.
/// </summary>
public static class AccurateClaimModel
{
    /// <summary>The name of the assembly that implements <see cref="IEmbeddingClaimModel"/>.</summary>
    public const string AssemblyName = "DocReport.Claims.Accurate";

    private static readonly ConcurrentDictionary<string, Lazy<(IEmbeddingClaimModel? Model, string? Error)>> Loaded = new();
    private static readonly ConditionalWeakTable<IEmbeddingClaimModel, ClaimModel> Weights = [];

    /// <summary>Null when the model loads from <paramref name="folder"/> (or, when null, from the application); otherwise the reason it does not.</summary>
    public static string? Unavailable(string? folder) => Find(folder).Error;

    /// <summary>The embedder and its parsed weights, each made once per process; a caller checks <see cref="Unavailable"/> first.</summary>
    internal static (IEmbeddingClaimModel Embedder, ClaimModel Model) Load(string? folder)
    {
        var embedder = Find(folder).Model ?? throw new InvalidOperationException(Find(folder).Error);
        return (embedder, Weights.GetValue(embedder, e => ClaimModel.Parse(e.Weights)));
    }

    private static (IEmbeddingClaimModel? Model, string? Error) Find(string? folder) =>
        Loaded.GetOrAdd(folder ?? "", key => new Lazy<(IEmbeddingClaimModel?, string?)>(() => Create(key.Length == 0 ? null : key))).Value;

    private static (IEmbeddingClaimModel? Model, string? Error) Create(string? folder)
    {
        var path = folder is null ? null : Path.Combine(Path.GetFullPath(folder), AssemblyName + ".dll");
        if (path is not null && !File.Exists(path))
            return (null, $"the accurate claim model is not in '{folder}': publish it there with 'dotnet publish src/DocReport.Claims.Accurate -c Release -o {folder}'");
        try
        {
            var assembly = path is null ? Assembly.Load(AssemblyName) : new PluginContext(path).LoadFromAssemblyPath(path);
            var type = assembly.GetExportedTypes().FirstOrDefault(t => typeof(IEmbeddingClaimModel).IsAssignableFrom(t) && !t.IsAbstract);
            return type is null ? (null, $"{AssemblyName} has no {nameof(IEmbeddingClaimModel)}") : ((IEmbeddingClaimModel)Activator.CreateInstance(type)!, null);
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
