using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TimeLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DueAtUtc",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Tasks",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "SupervisesTaskId",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Timekeeping",
                table: "ServiceItems",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "DeemedAccepted",
                table: "Cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LastStepAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "Cases",
                type: "TEXT",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "MaterialCompleteAtUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StalledSinceUtc",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarYears",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    LoadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LoadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Clocks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Limit_Value = table.Column<int>(type: "INTEGER", nullable: false),
                    Limit_Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Limit_Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WarningAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OnFallback = table.Column<bool>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Extension_Value = table.Column<int>(type: "INTEGER", nullable: true),
                    Extension_Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Extension_Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    StoppedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clocks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExcludedPeriods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EndedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExcludedPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExcludedPeriods_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Template = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outbox", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outbox_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Timers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClockId = table.Column<long>(type: "INTEGER", nullable: true),
                    TaskId = table.Column<long>(type: "INTEGER", nullable: true),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BookmarkId = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JobScheduled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Timers_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Timers_Clocks_ClockId",
                        column: x => x.ClockId,
                        principalTable: "Clocks",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Timers_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarYears_Year_Region",
                table: "CalendarYears",
                columns: new[] { "Year", "Region" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_CaseId_Kind",
                table: "Clocks",
                columns: new[] { "CaseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Clocks_OnFallback",
                table: "Clocks",
                column: "OnFallback");

            migrationBuilder.CreateIndex(
                name: "IX_ExcludedPeriods_CaseId",
                table: "ExcludedPeriods",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_CaseId",
                table: "Outbox",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_State_Id",
                table: "Outbox",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Timers_CaseId_State",
                table: "Timers",
                columns: new[] { "CaseId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Timers_ClockId",
                table: "Timers",
                column: "ClockId");

            migrationBuilder.CreateIndex(
                name: "IX_Timers_State_DueAtUtc",
                table: "Timers",
                columns: new[] { "State", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Timers_TaskId",
                table: "Timers",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarYears");

            migrationBuilder.DropTable(
                name: "ExcludedPeriods");

            migrationBuilder.DropTable(
                name: "Outbox");

            migrationBuilder.DropTable(
                name: "Timers");

            migrationBuilder.DropTable(
                name: "Clocks");

            migrationBuilder.DropColumn(
                name: "DueAtUtc",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "SupervisesTaskId",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Timekeeping",
                table: "ServiceItems");

            migrationBuilder.DropColumn(
                name: "DeemedAccepted",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "LastStepAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "Level",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "MaterialCompleteAtUtc",
                table: "Cases");

            migrationBuilder.DropColumn(
                name: "StalledSinceUtc",
                table: "Cases");
        }
    }
}
