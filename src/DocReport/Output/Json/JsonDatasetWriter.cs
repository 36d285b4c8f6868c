using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DocReport.Model;

namespace DocReport.Output.Json;

/// <summary>Writes dataset.json: the whole dataset, deterministic to the byte.</summary>
public sealed class JsonDatasetWriter() : DatasetFileWriter(FileName)
{
    /// <summary>The file name written into an output folder.</summary>
    public const string FileName = "dataset.json";

    /// <inheritdoc />
    public override string Format => OutputFormats.Json;

    /// <summary>Writes the dataset as UTF-8 JSON without a byte-order mark, ending in a newline.</summary>
    /// <remarks>
    /// The bytes are those of the whole <see cref="DatasetDto"/> serialized at once, but written a record at a time: a long
    /// document's file (150 MB for 30,000 paragraphs) is never held whole, nor a copy of the dataset in its DTOs, nor the
    /// text escaped in one piece (the serializer escapes a string into a buffer of six times its length).
    /// </remarks>
    public override void Write(ArticleDataset dataset, Stream output)
    {
        var context = DatasetJsonContext.Configured;
        using (var json = new ChunkedJson(output, context.Options))
        {
            var writer = json.Writer;
            writer.WriteStartObject();
            writer.WriteNumber(Name(nameof(DatasetDto.SchemaVersion)), dataset.SchemaVersion);
            writer.WriteString(Name(nameof(DatasetDto.OffsetUnit)), DatasetJsonMapper.OffsetUnit);
            writer.WritePropertyName(Name(nameof(DatasetDto.Document)));
            JsonSerializer.Serialize(writer, DatasetJsonMapper.ToDto(dataset.Document), context.DocumentDto);
            writer.WritePropertyName(Name(nameof(DatasetDto.Text)));
            json.WriteLongString(dataset.Text);
            json.WriteArray(Name(nameof(DatasetDto.Paragraphs)), dataset.Paragraphs, DatasetJsonMapper.ToDto, context.ParagraphDto);
            json.WriteArray(Name(nameof(DatasetDto.Claims)), dataset.Claims, DatasetJsonMapper.ToDto, context.ClaimDto);
            json.WriteArray(Name(nameof(DatasetDto.Attributions)), dataset.Attributions, DatasetJsonMapper.ToDto, context.AttributionDto);
            json.WriteArray(Name(nameof(DatasetDto.Sources)), dataset.Sources, DatasetJsonMapper.ToDto, context.SourceDto);
            json.WriteArray(Name(nameof(DatasetDto.Validation)), dataset.Validation, DatasetJsonMapper.ToDto, context.ValidationDto);
            writer.WriteEndObject();
        }
        output.WriteByte((byte)'\n');

        string Name(string property) => context.Options.PropertyNamingPolicy?.ConvertName(property) ?? property;
    }

    /// <summary>A JSON writer over a buffer that is passed on to the stream whenever it holds a chunk's worth.</summary>
    private sealed class ChunkedJson : IDisposable
    {
        private const int ChunkBytes = 1 << 16;
        // Characters of a long string escaped at a time.
        private const int SegmentChars = 1 << 14;

        private readonly Stream output;
        private readonly ArrayBufferWriter<byte> buffer = new(ChunkBytes + (ChunkBytes >> 2));

        public ChunkedJson(Stream output, JsonSerializerOptions options)
        {
            this.output = output;
            // what the serializer itself writes with: the same indents, new lines and escaping
            Writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
            {
                Encoder = options.Encoder, Indented = options.WriteIndented, IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize, NewLine = options.NewLine,
            });
        }

        public Utf8JsonWriter Writer { get; }

        public void WriteArray<T, TDto>(string name, IEnumerable<T> items, Func<T, TDto> toDto, JsonTypeInfo<TDto> type)
        {
            Writer.WriteStartArray(name);
            foreach (var item in items)
            {
                JsonSerializer.Serialize(Writer, toDto(item), type);
                PassOn(ChunkBytes);
            }
            Writer.WriteEndArray();
        }

        /// <summary>A string value as <see cref="Utf8JsonWriter.WriteStringValue(string)"/> writes it, escaped a segment at a time.</summary>
        public void WriteLongString(string text)
        {
            if (text.Length <= SegmentChars)
            {
                Writer.WriteStringValue(text);
                return;
            }
            for (var start = 0; start < text.Length;)
            {
                var end = Math.Min(start + SegmentChars, text.Length);
                // a segment never ends between the halves of a surrogate pair, so each is escaped as the whole string would be
                if (end < text.Length && char.IsHighSurrogate(text[end - 1])) end--;
                Writer.WriteStringValueSegment(text.AsSpan(start, end - start), isFinalSegment: end == text.Length);
                PassOn(ChunkBytes);
                start = end;
            }
        }

        private void PassOn(int atLeast)
        {
            Writer.Flush();
            if (buffer.WrittenCount < atLeast) return;
            output.Write(buffer.WrittenSpan);
            buffer.ResetWrittenCount();
        }

        public void Dispose()
        {
            PassOn(0);
            Writer.Dispose();
        }
    }
}
