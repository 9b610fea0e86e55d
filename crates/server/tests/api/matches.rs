//! Matching partners of opportunities: quality on a small trilingual corpus (the right
//! partner in the top 3, also across languages), the *why matched* reasons, dismissing, and
//! who may see them.

use std::time::Duration;

use glokal_api_types::{
    MatchReasonCode, MatchTargetType, Opportunity, Organization, PartnerMatches, Role,
};
use reqwest::header::ACCEPT_LANGUAGE;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, create_organization, spawn_app, TestApp};

/// One organisation of the corpus: name, country, town, NACE, language and description.
struct Firm {
    name: &'static str,
    country: &'static str,
    city: &'static str,
    nace: &'static str,
    lang: &'static str,
    description: &'static str,
}

const FIRMS: &[Firm] = &[
    Firm { name: "Nováková plasty s.r.o.", country: "CZ", city: "Liberec", nace: "22.29", lang: "cs", description: "Vstřikování plastů a výroba plastových dílů pro automobilový průmysl, vlastní nástrojárna." },
    Firm { name: "Erzgebirge Metallbau GmbH", country: "DE", city: "Annaberg-Buchholz", nace: "25.62", lang: "de", description: "CNC-Fräsen und Drehen von Präzisionsteilen, Blechbearbeitung und Schweißen." },
    Firm { name: "Ústecká galvanika a.s.", country: "CZ", city: "Ústí nad Labem", nace: "25.61", lang: "cs", description: "Galvanické pokovování, žárové zinkování a práškové lakování kovových dílů." },
    Firm { name: "Lausitzer Holzbau GmbH", country: "DE", city: "Görlitz", nace: "16.23", lang: "de", description: "Holzbau, Dachstühle und Fertighäuser aus Holz aus der Oberlausitz." },
    Firm { name: "Karlovarská textilie s.r.o.", country: "CZ", city: "Karlovy Vary", nace: "13.96", lang: "cs", description: "Výroba technických textilií a šití ochranných oděvů." },
    Firm { name: "Sächsische Software GmbH", country: "DE", city: "Dresden", nace: "62.01", lang: "de", description: "Softwareentwicklung, ERP-Systeme und IT-Beratung für den Mittelstand." },
    Firm { name: "Liberec Electronics s.r.o.", country: "CZ", city: "Liberec", nace: "26.12", lang: "en", description: "PCB assembly (SMT) and wire harnesses for industrial electronics." },
    Firm { name: "Vogtland Verpackung GmbH", country: "DE", city: "Plauen", nace: "17.21", lang: "de", description: "Verpackung aus Wellpappe, Kartonagen und Versandverpackungen nach Maß." },
];

async fn firm(app: &TestApp, token: &str, f: &Firm) -> Organization {
    let body = json!({
        "name": f.name, "kind": "company", "country": f.country, "city": f.city,
        "nace_main": f.nace, "description": {f.lang: f.description}
    });
    create_organization(app, token, &body).await
}

async fn post(app: &TestApp, token: &str, body: Value) -> Opportunity {
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

fn request(org: Uuid, lang: &str, title: &str, text: &str) -> Value {
    json!({
        "organization_id": org, "type": "supplier_request",
        "title": {lang: title}, "text": {lang: text}, "publish": true
    })
}

async fn matches(app: &TestApp, token: &str, opp: Uuid, query: &str, lang: &str) -> PartnerMatches {
    let res = app
        .client
        .get(app.url(&format!("/api/v1/opportunities/{opp}/matches{query}")))
        .bearer_auth(token)
        .header(ACCEPT_LANGUAGE, lang)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

/// Waits until the search index has every organisation of the corpus.
async fn wait_for_index(app: &TestApp, count: usize) {
    for _ in 0..200 {
        let res = app
            .get("/api/v1/search?type=organization&per_page=50", None)
            .await;
        let body: Value = res.json().await.unwrap();
        if body["total"].as_u64().unwrap_or(0) as usize >= count {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("the index did not catch up");
}

fn names(m: &PartnerMatches) -> Vec<String> {
    m.items
        .iter()
        .map(|i| i.organization.name.clone())
        .collect()
}

#[tokio::test]
async fn the_right_partner_ranks_in_the_top_three_also_across_languages() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let mut orgs = Vec::new();
    for f in FIRMS {
        orgs.push(firm(&app, &token, f).await);
    }
    wait_for_index(&app, FIRMS.len()).await;
    let by = |name: &str| orgs.iter().find(|o| o.name == name).unwrap().id;

    // (poster, language, title, text, expected partner); the poster is never suggested.
    let cases = [
        (
            "Sächsische Software GmbH",
            "de",
            "Spritzgussteile aus Kunststoff gesucht",
            "Wir suchen einen Lieferanten für Kunststoffteile im Spritzguss, 5 000 Stück im Jahr.",
            "Nováková plasty s.r.o.",
        ),
        (
            "Karlovarská textilie s.r.o.",
            "cs",
            "Hledáme CNC frézování a soustružení",
            "Hledáme dodavatele pro CNC frézování a soustružení kovových dílů.",
            "Erzgebirge Metallbau GmbH",
        ),
        (
            "Erzgebirge Metallbau GmbH",
            "de",
            "Verzinken und Pulverbeschichtung",
            "Wir suchen einen Partner für Verzinken und Pulverbeschichtung unserer Stahlteile.",
            "Ústecká galvanika a.s.",
        ),
        (
            "Ústecká galvanika a.s.",
            "cs",
            "Hledáme dodavatele obalů",
            "Hledáme dodavatele obalů a krabic pro expedici dílů.",
            "Vogtland Verpackung GmbH",
        ),
        (
            "Vogtland Verpackung GmbH",
            "de",
            "Leiterplattenbestückung gesucht",
            "Wir suchen einen Partner für die Bestückung von Leiterplatten und Kabelbäume.",
            "Liberec Electronics s.r.o.",
        ),
        (
            "Liberec Electronics s.r.o.",
            "cs",
            "Hledáme dodavatele dřevěných konstrukcí",
            "Hledáme firmu na zpracování dřeva a dřevěné konstrukce pro nový sklad.",
            "Lausitzer Holzbau GmbH",
        ),
        (
            "Nováková plasty s.r.o.",
            "en",
            "Protective clothing and technical textiles",
            "We need technical textiles for protective covers of our moulds.",
            "Karlovarská textilie s.r.o.",
        ),
    ];
    for (poster, lang, title, text, expected) in cases {
        let opp = post(&app, &token, request(by(poster), lang, title, text)).await;
        let found = matches(&app, &token, opp.id, "", "de").await;
        let top: Vec<String> = names(&found).into_iter().take(3).collect();
        assert!(
            top.iter().any(|n| n == expected),
            "{title}: expected {expected} in the top 3, got {top:?}"
        );
        assert!(
            !names(&found).iter().any(|n| n == poster),
            "{title}: the poster itself is never suggested"
        );
        let hit = found
            .items
            .iter()
            .find(|i| i.organization.name == expected)
            .unwrap();
        assert!(hit.score > 0 && hit.score <= 100, "{}", hit.score);
        assert!(
            hit.reasons
                .iter()
                .any(|r| r.code == MatchReasonCode::SharedTerms && !r.terms.is_empty()),
            "{title}: a shared-terms reason: {:?}",
            hit.reasons
        );
    }
}

#[tokio::test]
async fn reasons_counterparts_filters_and_dismissals() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let plasty = firm(&app, &token, &FIRMS[0]).await;
    let software = firm(&app, &token, &FIRMS[5]).await;
    let metall = firm(&app, &token, &FIRMS[1]).await;
    // A German plastics firm too: same activity, same country.
    let de_plastics = firm(
        &app,
        &token,
        &Firm {
            name: "Zittauer Kunststofftechnik GmbH",
            country: "DE",
            city: "Zittau",
            nace: "22.29",
            lang: "de",
            description: "Kunststoffspritzguss und Montage von Baugruppen.",
        },
    )
    .await;
    wait_for_index(&app, 4).await;
    // The Czech firm offers free capacity (a counter-opportunity of a supplier request).
    let capacity = post(
        &app,
        &token,
        json!({
            "organization_id": plasty.id, "type": "capacity_offer",
            "title": {"cs": "Volná kapacita vstřikování plastů"},
            "text": {"cs": "Dva vstřikolisy 250 t volné od ledna."},
            "nace_codes": ["22.29"],
            "capacity": {"process": "vstřikování plastů", "available_from": (chrono::Utc::now().date_naive()).to_string(), "available_until": (chrono::Utc::now().date_naive() + chrono::Days::new(60)).to_string()},
            "publish": true
        }),
    )
    .await;
    let mut wanted = request(
        software.id,
        "de",
        "Spritzgussteile gesucht",
        "Lieferant für Kunststoffteile im Spritzguss gesucht.",
    );
    wanted["nace_codes"] = json!(["22.29"]);
    let wanted = post(&app, &token, wanted).await;
    // The capacity offer is indexed a moment after it was published.
    let mut found = matches(&app, &token, wanted.id, "", "de").await;
    for _ in 0..100 {
        if found
            .items
            .iter()
            .any(|i| i.target_type == MatchTargetType::Opportunity)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(30)).await;
        found = matches(&app, &token, wanted.id, "", "de").await;
    }
    let offer = found
        .items
        .iter()
        .find(|i| i.target_type == MatchTargetType::Opportunity)
        .expect("the capacity offer is suggested");
    assert_eq!(offer.target_id, capacity.id);
    assert_eq!(offer.organization.id, plasty.id);
    let codes: Vec<MatchReasonCode> = offer.reasons.iter().map(|r| r.code).collect();
    assert!(codes.contains(&MatchReasonCode::Counterpart), "{codes:?}");
    assert!(codes.contains(&MatchReasonCode::SameActivity), "{codes:?}");
    assert!(codes.contains(&MatchReasonCode::CrossBorder), "{codes:?}");
    assert!(codes.contains(&MatchReasonCode::Distance), "{codes:?}");
    // The reasons are written in the caller's language.
    let counterpart = offer
        .reasons
        .iter()
        .find(|r| r.code == MatchReasonCode::Counterpart)
        .unwrap();
    assert!(
        counterpart.text.contains("Freie Kapazität") || counterpart.text.contains("Kapazit"),
        "{}",
        counterpart.text
    );
    let cs = matches(&app, &token, wanted.id, "", "cs").await;
    let cs_offer = cs
        .items
        .iter()
        .find(|i| i.target_id == capacity.id)
        .unwrap();
    assert_ne!(cs_offer.reasons[0].text, offer.reasons[0].text);
    let terms = offer
        .reasons
        .iter()
        .find(|r| r.code == MatchReasonCode::SharedTerms)
        .unwrap();
    assert!(
        terms.terms.iter().any(|t| t.contains("Spritzguss")),
        "{:?}",
        terms.terms
    );
    // Both plastics firms are suggested; the metal firm is not (nothing in common).
    let all = names(&found);
    assert!(
        all.contains(&plasty.name) && all.contains(&de_plastics.name),
        "{all:?}"
    );
    assert!(!all.contains(&metall.name), "{all:?}");

    // Cross-border only: the German plastics firm disappears.
    let mut border = request(
        software.id,
        "de",
        "Spritzguss über die Grenze",
        "Spritzgussteile aus Tschechien gesucht.",
    );
    border["cross_border_only"] = json!(true);
    let border = post(&app, &token, border).await;
    let found_border = matches(&app, &token, border.id, "", "en").await;
    assert!(names(&found_border).contains(&plasty.name));
    assert!(
        !names(&found_border).contains(&de_plastics.name),
        "{:?}",
        names(&found_border)
    );

    // Dismiss the Czech organisation: gone from the list, counted, listed again on request.
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/opportunities/{}/matches/dismissals", wanted.id),
            Some(&token),
            Some(&json!({"target_type": "organization", "target_id": plasty.id})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let after = matches(&app, &token, wanted.id, "", "de").await;
    assert!(!after.items.iter().any(|i| i.target_id == plasty.id));
    assert_eq!(after.dismissed, 1);
    // Its capacity offer is another suggestion and stays.
    assert!(after.items.iter().any(|i| i.target_id == capacity.id));
    let with = matches(&app, &token, wanted.id, "?include_dismissed=true", "de").await;
    let again = with
        .items
        .iter()
        .find(|i| i.target_id == plasty.id)
        .unwrap();
    assert!(again.dismissed);
    // Restore: suggested again; restoring twice is a 404.
    let path = format!(
        "/api/v1/opportunities/{}/matches/dismissals/organization/{}",
        wanted.id, plasty.id
    );
    let res = app.call(Method::DELETE, &path, Some(&token), None).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = app.call(Method::DELETE, &path, Some(&token), None).await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    let restored = matches(&app, &token, wanted.id, "", "de").await;
    assert!(restored
        .items
        .iter()
        .any(|i| i.target_id == plasty.id && !i.dismissed));
    assert_eq!(restored.dismissed, 0);

    // Bad input.
    let res = app
        .get(
            &format!("/api/v1/opportunities/{}/matches?limit=0", wanted.id),
            Some(&token),
        )
        .await;
    assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/opportunities/{}/matches/dismissals", wanted.id),
            Some(&token),
            Some(&json!({"target_type": "person", "target_id": plasty.id})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn certifications_asked_for_rank_higher() {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let buyer = firm(&app, &token, &FIRMS[5]).await;
    let mut orgs = Vec::new();
    for (name, certs) in [
        ("Plasty bez certifikátu s.r.o.", json!([])),
        ("Plasty IATF s.r.o.", json!([{"code": "iatf_16949"}])),
    ] {
        let body = json!({
            "name": name, "kind": "company", "country": "CZ", "city": "Liberec", "nace_main": "22.29",
            "description": {"cs": "Vstřikování plastů pro automobilový průmysl."}, "certifications": certs
        });
        let res = app
            .call(
                Method::POST,
                "/api/v1/organizations",
                Some(&token),
                Some(&body),
            )
            .await;
        assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
        orgs.push(res.json::<Organization>().await.unwrap());
    }
    wait_for_index(&app, 3).await;
    let mut body = request(
        buyer.id,
        "de",
        "Spritzguss gesucht",
        "Spritzgussteile für die Automobilindustrie.",
    );
    body["certifications"] = json!(["IATF_16949"]);
    let opp = post(&app, &token, body).await;
    assert_eq!(opp.certifications, vec!["iatf_16949".to_owned()]);
    let found = matches(&app, &token, opp.id, "", "en").await;
    let top = &found.items[0];
    assert_eq!(
        top.organization.name,
        "Plasty IATF s.r.o.",
        "{:?}",
        names(&found)
    );
    let reason = top
        .reasons
        .iter()
        .find(|r| r.code == MatchReasonCode::Certifications)
        .unwrap();
    assert!(reason.text.contains("IATF 16949"), "{}", reason.text);
    let plain = found
        .items
        .iter()
        .find(|i| i.organization.name == "Plasty bez certifikátu s.r.o.")
        .unwrap();
    assert!(plain.score < top.score);
    // Unknown certifications are refused.
    let mut bad = request(buyer.id, "de", "X", "Y");
    bad["certifications"] = json!(["iso_0000"]);
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&token),
            Some(&bad),
        )
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["certifications[0]"], "unknown_certification");
}

#[tokio::test]
async fn only_the_organisations_editors_and_admins_see_matches() {
    let app = spawn_app().await;
    let (_, owner) = app.user_with_role(Role::Member).await;
    let (_, stranger) = app.user_with_role(Role::Member).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let admin = app.admin_token().await;
    let org = firm(&app, &owner, &FIRMS[5]).await;
    let opp = post(
        &app,
        &owner,
        request(org.id, "de", "Spritzguss gesucht", "Kunststoffteile."),
    )
    .await;
    let mut draft = request(org.id, "de", "Entwurf", "Noch nicht veröffentlicht.");
    draft["publish"] = json!(false);
    let draft = post(&app, &owner, draft).await;
    let list = format!("/api/v1/opportunities/{}/matches", opp.id);
    let dismiss = format!("/api/v1/opportunities/{}/matches/dismissals", opp.id);
    let target = json!({"target_type": "organization", "target_id": Uuid::new_v4()});
    for (token, status) in [
        (None, StatusCode::UNAUTHORIZED),
        (Some(stranger.as_str()), StatusCode::FORBIDDEN),
        (Some(staff.as_str()), StatusCode::FORBIDDEN),
        (Some(owner.as_str()), StatusCode::OK),
        (Some(admin.as_str()), StatusCode::OK),
    ] {
        let res = app.get(&list, token).await;
        assert_eq!(res.status(), status, "list as {token:?}");
        let res = app.call(Method::POST, &dismiss, token, Some(&target)).await;
        let expected = if status == StatusCode::OK {
            StatusCode::NO_CONTENT
        } else {
            status
        };
        assert_eq!(res.status(), expected, "dismiss as {token:?}");
    }
    // A draft does not exist for strangers; its own organisation sees its matches.
    let draft_list = format!("/api/v1/opportunities/{}/matches", draft.id);
    assert_eq!(
        app.get(&draft_list, Some(&stranger)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get(&draft_list, Some(&owner)).await.status(),
        StatusCode::OK
    );
    let unknown = format!("/api/v1/opportunities/{}/matches", Uuid::new_v4());
    assert_eq!(
        app.get(&unknown, Some(&owner)).await.status(),
        StatusCode::NOT_FOUND
    );
}
