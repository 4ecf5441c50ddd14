namespace Cqo.IntegrationTests.Authorization;

/// <summary>
/// The authorization matrix: for every operation, the status each caller gets. Read a cell as
/// 2xx: done; 400: let in, and the (empty) body refused; 409: let in, and the state or stamp refused;
/// 422: let in, and a business rule refused (the caller has no part in the record); 401: not signed in;
/// 403: signed in without the permission; 404: the record is outside the caller's scope (or, for
/// <see cref="MatrixTargets.Nowhere"/>, exists nowhere).
/// Rows run top to bottom and callers left to right, so an action that succeeds shows in the rows below.
/// </summary>
internal static partial class MatrixTable
{
    /// <summary>
    /// anon: not signed in; offcr: an officer of enterprise A; entA/entB: the administrators of
    /// enterprises A (310115) and B (310104); prov/trnr: the training provider's administrator and a
    /// trainer; distX/distY: the 浦东 (310115) and 徐汇 (310104) district regulators; muni: the municipal
    /// regulator; audit: an auditor; admin: the platform administrator.
    /// </summary>
    public static readonly string[] Columns = ["anon", "offcr", "entA", "entB", "prov", "trnr", "distX", "distY", "muni", "audit", "admin"];

    // Parsed with Columns, so declared after it in this file: across the files of a partial class the order of static initialisers is undefined.
    public static IReadOnlyList<MatrixRow> Rows { get; } = Parse(Table);

    private const string Table = """
                                                                              anon  offcr entA  entB  prov  trnr  distX distY muni  audit admin
        GET    /api/me                                                        401   200   200   200   200   200   200   200   200   200   200

        GET    /api/public/certificates/{number}                              200   200   200   200   200   200   200   200   200   200   200

        GET    /api/identity/users                                            401   403   200   200   200   403   403   403   403   403   200
        POST   /api/identity/users                                            401   403   400   400   400   403   403   403   403   403   400
        GET    /api/identity/users/{id}                                       401   403   200   404   404   403   403   403   403   403   200
        PUT    /api/identity/users/{id}                                       401   403   400   400   400   403   403   403   403   403   400
        GET    /api/identity/users/{id}/permissions                           401   403   403   403   403   403   403   403   403   403   200
        PUT    /api/identity/users/{id}/permissions                           401   403   403   403   403   403   403   403   403   403   400
        POST   /api/identity/users/{id}/lock                                  401   403   200   404   404   403   403   403   403   403   200
        POST   /api/identity/users/{id}/unlock                                401   403   200   404   404   403   403   403   403   403   200
        POST   /api/identity/users/{id}/reset-password                        401   403   400   400   400   403   403   403   403   403   400
        GET    /api/identity/roles                                            401   403   403   403   403   403   403   403   403   403   200
        GET    /api/identity/roles/{id}/permissions                           401   403   403   403   403   403   403   403   403   403   200
        PUT    /api/identity/roles/{id}/permissions                           401   403   403   403   403   403   403   403   403   403   400
        GET    /api/identity/clients                                          401   403   403   403   403   403   403   403   403   403   200
        POST   /api/identity/clients                                          401   403   403   403   403   403   403   403   403   403   400
        POST   /api/identity/clients/{id}/rotate-secret                       401   403   403   403   403   403   403   403   403   403   200
        GET    /api/identity/clients/{id}/permissions                         401   403   403   403   403   403   403   403   403   403   200
        PUT    /api/identity/clients/{id}/permissions                         401   403   403   403   403   403   403   403   403   403   400
        POST   /api/identity/registrations                                    400   400   400   400   400   400   400   400   400   400   400
        GET    /api/identity/registrations                                    401   403   200   200   403   403   200   200   200   403   200
        POST   /api/identity/registrations/{userId}/approve                   401   403   404   404   403   403   204   404   404   403   404
        POST   /api/identity/registrations/{userId}/reject                    401   403   404   404   403   403   204   404   404   403   404
        GET    /api/identity/organisations                                    401   403   403   403   403   403   200   200   200   200   200
        GET    /api/identity/organisations/{id}                               401   403   403   403   403   403   200   404   200   200   200
        GET    /api/identity/security-log                                     401   403   403   403   403   403   403   403   403   403   200

        GET    /api/reference/districts                                       200   200   200   200   200   200   200   200   200   200   200
        GET    /api/reference/industries/sections                             200   200   200   200   200   200   200   200   200   200   200
        GET    /api/reference/industries/divisions                            200   200   200   200   200   200   200   200   200   200   200
        GET    /api/reference/syllabus-versions                               200   200   200   200   200   200   200   200   200   200   200
        POST   /api/reference/syllabus-versions                               401   403   403   403   403   403   403   403   400   403   403
        GET    /api/reference/syllabus-versions/{code}                        200   200   200   200   200   200   200   200   200   200   200
        GET    /api/reference/regulator-units                                 200   200   200   200   200   200   200   200   200   200   200
        POST   /api/reference/regulator-units                                 401   403   403   403   403   403   403   403   400   403   403
        GET    /api/reference/regulator-units/{id}                            200   200   200   200   200   200   200   200   200   200   200
        PUT    /api/reference/regulator-units/{id}                            401   403   403   403   403   403   403   403   400   403   403
        DELETE /api/reference/regulator-units/{id}                            401   403   403   403   403   403   403   403   409   403   403

        GET    /api/registry/enterprises                                      401   403   200   200   403   403   200   200   200   200   403
        POST   /api/registry/enterprises                                      401   403   400   400   403   403   400   400   400   403   403
        GET    /api/registry/enterprises/{id}                                 401   403   200   404   403   403   200   404   200   200   403
        PUT    /api/registry/enterprises/{id}                                 401   403   400   400   403   403   400   400   400   403   403
        POST   /api/registry/enterprises/{id}/deregister                      401   403   400   400   403   403   400   400   400   403   403
        GET    /api/registry/people                                           401   200   200   200   403   403   200   200   200   403   403
        POST   /api/registry/people                                           401   403   400   400   403   403   400   400   400   403   403
        POST   /api/registry/people/search-by-id-number                       401   400   400   400   403   403   400   400   400   403   403
        GET    /api/registry/people/{id}                                      401   404   200   404   403   403   200   404   200   403   403
        PUT    /api/registry/people/{id}                                      401   403   400   400   403   403   400   400   400   403   403
        POST   /api/registry/people/{id}/reveal-id-number                     401   403   403   403   403   403   400   400   400   403   403
        GET    /api/registry/rule-sets                                        401   403   200   200   403   403   200   200   200   403   403
        GET    /api/registry/rule-sets/{code}                                 401   403   200   200   403   403   200   200   200   403   403
        PUT    /api/registry/rule-sets/{code}                                 401   403   403   403   403   403   403   403   400   403   403
        GET    /api/registry/filings                                          401   403   200   200   403   403   200   200   200   403   403
        POST   /api/registry/filings                                          401   403   400   400   403   403   403   403   403   403   403
        GET    /api/registry/filings/{id}                                     401   403   200   404   403   403   200   404   200   403   403
        PUT    /api/registry/filings/{id}                                     401   403   400   400   403   403   403   403   403   403   403
        GET    /api/registry/filings/{id}/check                               401   403   200   404   403   403   200   404   200   403   403
        GET    /api/registry/filings/{id}/letter                              401   403   404   404   403   403   404   404   404   403   403
        POST   /api/registry/filings/{id}/letter                              401   403   400   400   403   403   403   403   403   403   403
        POST   /api/registry/filings/{id}/submit                              401   403   400   400   403   403   403   403   403   403   403
        POST   /api/registry/filings/{id}/withdraw                            401   403   400   400   403   403   403   403   403   403   403
        POST   /api/registry/filings/{id}/end                                 401   403   400   400   403   403   403   403   403   403   403
        POST   /api/registry/filings/{id}/review                              401   403   403   403   403   403   400   400   400   403   403
        POST   /api/registry/filings/{id}/revoke                              401   403   403   403   403   403   400   400   400   403   403
        POST   /api/registry/filings/{id}/objections/{objectionId}            401   403   403   403   403   403   400   400   400   403   403
        POST   /api/registry/imports                                          401   403   400   400   403   403   400   400   400   403   403
        GET    /api/registry/imports                                          401   403   200   200   403   403   200   200   200   403   403
        GET    /api/registry/imports/{id}                                     401   403   404   404   403   403   404   404   404   403   403
        GET    /api/registry/imports/{id}/errors                              401   403   404   404   403   403   404   404   404   403   403
        GET    /api/registry/imports/{id}/errors.csv                          401   403   404   404   403   403   404   404   404   403   403
        GET    /api/registry/imports/templates/{kind}                         401   403   200   200   403   403   200   200   200   403   403

        GET    /api/public/announcements                                      200   200   200   200   200   200   200   200   200   200   200
        POST   /api/public/announcements/{filingId}/objections                400   400   400   400   400   400   400   400   400   400   400

        GET    /api/training/providers                                        401   403   403   403   200   403   403   403   200   403   403
        POST   /api/training/providers                                        401   403   403   403   400   403   403   403   400   403   403
        GET    /api/training/providers/{id}                                   401   403   403   403   200   403   403   403   200   403   403
        PUT    /api/training/providers/{id}                                   401   403   403   403   400   403   403   403   400   403   403
        POST   /api/training/providers/{id}/review                            401   403   403   403   403   403   403   403   400   403   403
        GET    /api/training/trainers                                         401   200   200   200   200   200   200   200   200   403   403
        POST   /api/training/trainers                                         401   403   403   403   400   403   403   403   400   403   403
        GET    /api/training/trainers/{id}                                    401   404   404   404   200   200   404   404   200   403   403
        PUT    /api/training/trainers/{id}                                    401   403   403   403   400   403   403   403   400   403   403
        GET    /api/training/courses                                          401   200   200   200   200   200   200   200   200   403   403
        POST   /api/training/courses                                          401   403   403   403   400   400   403   403   400   403   403
        GET    /api/training/courses/{id}                                     401   200   200   200   200   200   200   200   200   403   403
        PUT    /api/training/courses/{id}                                     401   403   403   403   400   400   403   403   400   403   403
        GET    /api/training/courses/{id}/calendar.ics                        401   200   200   200   200   200   200   200   200   403   403
        POST   /api/training/courses/{id}/publish                             401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/close-enrolment                     401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/start                               401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/start-exams                         401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/complete                            401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/archive                             401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/cancel                              401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/sessions                            401   403   403   403   400   400   403   403   400   403   403
        PUT    /api/training/courses/{id}/sessions/{sessionId}                401   403   403   403   400   400   403   403   400   403   403
        DELETE /api/training/courses/{id}/sessions/{sessionId}                401   403   403   403   409   409   403   403   409   403   403
        GET    /api/training/enrolments                                       401   200   200   200   200   200   200   200   200   403   403
        GET    /api/training/enrolments/calendar.ics                          401   200   403   403   403   403   403   403   403   403   403
        GET    /api/training/enrolments/{id}                                  401   404   200   404   200   200   200   404   200   403   403
        POST   /api/training/enrolments/{id}/confirm                          401   403   409   404   403   403   403   403   409   403   403
        POST   /api/training/enrolments/{id}/reject                           401   403   409   404   403   403   403   403   409   403   403
        POST   /api/training/enrolments/{id}/withdraw                         401   404   409   404   409   409   422   404   409   403   403
        POST   /api/training/enrolments/{id}/no-show                          401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/courses/{id}/enrolments                          401   201   403   403   403   403   403   403   403   403   403
        POST   /api/training/courses/{id}/enrolments/staff                    401   403   400   400   403   403   403   403   400   403   403
        GET    /api/training/courses/{id}/attendance                          401   403   403   403   200   200   403   403   200   403   403
        PUT    /api/training/courses/{id}/attendance                          401   403   403   403   400   400   403   403   400   403   403
        GET    /api/training/courses/{id}/attendance.csv                      401   403   403   403   200   200   403   403   200   403   403
        POST   /api/training/courses/{id}/attendance/import                   401   403   403   403   400   400   403   403   400   403   403
        GET    /api/training/courses/{id}/sessions/{sessionId}/check-in-code  401   403   403   403   200   200   403   403   200   403   403
        PUT    /api/training/courses/{id}/scores                              401   403   403   403   400   400   403   403   400   403   403
        POST   /api/training/courses/{id}/results/publish                     401   403   403   403   409   409   403   403   409   403   403
        POST   /api/training/sessions/{sessionId}/check-in                    401   400   403   403   403   403   403   403   403   403   403

        GET    /api/certification/certificates                                401   200   200   200   200   200   200   200   200   403   403
        POST   /api/certification/certificates                                401   403   403   403   403   403   403   403   400   403   403
        GET    /api/certification/certificates/{id}                           401   404   200   404   404   404   200   404   200   403   403
        GET    /api/certification/certificates/{id}/renewal                   401   404   200   404   404   404   200   404   200   403   403
        POST   /api/certification/certificates/{id}/renew                     401   404   403   403   403   403   403   403   409   403   403
        POST   /api/certification/certificates/{id}/suspend                   401   403   403   403   403   403   400   400   400   403   403
        POST   /api/certification/certificates/{id}/reinstate                 401   403   403   403   403   403   400   400   400   403   403
        POST   /api/certification/certificates/{id}/revoke                    401   403   403   403   403   403   403   403   400   403   403
        POST   /api/certification/certificates/{id}/reissue                   401   403   403   403   403   403   403   403   400   403   403
        GET    /api/certification/credits                                     401   200   200   200   200   200   200   200   200   403   403
        POST   /api/certification/credits                                     401   400   403   403   403   403   403   403   403   403   403
        POST   /api/certification/credits/{id}/review                         401   403   403   403   400   400   400   400   400   403   403
        POST   /api/certification/credits/{id}/evidence                       401   400   403   403   403   403   403   403   403   403   403
        GET    /api/certification/credits/{id}/evidence                       401   404   404   404   404   404   404   404   404   403   403
        GET    /api/certification/certificates/{id}/pdf                       401   404   200   404   404   404   200   404   200   403   403
        GET    /api/certification/certificates/{id}/credential                401   404   200   404   404   404   200   404   200   403   403
        GET    /api/certification/certificates.csv                            401   200   200   200   200   200   200   200   200   403   403
        GET    /api/certification/courses/{courseId}/certificates.zip         401   404   404   404   404   404   404   404   404   403   403

        GET    /api/public/credentials/jwks.json                              200   200   200   200   200   200   200   200   200   200   200
        GET    /api/public/credentials/status/{purpose}                       200   200   200   200   200   200   200   200   200   200   200

        GET    /api/notifications/inbox                                       401   200   200   200   200   200   200   200   200   200   200
        GET    /api/notifications/inbox/unread-count                          401   200   200   200   200   200   200   200   200   200   200
        POST   /api/notifications/inbox/{id}/read                             401   404   404   404   404   404   404   404   404   404   404
        POST   /api/notifications/inbox/read-all                              401   200   200   200   200   200   200   200   200   200   200
        GET    /api/notifications/preferences                                 401   200   200   200   200   200   200   200   200   200   200
        PUT    /api/notifications/preferences/{ruleId}                        401   204   204   204   204   204   204   204   204   204   204
        GET    /api/notifications/organisation-preferences                    401   403   200   200   200   403   403   403   403   403   403
        PUT    /api/notifications/organisation-preferences/{ruleId}           401   403   204   204   204   403   403   403   403   403   403
        GET    /api/notifications/webhook                                     401   403   204   204   204   403   403   403   403   403   403
        PUT    /api/notifications/webhook                                     401   403   400   400   400   403   403   403   403   403   403
        DELETE /api/notifications/webhook                                     401   403   204   204   204   403   403   403   403   403   403
        POST   /api/notifications/webhook/test                                401   403   404   404   404   403   403   403   403   403   403
        GET    /api/notifications/rules                                       401   403   403   403   403   403   403   403   403   403   200
        GET    /api/notifications/rules/{id}                                  401   403   403   403   403   403   403   403   403   403   200
        PUT    /api/notifications/rules/{id}                                  401   403   403   403   403   403   403   403   403   403   400
        POST   /api/notifications/rules/{id}/run                              401   403   403   403   403   403   403   403   403   403   200
        GET    /api/notifications/rules/dry-run                               401   403   403   403   403   403   403   403   403   403   200
        GET    /api/notifications/deliveries                                  401   403   403   403   403   403   403   403   403   403   200
        POST   /api/notifications/deliveries/{id}/resend                      401   403   403   403   403   403   403   403   403   403   404

        POST   /api/public/notifications/unsubscribe                          404   404   404   404   404   404   404   404   404   404   404
        GET    /api/public/notifications/unsubscribe                          404   404   404   404   404   404   404   404   404   404   404

        GET    /api/oversight/figures                                         401   403   403   403   403   403   200   200   200   200   403
        GET    /api/oversight/figures/{key}                                   401   403   403   403   403   403   200   200   200   200   403
        GET    /api/oversight/figures/{key}/records                           401   403   403   403   403   403   200   200   200   403   403
        GET    /api/oversight/targets                                         401   403   403   403   403   403   200   200   200   200   403
        POST   /api/oversight/targets                                         401   403   403   403   403   403   403   403   400   403   403
        GET    /api/oversight/targets/{id}                                    401   403   403   403   403   403   404   404   404   404   403
        PUT    /api/oversight/targets/{id}                                    401   403   403   403   403   403   403   403   400   403   403
        DELETE /api/oversight/targets/{id}                                    401   403   403   403   403   403   403   403   404   403   403
        GET    /api/oversight/targets/{id}/shortfall                          401   403   403   403   403   403   404   404   404   403   403
        GET    /api/oversight/snapshots                                       401   403   403   403   403   403   200   200   200   200   403
        POST   /api/oversight/snapshots                                       401   403   403   403   403   403   403   403   400   403   403
        GET    /api/oversight/snapshots/{id}/compare                          401   403   403   403   403   403   404   404   404   404   403
        GET    /api/oversight/snapshots/verification                          401   403   403   403   403   403   200   200   200   200   403
        GET    /api/oversight/annual/{year}                                   401   403   403   403   403   403   200   200   200   200   403
        GET    /api/oversight/audit-trail                                     401   403   403   403   403   403   403   403   200   403   200
        GET    /api/oversight/audit-trail/verification                        401   403   403   403   403   403   403   403   404   403   404
        POST   /api/oversight/audit-trail/verification                        401   403   403   403   403   403   403   403   200   403   200
        GET    /api/oversight/exports                                         401   200   200   200   200   200   200   200   200   200   200
        GET    /api/oversight/exports/{id}                                    401   404   404   404   404   404   404   404   404   404   404
        GET    /api/oversight/audit-trail/export                              401   403   403   403   403   403   403   403   400   403   400
        GET    /api/oversight/figures/{key}/export                            401   403   403   403   403   403   400   400   400   400   403
        GET    /api/oversight/figures/{key}/records/export                    401   403   403   403   403   403   400   400   400   403   403
        GET    /api/oversight/annual/{year}/document                          401   403   403   403   403   403   200   200   200   200   403
        GET    /api/oversight/exports/{id}/file                               401   404   404   404   404   404   404   404   404   404   404
        POST   /api/oversight/facts/rebuild                                   401   403   403   403   403   403   403   403   202   403   403
        """;
}
