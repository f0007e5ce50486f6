using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class RatingsAndDailyReports : Migration
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

            migrationBuilder.CreateTable(
                name: "RatingCodes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Salt = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FailedTries = table.Column<int>(type: "int", nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RatingCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RatingCodes_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ratings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    Level = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CriteriaJson = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    GivenBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    GivenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    VoidedBy = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    VoidReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ratings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ratings_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateIndex(
                name: "IX_RatingCodes_CaseId_CreatedAtUtc",
                table: "RatingCodes",
                columns: new[] { "CaseId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_CaseId",
                table: "Ratings",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ratings_GivenAtUtc",
                table: "Ratings",
                column: "GivenAtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DailyReports");

            migrationBuilder.DropTable(
                name: "RatingCodes");

            migrationBuilder.DropTable(
                name: "Ratings");

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
