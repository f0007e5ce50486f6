using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ActivityType_CreatedAtUtc",
                table: "Tasks",
                columns: new[] { "ActivityType", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_ClosedAtUtc",
                table: "Tasks",
                columns: new[] { "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAtUtc",
                table: "Cases",
                column: "ReceivedAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_ActivityType_CreatedAtUtc",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_ClosedAtUtc",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceivedAtUtc",
                table: "Cases");
        }
    }
}
