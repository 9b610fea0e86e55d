//! Search: cross-lingual matching, analysis, filters and facets, distance, freshness through
//! the change feed (also across two server processes), suggestions and bad input.

use std::time::{Duration, Instant};

use glokal_api_types::{Organization, Role, SearchResults, Suggestions};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, spawn_app, TestApp};

async fn create_org(app: &TestApp, token: &str, body: Value) -> Organization {
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn search(app: &TestApp, query: &str) -> SearchResults {
    let res = app.get(&format!("/api/v1/search?{query}"), None).await;
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{query}: {:?}",
        res.text().await
    );
    res.json().await.unwrap()
}

fn ids(r: &SearchResults) -> Vec<Uuid> {
    r.hits.iter().map(|h| h.id).collect()
}

/// Polls a search until `ok` holds (the change feed is followed every 200 ms); returns how
/// long it took.
async fn eventually(app: &TestApp, query: &str, ok: impl Fn(&SearchResults) -> bool) -> Duration {
    let start = Instant::now();
    loop {
        let r = search(app, query).await;
        if ok(&r) {
            return start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{query}: not found in time: {:?}",
            ids(&r)
        );
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

fn enc(q: &str) -> String {
    q.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

struct Corpus {
    cz_plastics: Organization,
    de_plastics: Organization,
    cz_machining: Organization,
    en_milling: Organization,
}

async fn corpus(app: &TestApp, token: &str) -> Corpus {
    let cz_plastics = create_org(app, token, json!({
        "name": "Plasty Novák s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec",
        "size_class": "small", "nace_codes": ["22.29"], "languages": ["cs", "de"],
        "description": {"cs": "Zabýváme se vstřikováním plastů pro automobilový průmysl. Naše vstřikovna má 20 strojů."}
    })).await;
    let de_plastics = create_org(app, token, json!({
        "name": "Müller Formteile GmbH", "kind": "company", "country": "DE", "city": "Chemnitz",
        "size_class": "medium", "nace_codes": ["22.29"], "languages": ["de"],
        "description": {"de": "Wir fertigen technische Teile im Kunststoffspritzguss für die Medizintechnik."}
    })).await;
    let cz_machining = create_org(
        app,
        token,
        json!({
            "name": "Strojírna Děčín a.s.", "kind": "company", "country": "CZ", "city": "Děčín",
            "nace_codes": ["25.62"], "languages": ["cs"],
            "description": {"cs": "Nabízíme CNC obrábění kovů, frézování a soustružení na zakázku."}
        }),
    )
    .await;
    let en_milling = create_org(app, token, json!({
        "name": "Saxon Precision Ltd", "kind": "company", "country": "DE", "city": "Dresden",
        "nace_codes": ["25.62"], "languages": ["en"],
        "description": {"en": "Contract CNC milling and turning of aluminium parts. Fräsen on request, CNC capacity free."}
    })).await;
    Corpus {
        cz_plastics,
        de_plastics,
        cz_machining,
        en_milling,
    }
}

async fn setup() -> (TestApp, String, Corpus) {
    let app = spawn_app().await;
    let (_, token) = app.user_with_role(Role::Member).await;
    let c = corpus(&app, &token).await;
    let all = [
        c.cz_plastics.id,
        c.de_plastics.id,
        c.cz_machining.id,
        c.en_milling.id,
    ];
    eventually(&app, "type=organization", |r| {
        all.iter().all(|id| ids(r).contains(id))
    })
    .await;
    (app, token, c)
}

#[tokio::test]
async fn spritzguss_finds_vstrikovani_plastu_and_back() {
    let (app, _, c) = setup().await;
    let r = search(&app, "q=Spritzguss&lang=de").await;
    assert!(
        ids(&r).contains(&c.cz_plastics.id),
        "German → Czech: {:?}",
        ids(&r)
    );
    assert!(ids(&r).contains(&c.de_plastics.id));
    assert!(!ids(&r).contains(&c.en_milling.id));
    assert!(
        r.expanded.iter().any(|e| e == "Spritzguss"),
        "{:?}",
        r.expanded
    );
    let hit = r.hits.iter().find(|h| h.id == c.cz_plastics.id).unwrap();
    assert_eq!(hit.text_language, Some(glokal_api_types::Language::Cs));
    assert!(
        hit.snippet
            .iter()
            .any(|s| s.mark && s.text.starts_with("vstřikov")),
        "{:?}",
        hit.snippet
    );

    let r = search(&app, &format!("q={}", enc("vstřikování plastů"))).await;
    assert!(
        ids(&r).contains(&c.de_plastics.id),
        "Czech → German: {:?}",
        ids(&r)
    );
    assert!(ids(&r).contains(&c.cz_plastics.id));

    let r = search(&app, "q=injection+moulding").await;
    assert!(ids(&r).contains(&c.de_plastics.id) && ids(&r).contains(&c.cz_plastics.id));
    let r = search(&app, &format!("q={}", enc("Fräsen"))).await;
    assert!(
        ids(&r).contains(&c.cz_machining.id),
        "Fräsen → frézování: {:?}",
        ids(&r)
    );
}

#[tokio::test]
async fn typos_diacritics_inflection_compounds_and_prefixes() {
    let (app, _, c) = setup().await;
    // typo (one letter missing)
    let r = search(&app, "q=Spritzgus+").await;
    assert!(ids(&r).contains(&c.de_plastics.id), "typo: {:?}", ids(&r));
    // no diacritics
    let r = search(&app, "q=obrabeni+kovu").await;
    assert_eq!(ids(&r).first(), Some(&c.cz_machining.id), "diacritics");
    // Czech inflection: the text says "vstřikováním" and "vstřikovna"
    for q in ["vstřikovací", "vstřikovna", "vstřikování"] {
        let r = search(&app, &format!("q={}", enc(q))).await;
        assert!(ids(&r).contains(&c.cz_plastics.id), "{q}: {:?}", ids(&r));
    }
    // German compound: the text only says "Kunststoffspritzguss"
    let r = search(&app, "q=Spritzguss+Medizintechnik").await;
    assert_eq!(ids(&r).first(), Some(&c.de_plastics.id));
    // search as you type: prefix of the last word
    let r = search(&app, "q=Saxon+Precis").await;
    assert_eq!(ids(&r).first(), Some(&c.en_milling.id));
}

#[tokio::test]
async fn quoted_phrases_are_exact() {
    let (app, _, c) = setup().await;
    let r = search(&app, &format!("q={}", enc("\"CNC milling\""))).await;
    assert_eq!(ids(&r), vec![c.en_milling.id]);
    let r = search(&app, &format!("q={}", enc("\"milling CNC\""))).await;
    assert!(r.hits.is_empty(), "{:?}", ids(&r));
    // an unclosed quote is closed at the end
    let r = search(&app, &format!("q={}", enc("\"CNC milling"))).await;
    assert_eq!(ids(&r), vec![c.en_milling.id]);
}

#[tokio::test]
async fn filters_facets_and_browsing() {
    let (app, token, c) = setup().await;
    let r = search(&app, "q=CNC").await;
    assert_eq!(r.total, 2);
    let country: std::collections::HashMap<_, _> = r
        .facets
        .country
        .iter()
        .map(|f| (f.value.as_str(), f.count))
        .collect();
    assert_eq!(country.get("CZ"), Some(&1));
    assert_eq!(country.get("DE"), Some(&1));
    let r = search(&app, "q=CNC&country=cz").await;
    assert_eq!(ids(&r), vec![c.cz_machining.id]);
    let r = search(&app, "nace=22").await;
    assert_eq!(r.total, 2, "browse by NACE division");
    let r = search(&app, "nace=C&size_class=medium").await;
    assert_eq!(ids(&r), vec![c.de_plastics.id]);
    let r = search(&app, "language=de&kind=company").await;
    assert_eq!(r.total, 2);
    let r = search(&app, "verified=true").await;
    assert_eq!(r.total, 0);

    // opportunities: open ones only unless asked
    let body = json!({
        "organization_id": c.cz_plastics.id, "type": "capacity_offer", "publish": true,
        "capacity": {"process": "vstřikování", "available_from": chrono::Utc::now().date_naive().to_string(), "available_until": (chrono::Utc::now().date_naive() + chrono::Days::new(30)).to_string()},
        "title": {"cs": "Volná kapacita vstřikolisů"},
        "text": {"cs": "Nabízíme volnou kapacitu na vstřikování plastů, 2 směny."}
    });
    let res = app
        .call(
            Method::POST,
            "/api/v1/opportunities",
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    let opp: Value = res.json().await.unwrap();
    let opp_id: Uuid = opp["id"].as_str().unwrap().parse().unwrap();
    eventually(&app, "q=Spritzguss&type=opportunity", |r| {
        ids(r) == vec![opp_id]
    })
    .await;
    let r = search(&app, "q=Spritzguss&opportunity_type=capacity_offer").await;
    assert_eq!(ids(&r), vec![opp_id]);
    assert_eq!(
        r.hits[0].organization_name.as_deref(),
        Some("Plasty Novák s.r.o.")
    );
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/opportunities/{opp_id}/close"),
            Some(&token),
            Some(&json!({"outcome": "no_longer_needed"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    eventually(&app, "q=Spritzguss&type=opportunity", |r| r.total == 0).await;
    let r = search(&app, "q=Spritzguss&type=opportunity&include_expired=true").await;
    assert_eq!(ids(&r), vec![opp_id]);
    assert!(r.hits[0].expired);
}

#[tokio::test]
async fn near_radius_and_distance_sort() {
    let (app, _, c) = setup().await;
    // Liberec
    let r = search(&app, "near=50.77,15.06&radius_km=30").await;
    assert_eq!(ids(&r), vec![c.cz_plastics.id]);
    assert!(r.hits[0].distance_km.unwrap() < 5.0);
    // The town's coordinates come along (for a map of the results).
    let (lat, lon) = (r.hits[0].lat.unwrap(), r.hits[0].lon.unwrap());
    assert!(
        (lat - 50.77).abs() < 0.1 && (lon - 15.06).abs() < 0.1,
        "{lat},{lon}"
    );
    let r = search(&app, "near=50.77,15.06&sort=distance&type=organization").await;
    assert_eq!(ids(&r).first(), Some(&c.cz_plastics.id));
    let d: Vec<f64> = r.hits.iter().map(|h| h.distance_km.unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
}

#[tokio::test]
async fn a_change_is_searchable_within_a_second() {
    let (app, token, c) = setup().await;
    let mut body = json!({
        "name": "Strojírna Děčín a.s.", "kind": "company", "country": "CZ", "city": "Děčín",
        "nace_codes": ["25.62"], "languages": ["cs"],
        "description": {"cs": "Nově nabízíme laserové řezání plechů a práškové lakování."}
    });
    let res = app
        .call(
            Method::PUT,
            &format!("/api/v1/organizations/{}", c.cz_machining.id),
            Some(&token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let took = eventually(&app, "q=Pulverbeschichtung", |r| {
        ids(r).contains(&c.cz_machining.id)
    })
    .await;
    assert!(took < Duration::from_secs(1), "took {took:?}");
    // and the old text is gone
    eventually(&app, &format!("q={}", enc("frézování")), |r| {
        !ids(r).contains(&c.cz_machining.id)
    })
    .await;
    // delete
    let res = app
        .call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}", c.cz_machining.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let took = eventually(&app, "q=Pulverbeschichtung", |r| r.total == 0).await;
    assert!(took < Duration::from_secs(1), "took {took:?}");
    body["name"] = json!("unused");
}

#[tokio::test]
async fn two_server_processes_follow_each_others_writes() {
    let (app, token, c) = setup().await;
    let peer = app.spawn_peer().await;
    // the peer built its index from the database at start
    let r = search(&peer, "q=Spritzguss").await;
    assert!(ids(&r).contains(&c.cz_plastics.id));
    // a write through the first process shows up in the second …
    let org = create_org(
        &app,
        &token,
        json!({
            "name": "Galvanik Zittau GmbH", "kind": "company", "country": "DE", "city": "Zittau",
            "description": {"de": "Galvanische Beschichtung und Eloxieren von Aluminium."}
        }),
    )
    .await;
    let took = eventually(&peer, "q=eloxov%C3%A1n%C3%AD", |r| ids(r).contains(&org.id)).await;
    assert!(took < Duration::from_secs(1), "peer took {took:?}");
    // … and a write through the second one in the first
    let res = peer
        .call(
            Method::DELETE,
            &format!("/api/v1/organizations/{}", org.id),
            Some(&token),
            None,
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let took = eventually(&app, "q=Eloxieren", |r| !ids(r).contains(&org.id)).await;
    assert!(took < Duration::from_secs(1), "took {took:?}");
}

#[tokio::test]
async fn suggestions_in_the_viewers_language() {
    let (app, _, c) = setup().await;
    let res = app
        .get("/api/v1/search/suggest?q=Spritzg&lang=de", None)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let s: Suggestions = res.json().await.unwrap();
    assert!(
        s.suggestions.iter().any(|s| s.label == "Spritzguss"),
        "{s:?}"
    );
    let res = app
        .get(
            &format!("/api/v1/search/suggest?q={}&lang=cs", enc("plast")),
            None,
        )
        .await;
    let s: Suggestions = res.json().await.unwrap();
    assert_eq!(
        s.suggestions[0].value,
        c.cz_plastics.id.to_string(),
        "{s:?}"
    );
    assert!(s.suggestions.len() <= 10);
    let res = app.get("/api/v1/search/suggest?q=", None).await;
    let s: Suggestions = res.json().await.unwrap();
    assert!(s.suggestions.is_empty());
}

#[tokio::test]
async fn bad_input_gets_clear_answers() {
    let app = spawn_app().await;
    let long = "a".repeat(201);
    assert_error(
        app.get(&format!("/api/v1/search?q={long}"), None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    for q in [
        "radius_km=5000&near=50.7,15.0",
        "radius_km=10",
        "near=abc",
        "near=91,15",
        "near=1",
        "region=XX999",
        "certification=nonsense",
        "language=xx",
        "nace=99.99",
        "sort=distance",
        "per_page=0",
        "page=0",
        "country=Germany",
    ] {
        let res = app.get(&format!("/api/v1/search?{q}"), None).await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{q}");
    }
    for q in ["type=everything", "kind=alien", "sort=random", "page=-1"] {
        let res = app.get(&format!("/api/v1/search?{q}"), None).await;
        assert_eq!(res.status(), StatusCode::BAD_REQUEST, "{q}");
    }
    // never a 500: odd queries and pages beyond the end are empty answers
    for q in [
        "%22",
        "%22%22%22",
        "*",
        "AND+OR+NOT",
        "(%5B%7B",
        "a%3Ab",
        "~2",
        "x&page=500",
        "-",
    ] {
        let res = app.get(&format!("/api/v1/search?q={q}"), None).await;
        assert_eq!(res.status(), StatusCode::OK, "{q}");
        let r: SearchResults = res.json().await.unwrap();
        assert!(r.hits.is_empty());
    }
    let res = app.get("/api/v1/search?page=9999", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    let long = "a".repeat(101);
    let res = app
        .get(&format!("/api/v1/search/suggest?q={long}"), None)
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
