using MudBlazor;

namespace AgentStudio.Components.Shared;

/// <summary>Asks before a change that cannot be undone.</summary>
internal static class Confirmation
{
    /// <summary>
    /// Shows <paramref name="message"/> with a <paramref name="confirm"/> button and Cancel; true only when the user
    /// pressed <paramref name="confirm"/> (Cancel, Escape or a click outside mean no).
    /// </summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, string title, string message, string confirm) =>
        await dialogs.ShowMessageBoxAsync(title, message, yesText: confirm, cancelText: "Cancel") == true;
}
