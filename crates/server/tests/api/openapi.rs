//! The committed OpenAPI document (`api-spec/openapi.json`) is the reviewed API contract.

use std::path::PathBuf;

fn snapshot_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../api-spec/openapi.json")
}

#[test]
fn openapi_document_matches_the_committed_snapshot() {
    let current = glokal_api::openapi().to_pretty_json().unwrap() + "\n";
    let path = snapshot_path();
    if std::env::var("GLOKAL_UPDATE_OPENAPI").is_ok_and(|v| v == "1") {
        std::fs::write(&path, &current).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == current,
        "The API changed: api-spec/openapi.json differs from the routes.\n\
         Review the change and update the snapshot with:\n    GLOKAL_UPDATE_OPENAPI=1 cargo test -p glokal --test api openapi\n\
         (or `cargo run -p glokal -- openapi > api-spec/openapi.json`)"
    );
}

#[test]
fn every_operation_has_an_id_and_documents_its_errors() {
    let spec: serde_json::Value =
        serde_json::from_str(&glokal_api::openapi().to_json().unwrap()).unwrap();
    let mut ids = Vec::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            ids.push(id.to_owned());
            let responses = op["responses"].as_object().unwrap();
            assert!(!responses.is_empty(), "{id} documents no responses");
            if op
                .get("security")
                .is_some_and(|s| s.to_string().contains("bearer_auth"))
            {
                assert!(responses.contains_key("401"), "{id} needs a documented 401");
            }
        }
    }
    for required in [
        "register",
        "verify_email",
        "login",
        "refresh_token",
        "logout",
        "request_password_reset",
        "reset_password",
        "get_me",
    ] {
        assert!(
            ids.iter().any(|id| id == required),
            "operationId {required} missing"
        );
    }
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "operationIds are unique");
}
