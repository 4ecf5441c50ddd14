using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EnrolmentUnitCodes : Migration
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
