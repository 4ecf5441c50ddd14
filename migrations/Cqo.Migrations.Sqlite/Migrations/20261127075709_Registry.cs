using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cqo.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_Enterprises",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Uscc = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    UsccOverrideReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "INTEGER", nullable: false),
                    Specialised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeregisteredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_Enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_IdNumberReveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_IdNumberReveals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_QualificationRuleSets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequireTrainingCertificate = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredDeclarations = table.Column<string>(type: "TEXT", nullable: false),
                    OfficerMinAge = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerMaxAge = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnouncementWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_QualificationRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registry_EnterpriseAwards",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_EnterpriseAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_EnterpriseAwards_registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IdNumberHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Major = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    QualityEngineerLevel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    QualityYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_People_registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_QualificationRequirements",
                columns: table => new
                {
                    Scale = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RuleSetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MinimumEducation = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MinimumYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AlternativeTitle = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AlternativeYears = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_QualificationRequirements", x => new { x.RuleSetId, x.Scale });
                    table.ForeignKey(
                        name: "FK_registry_QualificationRequirements_registry_QualificationRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalTable: "registry_QualificationRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_Filings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AppointedBy = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AppointmentDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TrainingCertificateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WaiverReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Declarations = table.Column<string>(type: "TEXT", nullable: false),
                    ReplacesFilingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Letter_FileKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Letter_FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Letter_ContentType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Letter_Size = table.Column<long>(type: "INTEGER", nullable: true),
                    Letter_UploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnnouncementStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AnnouncementEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PendingObjections = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_Filings_registry_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "registry_Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_registry_Filings_registry_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "registry_People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_FilingObjections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LodgedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    HandlerComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_FilingObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_registry_FilingObjections_registry_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "registry_Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_FilingSteps",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    FilingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registry_FilingSteps", x => new { x.FilingId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_registry_FilingSteps_registry_Filings_FilingId",
                        column: x => x.FilingId,
                        principalTable: "registry_Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_registry_EnterpriseAwards_EnterpriseId",
                table: "registry_EnterpriseAwards",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_DistrictCode_Status",
                table: "registry_Enterprises",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_JurisdictionCode_Status",
                table: "registry_Enterprises",
                columns: new[] { "JurisdictionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_Name",
                table: "registry_Enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Enterprises_Uscc",
                table: "registry_Enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_FilingObjections_FilingId",
                table: "registry_FilingObjections",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Filings_EnterpriseId_Status",
                table: "registry_Filings",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_Filings_JurisdictionCode_Status",
                table: "registry_Filings",
                columns: new[] { "JurisdictionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_Filings_PersonId",
                table: "registry_Filings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_Filings_Status_AnnouncementEnd",
                table: "registry_Filings",
                columns: new[] { "Status", "AnnouncementEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_registry_IdNumberReveals_PersonId",
                table: "registry_IdNumberReveals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_People_EnterpriseId_IdNumberHash",
                table: "registry_People",
                columns: new[] { "EnterpriseId", "IdNumberHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registry_People_IdNumberHash",
                table: "registry_People",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_registry_People_JurisdictionCode",
                table: "registry_People",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_registry_People_Name",
                table: "registry_People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_registry_People_UserId",
                table: "registry_People",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_registry_QualificationRuleSets_Code",
                table: "registry_QualificationRuleSets",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_EnterpriseAwards");

            migrationBuilder.DropTable(
                name: "registry_FilingObjections");

            migrationBuilder.DropTable(
                name: "registry_FilingSteps");

            migrationBuilder.DropTable(
                name: "registry_IdNumberReveals");

            migrationBuilder.DropTable(
                name: "registry_QualificationRequirements");

            migrationBuilder.DropTable(
                name: "registry_Filings");

            migrationBuilder.DropTable(
                name: "registry_QualificationRuleSets");

            migrationBuilder.DropTable(
                name: "registry_People");

            migrationBuilder.DropTable(
                name: "registry_Enterprises");
        }
    }
}
