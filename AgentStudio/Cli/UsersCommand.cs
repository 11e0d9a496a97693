using System.CommandLine;
using AgentStudio.Security;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AgentStudio.Cli;

/// <summary>
/// <c>users add &lt;email&gt; [--admin] [--password-stdin]</c> and <c>users list</c>: the local accounts people
/// sign in with when the app listens beyond this machine. Exit codes: 0 done, 2 refused (weak password,
/// existing account, bad email or usage).
/// </summary>
internal static class UsersCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error, Func<DirectoryInfo?, IConfiguration> configuration)
    {
        var email = new Argument<string>("email") { Description = "The account's email, which is also its sign-in name." };
        var admin = new Option<bool>("--admin") { Description = $"Make the account an administrator (role {SecurityPolicies.AdministratorRole}): it may change settings." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input, without a prompt." };
        var addDataFolder = CliHost.DataFolderOption();
        var add = new Command("add", "Create an account; the password is read from standard input (a hidden prompt at a terminal).") { email, admin, passwordStdin, addDataFolder };
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var password = await PasswordReader.ReadAsync(input, output, error, parseResult.GetValue(passwordStdin), cancellationToken);
            await using var accounts = await OpenAsync(configuration(parseResult.GetValue(addDataFolder)), cancellationToken);
            return await AddAsync(accounts.Services, parseResult.GetRequiredValue(email), password, parseResult.GetValue(admin), output, error);
        });

        var listDataFolder = CliHost.DataFolderOption();
        var list = new Command("list", "List the accounts and whether each is an administrator.") { listDataFolder };
        list.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var accounts = await OpenAsync(configuration(parseResult.GetValue(listDataFolder)), cancellationToken);
            return await ListAsync(accounts.Services, output, cancellationToken);
        });

        return new Command("users", "Manage the local accounts: exit 0 done, 2 refused.") { add, list };
    }

    private static async Task<int> AddAsync(IServiceProvider services, string email, string? password, bool admin, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("error: no password was given on standard input.");
            return CliApp.InvalidInput;
        }

        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await error.WriteLineAsync($"error: {email} was not added:");
            foreach (var problem in created.Errors)
            {
                await error.WriteLineAsync($"  {problem.Description}");
            }

            return CliApp.InvalidInput;
        }

        if (admin)
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(SecurityPolicies.AdministratorRole))
            {
                await roles.CreateAsync(new IdentityRole(SecurityPolicies.AdministratorRole));
            }

            await users.AddToRoleAsync(user, SecurityPolicies.AdministratorRole);
        }

        await output.WriteLineAsync($"Added {user.Email}{(admin ? " (administrator)" : "")}.");
        return CliApp.Success;
    }

    private static async Task<int> ListAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var users = services.GetRequiredService<UserManager<IdentityUser>>();
        var administrators = (await users.GetUsersInRoleAsync(SecurityPolicies.AdministratorRole)).Select(u => u.Id).ToHashSet();
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken);
        foreach (var user in all)
        {
            await output.WriteLineAsync($"{user.Email}{(administrators.Contains(user.Id) ? "  administrator" : "")}");
        }

        await output.WriteLineAsync($"{all.Count} account(s).");
        return CliApp.Success;
    }

    // The same database and rules as the web app; the database is created or migrated first, so the first
    // administrator can be added before the app has ever run.
    private static async Task<AccountServices> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var provider = await CliStorage.OpenAsync(configuration, services => services.AddAgentStudioAccountStore(), cancellationToken);
        return new AccountServices(provider, provider.CreateAsyncScope());
    }

    /// <summary>The account services of one verb, in a scope like a web request's; disposing releases the database.</summary>
    private sealed class AccountServices(ServiceProvider provider, AsyncServiceScope scope) : IAsyncDisposable
    {
        public IServiceProvider Services => scope.ServiceProvider;

        public async ValueTask DisposeAsync()
        {
            await scope.DisposeAsync();
            await provider.DisposeAsync();
        }
    }
}
