//! Bulk data for institutions: organisations imported from CSV/XLSX (German and Czech
//! headers, BOM or not, `;` or `,`), the dry run's per-row errors and duplicates, rights and
//! bad files; exports of organisations, opportunities and event participants as CSV and XLSX.

use glokal_api_types::{
    ApiTokenInput, CreatedApiToken, DuplicateReason, ImportReport, Organization, OrganizationPage,
    Role,
};
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE};
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::{assert_error, create_organization, language, spawn_app, TestApp};

/// A German CRM export: BOM, `;`, quoted fields, German headers.
const GERMAN_CSV: &str = "\u{feff}Firmenname;Art;Land;PLZ;Ort;IČO;USt-IdNr.;NACE;Beschreibung (DE);Popis (CS);Größe;Lieblingsfarbe\n\
\"Elbe Metall GmbH\";Unternehmen;Deutschland;01796;Pirna;;DE123456789;\"2562, 2511\";\"Blechbearbeitung; Laserschneiden\";;35;blau\n\
Nováková plasty s.r.o.;Firma;Tschechien;46001;Liberec;27074358;;2229;;Vstřikování plastů;mittel;\n\
Kaputt GmbH;Raumschiff;DE;;Zittau;12345678;;9999;Text;;riesig;\n\
Elbe-Metall GmbH;Unternehmen;DE;;Pirna;;;;Doppelt;;;\n\
;;;;;;;;;;;\n\
Novakova Plasty;Firma;CZ;;Jablonec nad Nisou;27074358;;;;Duplicitní IČO;;\n";

async fn import(
    app: &TestApp,
    token: &str,
    body: Vec<u8>,
    content_type: &str,
    dry_run: bool,
) -> reqwest::Response {
    app.client
        .post(app.url(&format!("/api/v1/organizations/import?dry_run={dry_run}")))
        .header(AUTHORIZATION, format!("Bearer {token}"))
        .header(CONTENT_TYPE, content_type)
        .headers(language("de"))
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn count(app: &TestApp) -> u64 {
    let page: OrganizationPage = app
        .get("/api/v1/organizations?limit=100", None)
        .await
        .json()
        .await
        .unwrap();
    page.total
}

#[tokio::test]
async fn a_dry_run_reports_rows_errors_and_duplicates_then_the_import_creates_the_good_rows() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    // Already on the platform: the import must not create it again.
    create_organization(&app, &member, &json!({"name": "Sachsen Guss GmbH", "kind": "company", "country": "DE", "city": "Freiberg", "description": {"de": "Gießerei"}})).await;
    let csv = format!("{GERMAN_CSV}Sachsen-Guss GmbH;Unternehmen;DE;;Freiberg;;;;Gießerei;;;\n");
    let before = count(&app).await;

    let res = import(&app, &staff, csv.clone().into_bytes(), "text/csv", true).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    let report: ImportReport = res.json().await.unwrap();
    assert!(report.dry_run);
    assert_eq!(report.format, "csv");
    assert_eq!(report.delimiter.as_deref(), Some(";"));
    assert_eq!(report.rows, 6, "the empty row is skipped");
    let field_of = |header: &str| {
        report
            .columns
            .iter()
            .find(|c| c.header == header)
            .and_then(|c| c.field.clone())
    };
    assert_eq!(field_of("Firmenname").as_deref(), Some("name"));
    assert_eq!(field_of("PLZ").as_deref(), Some("postal_code"));
    assert_eq!(field_of("IČO").as_deref(), Some("ico"));
    assert_eq!(field_of("Popis (CS)").as_deref(), Some("description.cs"));
    assert_eq!(field_of("Größe").as_deref(), Some("size_class"));
    assert_eq!(field_of("Lieblingsfarbe"), None);
    assert_eq!(report.importable, 2, "{report:?}");
    // Row 4 (Kaputt GmbH): unknown kind and size, bad IČO, unknown NACE — all reported, in German.
    let row4: Vec<(&str, &str)> = report
        .errors
        .iter()
        .filter(|e| e.row == 4)
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert!(row4.contains(&("kind", "unknown_kind")), "{row4:?}");
    assert!(
        row4.contains(&("size_class", "unknown_size_class")),
        "{row4:?}"
    );
    let kind_error = report.errors.iter().find(|e| e.field == "kind").unwrap();
    assert!(
        kind_error.message.contains("Organisationsart"),
        "{}",
        kind_error.message
    );
    assert!(
        report.errors.iter().all(|e| e.row == 4),
        "{:?}",
        report.errors
    );
    // Duplicates: the same name in the same town earlier in the file, the same IČO, and one
    // already on the platform.
    let dup = |row: u32| report.duplicates.iter().find(|d| d.row == row).unwrap();
    assert_eq!(dup(5).reason, DuplicateReason::NameAndTown);
    assert_eq!(dup(5).same_as_row, Some(2));
    assert_eq!(dup(7).reason, DuplicateReason::Ico);
    assert_eq!(dup(7).same_as_row, Some(3));
    assert_eq!(dup(8).reason, DuplicateReason::NameAndTown);
    assert_eq!(dup(8).existing_name.as_deref(), Some("Sachsen Guss GmbH"));
    assert_eq!(count(&app).await, before, "a dry run writes nothing");

    // The import itself.
    let res = import(&app, &staff, csv.into_bytes(), "text/csv", false).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let report: ImportReport = res.json().await.unwrap();
    assert_eq!(report.created, 2);
    assert_eq!(count(&app).await, before + 2);
    let elbe: Organization = app
        .get(
            &format!("/api/v1/organizations/{}", report.created_ids[0]),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(elbe.name, "Elbe Metall GmbH");
    assert_eq!(elbe.country, "DE");
    assert_eq!(elbe.postal_code.as_deref(), Some("01796"));
    assert_eq!(elbe.nace_codes, ["25.62", "25.11"]);
    assert_eq!(
        elbe.description.de.as_deref(),
        Some("Blechbearbeitung; Laserschneiden")
    );
    assert_eq!(elbe.vat_id.as_deref(), Some("DE123456789"));
    assert_eq!(
        elbe.my_role,
        Some(glokal_api_types::MemberRole::Owner),
        "the importer owns it"
    );
    let novakova: Organization = app
        .get(
            &format!("/api/v1/organizations/{}", report.created_ids[1]),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        novakova.description.cs.as_deref(),
        Some("Vstřikování plastů")
    );
    assert_eq!(
        novakova.region_code.as_deref(),
        Some("CZ051"),
        "the town gives the region"
    );

    // Importing the same file again: everything is a duplicate now.
    let res = import(
        &app,
        &staff,
        GERMAN_CSV.as_bytes().to_vec(),
        "text/csv",
        true,
    )
    .await;
    let again: ImportReport = res.json().await.unwrap();
    assert_eq!(again.importable, 0);
    assert!(again
        .duplicates
        .iter()
        .any(|d| d.row == 2 && d.existing_id == Some(elbe.id)));
}

#[tokio::test]
async fn czech_headers_commas_and_an_xlsx_round_trip() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let csv = "Název firmy,Obec,Země,IČO,Popis,Velikost\n\
\"Sklárna Nový Bor, a.s.\",Nový Bor,Česko,45274321,\"Ruční výroba skla, rytí\",malý\n";
    let res = import(
        &app,
        &staff,
        csv.as_bytes().to_vec(),
        "text/csv; charset=utf-8",
        false,
    )
    .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let report: ImportReport = res.json().await.unwrap();
    assert_eq!(report.delimiter.as_deref(), Some(","));
    assert_eq!(report.created, 1, "{report:?}");
    let org: Organization = app
        .get(
            &format!("/api/v1/organizations/{}", report.created_ids[0]),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(org.name, "Sklárna Nový Bor, a.s.");
    assert_eq!(org.country, "CZ");
    assert_eq!(
        org.description.cs.as_deref(),
        Some("Ruční výroba skla, rytí"),
        "one description column: the country's language"
    );

    // Exported as XLSX and imported again: the same columns are understood, and every row is
    // a duplicate (by IČO).
    let res = app
        .get("/api/v1/organizations/export?format=xlsx", Some(&staff))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()[CONTENT_TYPE],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("glokal-organizations.xlsx"));
    let xlsx = res.bytes().await.unwrap().to_vec();
    let res = import(
        &app,
        &staff,
        xlsx,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        true,
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let report: ImportReport = res.json().await.unwrap();
    assert_eq!(report.format, "xlsx");
    assert_eq!(report.rows, 1);
    assert_eq!(report.duplicates.len(), 1);
    assert_eq!(report.duplicates[0].reason, DuplicateReason::Ico);
    assert!(report
        .columns
        .iter()
        .any(|c| c.header == "description_cs" && c.field.as_deref() == Some("description.cs")));
}

#[tokio::test]
async fn who_may_import_and_what_files_are_refused() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let admin = app.admin_token().await;
    let csv = b"Name;Ort;Land\nFirma;Zittau;DE\n".to_vec();
    let res = app
        .client
        .post(app.url("/api/v1/organizations/import"))
        .body(csv.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    assert_error(
        import(&app, &member, csv.clone(), "text/csv", true).await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_eq!(
        import(&app, &admin, csv, "text/csv", true).await.status(),
        StatusCode::OK
    );

    for (body, code) in [
        (b"\xff\xfeN\x00a\x00m\x00e\x00".to_vec(), "not_utf8"),
        (Vec::new(), "empty_file"),
        (
            b"PK\x03\x04not really a workbook".to_vec(),
            "unreadable_file",
        ),
        (b"Ort;Land\nZittau;DE\n".to_vec(), "name_column_missing"),
        (
            format!("Name;Ort;Land\n{}", "Firma;Zittau;DE\n".repeat(100_001)).into_bytes(),
            "too_many_rows",
        ),
    ] {
        let body = assert_error(
            import(&app, &staff, body, "text/csv", true).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(body["fields"]["file"], code);
    }
    let huge = vec![b'a'; 33 << 20];
    assert_error(
        import(&app, &staff, huge, "text/csv", true).await,
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
    )
    .await;
}

#[tokio::test]
async fn exports_as_csv_for_staff_and_tokens_with_the_scope() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let chamber = create_organization(&app, &staff, &json!({"name": "IHK Chemnitz", "kind": "chamber", "country": "DE", "city": "Chemnitz", "description": {"de": "Kammer"}})).await;
    let firm = create_organization(&app, &member, &json!({"name": "=HYPERLINK(\"x\") Trick GmbH", "kind": "company", "country": "DE", "city": "Zwickau", "description": {"de": "Zulieferer"}, "contacts": [{"name": "Eva Geheim", "email": "eva@trick.example"}]})).await;
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&member),
            Some(&json!({
                "organization_id": firm.id, "type": "service_offer", "publish": true,
                "title": {"de": "Freie Kapazität Laserschneiden"}, "text": {"de": "Ab März frei."}
            })),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    app.call(
        Method::POST,
        "/api/v1/opportunities",
        Some(&member),
        Some(&json!({
            "organization_id": firm.id, "type": "service_offer", "publish": false,
            "title": {"de": "Geheimer Entwurf"}, "text": {"de": "Noch nicht."}
        })),
    )
    .await;

    let res = app.get("/api/v1/organizations/export", Some(&staff)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()[CONTENT_TYPE], "text/csv; charset=utf-8");
    let text = res.text().await.unwrap();
    assert!(text.starts_with("\u{feff}id;name;"));
    assert!(text.contains("IHK Chemnitz"));
    assert!(text.contains("'=HYPERLINK"), "formulas are neutralised");
    assert!(!text.contains("eva@trick.example"), "no contact persons");

    let res = app.get("/api/v1/opportunities/export", Some(&staff)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = res.text().await.unwrap();
    assert!(text.contains("Freie Kapazität Laserschneiden"));
    assert!(
        !text.contains("Geheimer Entwurf"),
        "drafts are never exported"
    );

    // Rights.
    assert_eq!(
        app.get("/api/v1/organizations/export", None).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.get("/api/v1/organizations/export", Some(&member))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/api/v1/opportunities/export", Some(&member))
            .await
            .status(),
        StatusCode::FORBIDDEN
    );
    let body = assert_error(
        app.get("/api/v1/organizations/export?format=pdf", Some(&staff))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["format"], "unknown_value");
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/organizations/{}/api-tokens", chamber.id),
            Some(&staff),
            Some(
                &serde_json::to_value(ApiTokenInput {
                    name: "CRM".into(),
                    scopes: vec![glokal_api_types::ApiScope::OrganizationsRead],
                })
                .unwrap(),
            ),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let token: CreatedApiToken = res.json().await.unwrap();
    assert_eq!(
        app.get("/api/v1/organizations/export", Some(&token.token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        app.get("/api/v1/opportunities/export", Some(&token.token))
            .await,
        StatusCode::FORBIDDEN,
        "insufficient_scope",
    )
    .await;
}

#[tokio::test]
async fn organisers_export_their_participants() {
    let app = spawn_app().await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, other_staff) = app.user_with_role(Role::InstitutionStaff).await;
    let (_, member) = app.user_with_role(Role::Member).await;
    let ihk = create_organization(&app, &staff, &json!({"name": "IHK Dresden", "kind": "chamber", "country": "DE", "city": "Dresden", "description": {"de": "Kammer"}})).await;
    let firm = create_organization(&app, &member, &json!({"name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec", "description": {"cs": "Plasty"}})).await;
    let starts = (chrono::Utc::now() + chrono::Duration::days(20)).date_naive();
    let res = app
        .call(Method::POST, "/api/v1/events", Some(&staff), Some(&json!({
            "organization_id": ihk.id, "title": {"de": "Unternehmerabend"}, "description": {"de": "Treffen"},
            "type": "information", "venue": {"name": "IHK", "city": "Dresden", "country": "DE"},
            "starts_at": format!("{starts}T17:00:00+01:00"), "ends_at": format!("{starts}T20:00:00+01:00"),
            "languages": ["de"]
        })))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let event: serde_json::Value = res.json().await.unwrap();
    let id = event["id"].as_str().unwrap();
    assert_eq!(
        app.call(
            Method::POST,
            &format!("/api/v1/events/{id}/publish"),
            Some(&staff),
            None
        )
        .await
        .status(),
        StatusCode::OK
    );
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/events/{id}/registrations"),
            Some(&member),
            Some(&json!({"organization_id": firm.id, "note": "=1+1"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);

    let res = app
        .get(
            &format!("/api/v1/events/{id}/registrations/export?format=csv"),
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let text = res.text().await.unwrap();
    assert!(text.contains("Nováková plasty s.r.o."));
    assert!(text.contains(";confirmed;"));
    assert!(text.contains("'=1+1"));
    let res = app
        .get(
            &format!("/api/v1/events/{id}/registrations/export?format=xlsx"),
            Some(&staff),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.bytes().await.unwrap().starts_with(b"PK\x03\x04"));
    assert_eq!(
        app.get(
            &format!("/api/v1/events/{id}/registrations/export"),
            Some(&other_staff)
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get(
            &format!("/api/v1/events/{id}/registrations/export"),
            Some(&member)
        )
        .await
        .status(),
        StatusCode::FORBIDDEN
    );
}
