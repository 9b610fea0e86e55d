use glokal_api_types::{NaceItem, PlaceItem, RegionItem};
use reqwest::StatusCode;

use crate::helpers::{assert_error, spawn_app};

#[tokio::test]
async fn nace_is_complete_trilingual_and_searchable_in_every_language() {
    let app = spawn_app().await;
    let res = app.get("/api/v1/reference/nace", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["cache-control"]
        .to_str()
        .unwrap()
        .contains("max-age=86400"));
    let all: Vec<NaceItem> = res.json().await.unwrap();
    assert_eq!(all.len(), 996);
    for q in ["Kunststoff", "plast", "plastic"] {
        let hits: Vec<NaceItem> = app
            .get(&format!("/api/v1/reference/nace?q={q}&level=4"), None)
            .await
            .json()
            .await
            .unwrap();
        assert!(hits.iter().any(|n| n.code == "22.29"), "{q} finds 22.29");
    }
    // diacritics ignored: "obrabeni" finds "obrábění"
    let hits: Vec<NaceItem> = app
        .get("/api/v1/reference/nace?q=obrabeni", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(
        hits.iter()
            .any(|n| n.label.cs.contains("obrábění") || n.label.cs.contains("Obrábění")),
        "{hits:?}"
    );
    let children: Vec<NaceItem> = app
        .get("/api/v1/reference/nace?parent=22.2", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        children.iter().map(|n| n.code.as_str()).collect::<Vec<_>>(),
        ["22.21", "22.22", "22.23", "22.29"]
    );
}

#[tokio::test]
async fn regions_cover_the_programme_area() {
    let app = spawn_app().await;
    let regions: Vec<RegionItem> = app
        .get("/api/v1/reference/regions", None)
        .await
        .json()
        .await
        .unwrap();
    let programme: Vec<&str> = regions
        .iter()
        .filter(|r| r.in_programme_area)
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(programme.len(), 12);
    for code in [
        "DED2C", "DED42", "DED2D", "DED43", "DED2F", "DED44", "DED45", "DED41", "DED21", "CZ041",
        "CZ042", "CZ051",
    ] {
        assert!(programme.contains(&code), "{code}");
    }
    let liberec = regions.iter().find(|r| r.code == "CZ051").unwrap();
    assert_eq!(liberec.name.cs, "Liberecký kraj");
}

#[tokio::test]
async fn places_autocomplete_with_exonyms_and_without_diacritics() {
    let app = spawn_app().await;
    let hits: Vec<PlaceItem> = app
        .get("/api/v1/reference/places?q=Reichenb&limit=5", None)
        .await
        .json()
        .await
        .unwrap();
    let liberec = hits
        .iter()
        .find(|p| p.name == "Liberec")
        .expect("Reichenberg is Liberec");
    assert_eq!(liberec.region_code.as_deref(), Some("CZ051"));
    let hits: Vec<PlaceItem> = app
        .get("/api/v1/reference/places?q=decin", None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(hits[0].name, "Děčín");
    assert_error(
        app.get("/api/v1/reference/places?q=%20", None).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_error(
        app.get("/api/v1/reference/places", None).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn certifications_and_languages_are_listed_in_three_languages() {
    let app = crate::helpers::spawn_app().await;
    let certs: Vec<glokal_api_types::CertificationItem> = app
        .get("/api/v1/reference/certifications", None)
        .await
        .json()
        .await
        .unwrap();
    let iatf = certs
        .iter()
        .find(|c| c.code == "iatf_16949")
        .expect("IATF 16949 listed");
    assert_eq!(iatf.name, "IATF 16949");
    assert!(iatf.topic.cs.contains("automobil"), "{}", iatf.topic.cs);
    let languages: Vec<glokal_api_types::LanguageItem> = app
        .get("/api/v1/reference/languages", None)
        .await
        .json()
        .await
        .unwrap();
    let polish = languages
        .iter()
        .find(|l| l.code == "pl")
        .expect("Polish listed");
    assert_eq!(
        (
            polish.name.de.as_str(),
            polish.name.cs.as_str(),
            polish.name.en.as_str()
        ),
        ("Polnisch", "polština", "Polish")
    );
}
