using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CaseFlow.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Rectification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Rectifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RatingId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerifyDueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    VerifiedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Finding = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RectifyDueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RectifiedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RectifiedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Measures = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUpDueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowedUpAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FollowedUpBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    FollowUpNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FollowUpLevel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectifications_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Rectifications_Ratings_RatingId",
                        column: x => x.RatingId,
                        principalTable: "Ratings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_CaseId",
                table: "Rectifications",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_InstanceId",
                table: "Rectifications",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectifications_RatingId",
                table: "Rectifications",
                column: "RatingId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Rectifications");
        }
    }
}
