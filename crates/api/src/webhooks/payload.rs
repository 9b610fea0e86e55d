//! The `data` of each webhook event: identifiers, the public facts a CRM files the record
//! under, and links to fetch the rest with an API token. No contact persons or other
//! personal data travel in webhooks.

use glokal_api_types::EventRegistration;
use glokal_store::entities::{event, opportunity, organization};
use serde_json::{json, Value};

fn raw_json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or(Value::Null)
}

/// `organization.created|updated|deleted`.
pub fn organization(public_url: &str, org: &organization::Model) -> Value {
    let base = public_url.trim_end_matches('/');
    json!({
        "organization": {
            "id": org.id,
            "name": org.name,
            "kind": org.kind,
            "country": org.country,
            "city": org.city,
            "region_code": org.region_code,
            "ico": org.ico,
            "vat_id": org.vat_id,
            "verified": org.verified_at.is_some(),
            "updated_at": org.updated_at,
            "href": format!("{base}/api/v1/organizations/{}", org.id),
            "page_url": format!("{base}/organizations/{}", org.id),
        }
    })
}

/// `opportunity.published|closed`.
pub fn opportunity(public_url: &str, opp: &opportunity::Model, org: &organization::Model) -> Value {
    let base = public_url.trim_end_matches('/');
    json!({
        "opportunity": {
            "id": opp.id,
            "organization_id": org.id,
            "organization_name": org.name,
            "country": org.country,
            "type": opp.opportunity_type,
            "status": opp.status,
            "title": raw_json(&opp.title),
            "valid_until": opp.valid_until,
            "close_outcome": opp.close_outcome,
            "updated_at": opp.updated_at,
            "href": format!("{base}/api/v1/opportunities/{}", opp.id),
            "page_url": format!("{base}/opportunities/{}", opp.id),
        }
    })
}

/// `event.registration.created`: the registering organisation, not the person.
pub fn registration(
    public_url: &str,
    event: &event::Model,
    registration: &EventRegistration,
) -> Value {
    let base = public_url.trim_end_matches('/');
    json!({
        "event": {
            "id": event.id,
            "title": raw_json(&event.title),
            "starts_at": event.starts_at,
            "href": format!("{base}/api/v1/events/{}", event.id),
        },
        "registration": {
            "id": registration.id,
            "organization_id": registration.organization.id,
            "organization_name": registration.organization.name,
            "status": registration.status,
            "registered_at": registration.registered_at,
        }
    })
}
