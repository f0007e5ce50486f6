using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailySummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RateDayCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    ItemName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    WindowId = table.Column<long>(type: "INTEGER", nullable: false),
                    Cut = table.Column<double>(type: "REAL", nullable: true),
                    CutCases = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Finished = table.Column<int>(type: "INTEGER", nullable: false),
                    NotAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    WithinCommitted = table.Column<int>(type: "INTEGER", nullable: false),
                    WithinStatutory = table.Column<int>(type: "INTEGER", nullable: false),
                    Immediate = table.Column<int>(type: "INTEGER", nullable: false),
                    FullyOnline = table.Column<int>(type: "INTEGER", nullable: false),
                    Trips = table.Column<int>(type: "INTEGER", nullable: false),
                    Supplemented = table.Column<int>(type: "INTEGER", nullable: false),
                    DeemedAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    Extensions = table.Column<int>(type: "INTEGER", nullable: false),
                    ClockStops = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateDayCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RateDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateDays", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "StepDayCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    UnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<long>(type: "INTEGER", nullable: true),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    DepartmentId = table.Column<long>(type: "INTEGER", nullable: true),
                    WindowId = table.Column<long>(type: "INTEGER", nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    WithLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UsedSum = table.Column<double>(type: "REAL", nullable: false),
                    Orders = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepDayCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RateDayCounts_Day",
                table: "RateDayCounts",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_RateDays_ComputedAtUtc",
                table: "RateDays",
                column: "ComputedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_StepDayCounts_Day",
                table: "StepDayCounts",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RateDayCounts");

            migrationBuilder.DropTable(
                name: "RateDays");

            migrationBuilder.DropTable(
                name: "StepDayCounts");
        }
    }
}
