using AgentStudio.Storage;
using Microsoft.AspNetCore.Identity;

namespace AgentStudio.Security;

/// <summary>The local accounts (ASP.NET Core Identity in the app's SQLite database), shared by the web app and the <c>users</c> verb.</summary>
internal static class AccountStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds user and role managers over <see cref="AgentStudioDbContext"/>, with Identity's password rules
    /// (a digit, a lower-case and an upper-case letter, a symbol) and a minimum of 10 characters.
    /// </summary>
    public static IdentityBuilder AddAgentStudioAccountStore(this IServiceCollection services) =>
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AgentStudioDbContext>();
}
