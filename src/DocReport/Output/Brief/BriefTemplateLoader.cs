using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DocReport.Pipeline;

namespace DocReport.Output.Brief;

/// <summary>Loads a brief template by built-in name (default, compact) or by path, and validates it.</summary>
public static class BriefTemplateLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The built-in template names.</summary>
    public static IReadOnlyList<string> BuiltIn { get; } = ["default", "compact"];

    /// <summary>Null or "default" gives the default template, "compact" the compact one; anything else is a path to a JSON file.</summary>
    public static StageResult<BriefTemplate> Load(string? nameOrPath)
    {
        var name = nameOrPath ?? "default";
        if (BuiltIn.Contains(name)) return Parse(ReadBuiltIn(name), name);
        if (!File.Exists(name))
            return StageResult<BriefTemplate>.Failure($"template '{name}' not found: give {string.Join(" or ", BuiltIn)}, or the path of a .json file");
        try
        {
            return Parse(File.ReadAllText(name), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StageResult<BriefTemplate>.Failure($"template '{name}': cannot read file: {e.Message}");
        }
    }

    /// <summary>Parses and validates template JSON; <paramref name="origin"/> names it in errors.</summary>
    public static StageResult<BriefTemplate> Parse(string json, string origin)
    {
        BriefTemplate? template;
        try
        {
            template = JsonSerializer.Deserialize<BriefTemplate>(json, Json);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : " " + e.Path.TrimStart('$', '.');
            return StageResult<BriefTemplate>.Failure($"template{field}: {FirstSentence(e.Message)} (in {origin})");
        }
        if (template is null) return StageResult<BriefTemplate>.Failure($"template: the file is empty (in {origin})");
        var result = new BriefTemplateValidator().Validate(template);
        if (result.IsValid) return StageResult<BriefTemplate>.Success(template);
        return StageResult<BriefTemplate>.Failure(string.Join("; ", result.Errors.Select(e => $"template {JsonPath(e.PropertyName)}: {e.ErrorMessage}")));
    }

    private static string ReadBuiltIn(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DocReport.Templates.brief.{name}.json")
            ?? throw new InvalidOperationException($"Built-in template '{name}' is not embedded: check the EmbeddedResource for templates/*.json in DocReport.csproj.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>"Margins.Left" becomes "margins.left", "Sections[2].Type" becomes "sections[2].type", as written in the JSON.</summary>
    private static string JsonPath(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static string FirstSentence(string message) => message.Split(". Path:")[0].Split(" Path:")[0].TrimEnd('.');
}
