using AgentStudio.Playground;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AgentStudio.Components.Pages.Playground;

/// <summary>
/// The conversation: messages stream in as Markdown (sanitized), tool calls and handoffs as cards. Its browser half
/// (wwwroot/js/chat-scroll.js) keeps the newest message in view while it streams, unless the user scrolled up, and then
/// offers to jump to the latest.
/// </summary>
public sealed partial class ChatView : IAsyncDisposable
{
    // Cancelled when the view goes, so that an import still under way attaches nothing to a removed chat.
    private readonly CancellationTokenSource _lifetime = new();
    private ElementReference _chat;
    private ElementReference _jump;
    private IJSObjectReference? _follower;

    /// <summary>The chat entries.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<ChatEntry> Entries { get; set; } = [];

    /// <summary>First messages worth trying, offered while the chat is empty.</summary>
    [Parameter]
    public IReadOnlyList<string> Suggestions { get; set; } = [];

    /// <summary>A suggestion was picked (to put into the message field).</summary>
    [Parameter]
    public EventCallback<string> OnSuggestion { get; set; }

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var token = _lifetime.Token;
        try
        {
            await using var module = await JS.InvokeAsync<IJSObjectReference>("import", token, "./js/chat-scroll.js");
            _follower = await module.InvokeAsync<IJSObjectReference>("follow", token, _chat, _jump);
        }
        catch (Exception e) when (token.IsCancellationRequested && e is JSException or OperationCanceledException)
        {
            // The chat left the page while its browser half was being attached.
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        _lifetime.Dispose();
        try
        {
            if (_follower is not null)
            {
                await _follower.InvokeVoidAsync("dispose");
                await _follower.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone, and its observers with it.
        }
    }
}
