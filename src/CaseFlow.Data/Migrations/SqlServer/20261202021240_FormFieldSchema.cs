using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaseFlow.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class FormFieldSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
