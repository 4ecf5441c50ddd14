using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Certification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "certification");

            migrationBuilder.CreateTable(
                name: "Certificates",
                schema: "certification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    DistrictCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    StatusListIndex = table.Column<int>(type: "int", nullable: false),
                    HolderName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: true),
                    HolderUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EnrolmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CourseTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    IssuerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Origin = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReplacesId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacedById = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Credits",
                schema: "certification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    HolderName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HolderUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,1)", precision: 6, scale: 1, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    EvidenceFile_FileKey = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    EvidenceFile_FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    EvidenceFile_ContentType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    EvidenceFile_Length = table.Column<long>(type: "bigint", nullable: true),
                    EvidenceFile_UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    EnrolmentId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CourseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ProviderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewComment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NumberSequences",
                schema: "certification",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    DistrictCode = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NumberSequences", x => new { x.Year, x.DistrictCode });
                });

            migrationBuilder.CreateTable(
                name: "CertificateChanges",
                schema: "certification",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    CertificateId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificateChanges_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalSchema: "certification",
                        principalTable: "Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificateChanges_CertificateId",
                schema: "certification",
                table: "CertificateChanges",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_CourseId_HolderName",
                schema: "certification",
                table: "Certificates",
                columns: new[] { "CourseId", "HolderName" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnrolmentId",
                schema: "certification",
                table: "Certificates",
                column: "EnrolmentId",
                unique: true,
                filter: "[EnrolmentId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_EnterpriseId_IssuedOn",
                schema: "certification",
                table: "Certificates",
                columns: new[] { "EnterpriseId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_HolderUserId",
                schema: "certification",
                table: "Certificates",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_JurisdictionCode_IssuedOn",
                schema: "certification",
                table: "Certificates",
                columns: new[] { "JurisdictionCode", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Number",
                schema: "certification",
                table: "Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_PersonId",
                schema: "certification",
                table: "Certificates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Status_ValidUntil",
                schema: "certification",
                table: "Certificates",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_StatusListIndex",
                schema: "certification",
                table: "Certificates",
                column: "StatusListIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Certificates_Year_DistrictCode_Sequence",
                schema: "certification",
                table: "Certificates",
                columns: new[] { "Year", "DistrictCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Credits_EnrolmentId",
                schema: "certification",
                table: "Credits",
                column: "EnrolmentId",
                unique: true,
                filter: "[EnrolmentId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Credits_HolderUserId_CompletedOn",
                schema: "certification",
                table: "Credits",
                columns: new[] { "HolderUserId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Credits_PersonId_CompletedOn",
                schema: "certification",
                table: "Credits",
                columns: new[] { "PersonId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Credits_Status_CreatedAt",
                schema: "certification",
                table: "Credits",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CertificateChanges",
                schema: "certification");

            migrationBuilder.DropTable(
                name: "Credits",
                schema: "certification");

            migrationBuilder.DropTable(
                name: "NumberSequences",
                schema: "certification");

            migrationBuilder.DropTable(
                name: "Certificates",
                schema: "certification");
        }
    }
}
