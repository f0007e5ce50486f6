using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class IncidentCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Incidents_CaseId",
                table: "Incidents",
                column: "CaseId");

            migrationBuilder.AddForeignKey(
                name: "FK_Incidents_Cases_CaseId",
                table: "Incidents",
                column: "CaseId",
                principalTable: "Cases",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Incidents_Cases_CaseId",
                table: "Incidents");

            migrationBuilder.DropIndex(
                name: "IX_Incidents_CaseId",
                table: "Incidents");
        }
    }
}
