using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Certification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certification_Certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusListIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReplacesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_Certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certification_Credits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HolderUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceFile_FileKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    EvidenceFile_FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceFile_ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EvidenceFile_Length = table.Column<long>(type: "INTEGER", nullable: true),
                    EvidenceFile_UploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProviderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_Credits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "certification_NumberSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_NumberSequences", x => new { x.Year, x.DistrictCode });
                });

            migrationBuilder.CreateTable(
                name: "certification_CertificateChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CertificateId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_certification_CertificateChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_certification_CertificateChanges_certification_Certificates_CertificateId",
                        column: x => x.CertificateId,
                        principalTable: "certification_Certificates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_certification_CertificateChanges_CertificateId",
                table: "certification_CertificateChanges",
                column: "CertificateId");

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_CourseId_HolderName",
                table: "certification_Certificates",
                columns: new[] { "CourseId", "HolderName" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_EnrolmentId",
                table: "certification_Certificates",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_EnterpriseId_IssuedOn",
                table: "certification_Certificates",
                columns: new[] { "EnterpriseId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_HolderUserId",
                table: "certification_Certificates",
                column: "HolderUserId");

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_JurisdictionCode_IssuedOn",
                table: "certification_Certificates",
                columns: new[] { "JurisdictionCode", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_Number",
                table: "certification_Certificates",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_PersonId",
                table: "certification_Certificates",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_Status_ValidUntil",
                table: "certification_Certificates",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_StatusListIndex",
                table: "certification_Certificates",
                column: "StatusListIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Certificates_Year_DistrictCode_Sequence",
                table: "certification_Certificates",
                columns: new[] { "Year", "DistrictCode", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Credits_EnrolmentId",
                table: "certification_Credits",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_certification_Credits_HolderUserId_CompletedOn",
                table: "certification_Credits",
                columns: new[] { "HolderUserId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Credits_PersonId_CompletedOn",
                table: "certification_Credits",
                columns: new[] { "PersonId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_certification_Credits_Status_CreatedAt",
                table: "certification_Credits",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certification_CertificateChanges");

            migrationBuilder.DropTable(
                name: "certification_Credits");

            migrationBuilder.DropTable(
                name: "certification_NumberSequences");

            migrationBuilder.DropTable(
                name: "certification_Certificates");
        }
    }
}
