using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ItemCode = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    ItemName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    WindowId = table.Column<long>(type: "bigint", nullable: false),
                    Cut = table.Column<double>(type: "float", nullable: true),
                    CutCases = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    Finished = table.Column<int>(type: "int", nullable: false),
                    NotAccepted = table.Column<int>(type: "int", nullable: false),
                    WithinCommitted = table.Column<int>(type: "int", nullable: false),
                    WithinStatutory = table.Column<int>(type: "int", nullable: false),
                    Immediate = table.Column<int>(type: "int", nullable: false),
                    FullyOnline = table.Column<int>(type: "int", nullable: false),
                    Trips = table.Column<int>(type: "int", nullable: false),
                    Supplemented = table.Column<int>(type: "int", nullable: false),
                    DeemedAccepted = table.Column<int>(type: "int", nullable: false),
                    Extensions = table.Column<int>(type: "int", nullable: false),
                    ClockStops = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateDayCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RateDays",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RateDays", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "StepDayCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: true),
                    ItemCode = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    WindowId = table.Column<long>(type: "bigint", nullable: false),
                    Done = table.Column<int>(type: "int", nullable: false),
                    WithLimit = table.Column<int>(type: "int", nullable: false),
                    OnTime = table.Column<int>(type: "int", nullable: false),
                    UsedCount = table.Column<int>(type: "int", nullable: false),
                    UsedSum = table.Column<double>(type: "float", nullable: false),
                    Orders = table.Column<int>(type: "int", nullable: false)
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
