using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AgentStudio.Storage.Migrations
{
    /// <inheritdoc />
    /// <remarks>
    /// Written by hand in the form <c>dotnet ef migrations add</c> gives. The slugs of designs already stored are left
    /// empty here (SQL alone cannot make a slug from a name): start-up fills them (<c>DesignSlugBackfill</c>).
    /// </remarks>
    public partial class AddPublishing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PublishedAt",
                table: "Designs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedDescription",
                table: "Designs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublishedName",
                table: "Designs",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedRevision",
                table: "Designs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "Designs",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Designs_Slug",
                table: "Designs",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Designs_Slug",
                table: "Designs");

            migrationBuilder.DropColumn(
                name: "PublishedAt",
                table: "Designs");

            migrationBuilder.DropColumn(
                name: "PublishedDescription",
                table: "Designs");

            migrationBuilder.DropColumn(
                name: "PublishedName",
                table: "Designs");

            migrationBuilder.DropColumn(
                name: "PublishedRevision",
                table: "Designs");

            migrationBuilder.DropColumn(
                name: "Slug",
                table: "Designs");
        }
    }
}
