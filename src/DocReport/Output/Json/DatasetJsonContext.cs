using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocReport.Output.Json;

/// <summary>Source-generated serialization of dataset.json.</summary>
[JsonSerializable(typeof(DatasetDto))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext
{
    /// <summary>camelCase, two-space indents and "\n" on every platform; non-ASCII text kept readable.</summary>
    public static DatasetJsonContext Configured { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });
}
