using System.Text;
using System.Text.Encodings.Web;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// Escapes only what JSON itself requires: quotes, backslashes, control characters and unpaired
/// surrogates. Every other character, emoji included, is written as real UTF-8.
/// </summary>
/// <remarks>
/// The built-in encoders escape every character outside the Basic Multilingual Plane, even
/// <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: an emoji (4 bytes) becomes 12, so a design
/// under the size limit could be written over it and never open again. Not escaping HTML-sensitive
/// characters is safe here because design JSON is only ever read by JSON parsers, never built into HTML.
/// </remarks>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    private MinimalJsonEncoder()
    {
    }

    /// <summary>The one instance; it is stateless and thread-safe.</summary>
    public static MinimalJsonEncoder Instance { get; } = new();

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => 6; // \uXXXX

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (WillEncode(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (var i = 0; i < utf8Text.Length;)
        {
            if (Rune.DecodeFromUtf8(utf8Text[i..], out var rune, out var length) != System.Buffers.OperationStatus.Done || WillEncode(rune.Value))
            {
                return i;
            }

            i += length;
        }

        return -1;
    }

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ when WillEncode(unicodeScalar) => $"\\u{unicodeScalar:X4}",
            _ => char.ConvertFromUtf32(unicodeScalar),
        };

        numberOfCharactersWritten = 0;
        if (escape.Length > bufferLength)
        {
            return false;
        }

        escape.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        numberOfCharactersWritten = escape.Length;
        return true;
    }

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\' || unicodeScalar is >= 0xD800 and <= 0xDFFF;
}
