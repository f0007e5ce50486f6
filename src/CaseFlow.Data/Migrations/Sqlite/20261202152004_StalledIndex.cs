using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StalledIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases",
                column: "StalledSinceUtc",
                filter: "\"StalledSinceUtc\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases",
                column: "StalledSinceUtc");
        }
    }
}
