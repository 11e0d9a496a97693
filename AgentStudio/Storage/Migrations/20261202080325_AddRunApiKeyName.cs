using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentStudio.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddRunApiKeyName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApiKeyName",
                table: "Runs",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApiKeyName",
                table: "Runs");
        }
    }
}
