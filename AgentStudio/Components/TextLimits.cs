namespace AgentStudio.Components;

/// <summary>
/// How much text a field or a chat message may hold, and the circuit's message size that lets it through.
/// </summary>
/// <remarks>
/// Fields send their whole text to the server in one SignalR message. SignalR's default limit (32 KB) drops the
/// connection on anything larger, so a long text was silently lost; the limit is raised for a design file's worth of
/// text (<see cref="Core.Serialization.DesignSerializer.MaxFileBytes"/>), and the fields refuse more, in the browser,
/// with a message. SignalR buffers a message only while it arrives, so the cost is memory per large message, not per
/// circuit.
/// </remarks>
public static class TextLimits
{
    /// <summary>The most characters a text field or chat message holds: a design file's worth (5 MiB).</summary>
    public const int MaxTextLength = (int)Core.Serialization.DesignSerializer.MaxFileBytes;

    /// <summary>
    /// The largest message the circuit accepts: a field at <see cref="MaxTextLength"/> fits even when every character
    /// is escaped twice over (<c>\\u0001</c>, 7 bytes), with room for the message around it.
    /// </summary>
    public const long MaxReceiveMessageSize = MaxTextLength * 8L;

    /// <summary>What a field says when it is full, instead of cutting text off silently.</summary>
    public static string LimitReached => $"Limit reached: a field holds at most {MaxTextLength:N0} characters; the rest was not taken.";

    /// <summary>Whether <paramref name="text"/> fills its field, so that the field should say so.</summary>
    public static bool IsFull(string? text) => text is not null && text.Length >= MaxTextLength;

    /// <summary>Lets a field's (or a chat message's) text reach the server in one message up to <see cref="MaxTextLength"/>.</summary>
    public static IServerSideBlazorBuilder AddLargeTextMessages(this IServerSideBlazorBuilder builder) =>
        builder.AddHubOptions(options => options.MaximumReceiveMessageSize = MaxReceiveMessageSize);
}
