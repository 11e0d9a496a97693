using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Components.Forms;

namespace AgentStudio.Designs;

/// <summary>What an imported file would become: its design when it loads, and every problem found.</summary>
/// <param name="FileName">The file's name, for messages and the revision's reason.</param>
/// <param name="Design">The design, or null when the file does not load.</param>
/// <param name="Problems">Loading problems, or (when it loads) loading warnings and validation problems; at most <see cref="DesignProblemLimits.DefaultPerCode"/> of each code, then a count of the rest.</param>
public sealed record ImportPreview(string FileName, DesignDocument? Design, IReadOnlyList<DesignProblem> Problems)
{
    /// <summary>The file loaded; it can be saved (perhaps after the user accepts validation errors).</summary>
    public bool Loaded => Design is not null;

    /// <summary>The design loaded but has validation errors: saving needs the user's explicit consent.</summary>
    public bool HasErrors => Problems.Any(p => p.IsError);
}

/// <summary>
/// Imports <c>.agentstudio.json</c> files: a file that does not load is never saved; one that loads but
/// has validation errors is saved only when the user says so (work in progress is legitimate).
/// </summary>
public sealed class DesignImporter(IDesignStore store)
{
    /// <summary>The largest file the import accepts.</summary>
    public const long MaxFileBytes = DesignSerializer.MaxFileBytes;

    /// <summary>Reads and checks a file's text without saving anything.</summary>
    public static ImportPreview Preview(string fileName, string text) => Preview(fileName, DesignSerializer.Load(text));

    /// <summary>
    /// Checks a loaded file without saving anything; the list is for reading: a few of each kind of problem, and how
    /// many more there are.
    /// </summary>
    public static ImportPreview Preview(string fileName, DesignLoadResult loaded)
    {
        if (!loaded.Succeeded || loaded.Design is null)
        {
            return new ImportPreview(fileName, null, DesignProblemLimits.Cap(loaded.Problems));
        }

        return new ImportPreview(fileName, loaded.Design, DesignProblemLimits.Cap([.. loaded.Problems, .. DesignValidator.Validate(loaded.Design)]));
    }

    /// <summary>
    /// Reads and checks a file the user picked in the browser; a file over the size limit is a problem, not read.
    /// Its bytes go to <see cref="DesignSerializer.LoadAsync"/> as they are, so the browser gets the same answer as the command line.
    /// </summary>
    public static async Task<ImportPreview> PreviewAsync(IBrowserFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Size > MaxFileBytes)
        {
            return new ImportPreview(file.Name, null,
            [
                new(ProblemCodes.FileTooLarge, ProblemSeverity.Error,
                    $"{file.Name} is {file.Size / 1024 / 1024.0:0.#} MiB; design files may be at most {MaxFileBytes / 1024 / 1024} MiB.", "$"),
            ]);
        }

        await using var stream = file.OpenReadStream(MaxFileBytes, cancellationToken);
        return Preview(file.Name, await DesignSerializer.LoadAsync(stream, cancellationToken));
    }

    /// <summary>Saves a loaded preview as a new design.</summary>
    /// <exception cref="InvalidOperationException">The preview did not load.</exception>
    public Task<StoredDesign> SaveAsync(ImportPreview preview, CancellationToken cancellationToken = default)
    {
        var design = preview.Design ?? throw new InvalidOperationException($"{preview.FileName} did not load, so there is nothing to import.");
        return store.CreateAsync(design, $"Imported from {preview.FileName}", cancellationToken);
    }
}
