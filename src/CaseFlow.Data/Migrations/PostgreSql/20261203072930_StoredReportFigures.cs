using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StoredReportFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_Status_ClosedAtUtc",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecidedAtUtc",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_ReceivedAtUtc",
                table: "Cases");

            migrationBuilder.AddColumn<bool>(
                name: "FiguresRecorded",
                table: "Tasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OnTime",
                table: "Tasks",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "UsedShare",
                table: "Tasks",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "CommittedOnTime",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FiguresRecorded",
                table: "Cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "StatutoryOnTime",
                table: "Cases",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "TimeCut",
                table: "Cases",
                type: "double precision",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_StepFigures",
                table: "Tasks",
                columns: new[] { "Status", "ClosedAtUtc", "ActivityType", "FiguresRecorded", "OrgUnitId", "AssigneeUserId", "CaseId", "OnTime", "UsedShare" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecisionFigures",
                table: "Cases",
                columns: new[] { "DecidedAtUtc", "FiguresRecorded", "ImplementationCode", "ItemName", "HomeDepartmentId", "IntakeWindowId", "AcceptedAtUtc", "ServiceItemId", "HandlingMode", "Channel", "Trips", "SupplementRounds", "CommittedOnTime", "StatutoryOnTime", "TimeCut" },
                filter: "\"DecidedAtUtc\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Receipts",
                table: "Cases",
                columns: new[] { "ReceivedAtUtc", "ImplementationCode", "ItemName", "HomeDepartmentId", "IntakeWindowId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tasks_StepFigures",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Cases_DecisionFigures",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Receipts",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FiguresRecorded",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "OnTime",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "UsedShare",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "CommittedOnTime",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "FiguresRecorded",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StatutoryOnTime",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "TimeCut",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_Status_ClosedAtUtc",
                table: "Tasks",
                columns: new[] { "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_DecidedAtUtc",
                table: "Cases",
                column: "DecidedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ReceivedAtUtc",
                table: "Cases",
                column: "ReceivedAtUtc");
        }
    }
}
