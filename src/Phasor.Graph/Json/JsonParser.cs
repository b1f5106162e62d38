using System.Text;
using System.Text.Json;

namespace Phasor.Graph.Json;

/// <summary>
/// Reads JSON into <see cref="JsonValue"/> trees with byte offsets, using Utf8JsonReader.
/// Comments and trailing commas are allowed: patches are written by hand.
/// </summary>
public static class JsonParser
{
    private const int MaxDepth = 64;

    /// <summary>Parses UTF-8 text; on a syntax error returns null and the error's message and byte offset.</summary>
    public static JsonValue? Parse(ReadOnlySpan<byte> utf8, out string? error, out long errorOffset, out int errorLine, out int errorByteInLine)
    {
        error = null;
        errorOffset = 0;
        errorLine = 0;
        errorByteInLine = 0;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = MaxDepth,
        });
        try
        {
            if (!reader.Read())
            {
                error = "the file is empty";
                return null;
            }

            var value = ReadValue(ref reader);
            if (reader.Read())
            {
                error = "unexpected text after the end of the patch";
                errorOffset = reader.TokenStartIndex;
                return null;
            }

            return value;
        }
        catch (JsonException e)
        {
            error = Clean(e.Message);
            errorLine = (int)(e.LineNumber ?? 0);
            errorByteInLine = (int)(e.BytePositionInLine ?? 0);
            errorOffset = -1;
            return null;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader accepts escapes such as "\uD800" that decode to no valid text.
            error = "a string holds an escape that is not valid text (a lone UTF-16 surrogate)";
            errorOffset = reader.TokenStartIndex;
            return null;
        }
    }

    private static JsonValue ReadValue(ref Utf8JsonReader reader)
    {
        var offset = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var members = new List<JsonMember>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString() ?? "";
                    var nameOffset = reader.TokenStartIndex;
                    reader.Read();
                    members.Add(new JsonMember(name, nameOffset, ReadValue(ref reader)));
                }

                return JsonValue.Object(offset, members);
            case JsonTokenType.StartArray:
                var items = new List<JsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader));
                }

                return JsonValue.Array(offset, items);
            case JsonTokenType.String:
                return JsonValue.String(offset, reader.GetString() ?? "");
            case JsonTokenType.Number:
                return JsonValue.Num(offset, reader.GetDouble());
            case JsonTokenType.True:
                return JsonValue.Bool(offset, true);
            case JsonTokenType.False:
                return JsonValue.Bool(offset, false);
            default:
                return JsonValue.Null(offset);
        }
    }

    // System.Text.Json appends its own position ("LineNumber: 3 | BytePositionInLine: 7."); we print ours.
    private static string Clean(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        return text.TrimEnd('.', ' ');
    }

    /// <summary>1-based line and column (in characters) of a byte offset in UTF-8 text.</summary>
    public static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, long offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = (int)Math.Min(offset, utf8.Length);
        for (var i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, CharCount(utf8, lineStart, end) + 1);
    }

    /// <summary>Characters (not bytes) in <c>utf8[start..end]</c>.</summary>
    public static int CharCount(ReadOnlySpan<byte> utf8, int start, int end) =>
        Encoding.UTF8.GetCharCount(utf8[start..Math.Min(end, utf8.Length)]);
}
