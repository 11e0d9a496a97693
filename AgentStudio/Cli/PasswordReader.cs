using System.Text;

namespace AgentStudio.Cli;

/// <summary>Reads a password for a verb: a hidden prompt at a terminal, otherwise the first line of standard input.</summary>
internal static class PasswordReader
{
    /// <summary>
    /// Reads the password. <paramref name="fromStandardInput"/> (<c>--password-stdin</c>), redirected input, or an
    /// input that is not the console (tests) read one line; a terminal is prompted twice without echo.
    /// </summary>
    /// <returns>The password, or null when none was given or the two entries differ.</returns>
    public static async Task<string?> ReadAsync(TextReader input, TextWriter output, TextWriter error, bool fromStandardInput, CancellationToken cancellationToken)
    {
        if (fromStandardInput || !ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return await input.ReadLineAsync(cancellationToken);
        }

        await output.WriteAsync("Password: ");
        var first = ReadHidden();
        await output.WriteAsync("Repeat password: ");
        var second = ReadHidden();
        if (first != second)
        {
            await error.WriteLineAsync("error: the passwords differ.");
            return null;
        }

        return first;
    }

    private static string ReadHidden()
    {
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
