using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class DailyReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DailyReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrgUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    FiguresJson = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DailyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DailyReports_OrgUnits_OrgUnitId",
                        column: x => x.OrgUnitId,
                        principalTable: "OrgUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExcludedPeriods_StartedAtUtc",
                table: "ExcludedPeriods",
                column: "StartedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedAtUtc",
                table: "Cases",
                column: "DecidedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HomeDepartmentId_DecidedAtUtc",
                table: "Cases",
                columns: new[] { "HomeDepartmentId", "DecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_IntakeWindowId_DecidedAtUtc",
                table: "Cases",
                columns: new[] { "IntakeWindowId", "DecidedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Level",
                table: "Cases",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases",
                column: "StalledSinceUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CaseEvents_Kind_AtUtc",
                table: "CaseEvents",
                columns: new[] { "Kind", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_Date",
                table: "DailyReports",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_DailyReports_OrgUnitId_Date",
                table: "DailyReports",
                columns: new[] { "OrgUnitId", "Date" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyReports");

            migrationBuilder.DropIndex(
                name: "IX_ExcludedPeriods_StartedAtUtc",
                table: "ExcludedPeriods");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecidedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HomeDepartmentId_DecidedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_IntakeWindowId_DecidedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Level",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_StalledSinceUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseEvents_Kind_AtUtc",
                table: "CaseEvents");
        }
    }
}
