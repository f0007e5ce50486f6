using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseFlow.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StepDaySummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StepDayCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    UnitId = table.Column<long>(type: "bigint", nullable: false),
                    PersonId = table.Column<long>(type: "bigint", nullable: true),
                    ItemCode = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    DepartmentId = table.Column<long>(type: "bigint", nullable: true),
                    WindowId = table.Column<long>(type: "bigint", nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    WithLimit = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    UsedCount = table.Column<int>(type: "integer", nullable: false),
                    UsedSum = table.Column<double>(type: "double precision", nullable: false),
                    Orders = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StepDayCounts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StepDayCounts_Day",
                table: "StepDayCounts",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StepDayCounts");
        }
    }
}
