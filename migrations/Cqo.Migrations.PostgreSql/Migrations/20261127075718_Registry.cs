using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cqo.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "Enterprises",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Uscc = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    UsccOverrideReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    IndustryDivisionCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AboveDesignatedSize = table.Column<bool>(type: "boolean", nullable: false),
                    Specialised = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DeregisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdNumberReveals",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TraceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdNumberReveals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QualificationRuleSets",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequireTrainingCertificate = table.Column<bool>(type: "boolean", nullable: false),
                    RequiredDeclarations = table.Column<List<string>>(type: "text[]", nullable: false),
                    OfficerMinAge = table.Column<int>(type: "integer", nullable: false),
                    OfficerMaxAge = table.Column<int>(type: "integer", nullable: false),
                    AnnouncementWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationRuleSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EnterpriseAwards",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnterpriseAwards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnterpriseAwards_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "registry",
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IdNumberHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Gender = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Education = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Major = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Title = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QualityEngineerLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QualityYears = table.Column<int>(type: "integer", nullable: false),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "registry",
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "QualificationRequirements",
                schema: "registry",
                columns: table => new
                {
                    Scale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RuleSetId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinimumEducation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MinimumYears = table.Column<int>(type: "integer", nullable: false),
                    AlternativeTitle = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AlternativeYears = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QualificationRequirements", x => new { x.RuleSetId, x.Scale });
                    table.ForeignKey(
                        name: "FK_QualificationRequirements_QualificationRuleSets_RuleSetId",
                        column: x => x.RuleSetId,
                        principalSchema: "registry",
                        principalTable: "QualificationRuleSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Filings",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AppointedBy = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    AppointmentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TermEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    TrainingCertificateNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    WaiverReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Declarations = table.Column<List<string>>(type: "text[]", nullable: false),
                    ReplacesFilingId = table.Column<Guid>(type: "uuid", nullable: true),
                    Letter_FileKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Letter_FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Letter_ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Letter_Size = table.Column<long>(type: "bigint", nullable: true),
                    Letter_UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnnouncementStart = table.Column<DateOnly>(type: "date", nullable: true),
                    AnnouncementEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    PendingObjections = table.Column<int>(type: "integer", nullable: false),
                    ActivatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ConcurrencyStamp = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Filings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Filings_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalSchema: "registry",
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Filings_People_PersonId",
                        column: x => x.PersonId,
                        principalSchema: "registry",
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FilingObjections",
                schema: "registry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LodgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Contact = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlerComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FilingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingObjections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FilingObjections_Filings_FilingId",
                        column: x => x.FilingId,
                        principalSchema: "registry",
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FilingSteps",
                schema: "registry",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FilingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Action = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    From = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    To = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FilingSteps", x => new { x.FilingId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_FilingSteps_Filings_FilingId",
                        column: x => x.FilingId,
                        principalSchema: "registry",
                        principalTable: "Filings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnterpriseAwards_EnterpriseId",
                schema: "registry",
                table: "EnterpriseAwards",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_DistrictCode_Status",
                schema: "registry",
                table: "Enterprises",
                columns: new[] { "DistrictCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_JurisdictionCode_Status",
                schema: "registry",
                table: "Enterprises",
                columns: new[] { "JurisdictionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Name",
                schema: "registry",
                table: "Enterprises",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_Uscc",
                schema: "registry",
                table: "Enterprises",
                column: "Uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FilingObjections_FilingId",
                schema: "registry",
                table: "FilingObjections",
                column: "FilingId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_EnterpriseId_Status",
                schema: "registry",
                table: "Filings",
                columns: new[] { "EnterpriseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_JurisdictionCode_Status",
                schema: "registry",
                table: "Filings",
                columns: new[] { "JurisdictionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Filings_PersonId",
                schema: "registry",
                table: "Filings",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Filings_Status_AnnouncementEnd",
                schema: "registry",
                table: "Filings",
                columns: new[] { "Status", "AnnouncementEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_IdNumberReveals_PersonId",
                schema: "registry",
                table: "IdNumberReveals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_People_EnterpriseId_IdNumberHash",
                schema: "registry",
                table: "People",
                columns: new[] { "EnterpriseId", "IdNumberHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_IdNumberHash",
                schema: "registry",
                table: "People",
                column: "IdNumberHash");

            migrationBuilder.CreateIndex(
                name: "IX_People_JurisdictionCode",
                schema: "registry",
                table: "People",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_People_Name",
                schema: "registry",
                table: "People",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_People_UserId",
                schema: "registry",
                table: "People",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_QualificationRuleSets_Code",
                schema: "registry",
                table: "QualificationRuleSets",
                column: "Code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnterpriseAwards",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "FilingObjections",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "FilingSteps",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "IdNumberReveals",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "QualificationRequirements",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Filings",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "QualificationRuleSets",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "People",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "Enterprises",
                schema: "registry");
        }
    }
}
