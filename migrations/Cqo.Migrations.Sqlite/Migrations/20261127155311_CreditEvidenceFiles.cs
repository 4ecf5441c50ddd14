using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CreditEvidenceFiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_ContentType",
                table: "certification_Credits",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_FileKey",
                table: "certification_Credits",
                type: "TEXT",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFile_FileName",
                table: "certification_Credits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EvidenceFile_Length",
                table: "certification_Credits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "EvidenceFile_UploadedAt",
                table: "certification_Credits",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EvidenceFile_ContentType",
                table: "certification_Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_FileKey",
                table: "certification_Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_FileName",
                table: "certification_Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_Length",
                table: "certification_Credits");

            migrationBuilder.DropColumn(
                name: "EvidenceFile_UploadedAt",
                table: "certification_Credits");
        }
    }
}
