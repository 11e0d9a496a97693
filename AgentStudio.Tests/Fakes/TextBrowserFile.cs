using System.Text;
using Microsoft.AspNetCore.Components.Forms;

namespace AgentStudio.Tests.Fakes;

/// <summary>A browser file with given content, for driving an <see cref="InputFile"/> without a browser.</summary>
internal sealed class TextBrowserFile(string name, byte[] content) : IBrowserFile
{
    public TextBrowserFile(string name, string text)
        : this(name, Encoding.UTF8.GetBytes(text))
    {
    }

    public string Name => name;

    public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

    public long Size => content.Length;

    public string ContentType => "application/json";

    public Stream OpenReadStream(long maxAllowedSize = 512000, CancellationToken cancellationToken = default) =>
        Size > maxAllowedSize
            ? throw new IOException($"{name} is larger than {maxAllowedSize} bytes.")
            : new MemoryStream(content, writable: false);
}
