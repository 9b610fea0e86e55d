//! Opaque directory cursors: the sort key of a page's last row, base64url-encoded JSON.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use glokal_api_types::OrganizationSort;
use glokal_store::entities::organization::Model;
use glokal_store::organizations::After;
use uuid::Uuid;

#[derive(serde::Serialize, serde::Deserialize)]
#[serde(tag = "k", rename_all = "snake_case")]
enum Key {
    Name { name: String, id: Uuid },
    Created { at: DateTime<Utc>, id: Uuid },
    Updated { at: DateTime<Utc>, id: Uuid },
    Offset { n: u64 },
}

/// The cursor that continues after `last` (distance sorts, computed in memory, continue by offset).
pub fn encode(sort: OrganizationSort, last: &Model, current: &Option<After>, limit: u64) -> String {
    let key = match sort {
        OrganizationSort::Name => Key::Name {
            name: last.name.clone(),
            id: last.id,
        },
        OrganizationSort::Newest => Key::Created {
            at: last.created_at,
            id: last.id,
        },
        OrganizationSort::Updated => Key::Updated {
            at: last.updated_at,
            id: last.id,
        },
        OrganizationSort::Distance => {
            let start = match current {
                Some(After::Offset(n)) => *n,
                _ => 0,
            };
            Key::Offset { n: start + limit }
        }
    };
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(&key).unwrap_or_default())
}

/// The page start a cursor stands for, if it is well-formed and made for this sort.
pub fn decode(cursor: &str, sort: OrganizationSort) -> Option<After> {
    let key: Key = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(cursor.trim()).ok()?).ok()?;
    match (key, sort) {
        (Key::Name { name, id }, OrganizationSort::Name) => Some(After::Name(name, id)),
        (Key::Created { at, id }, OrganizationSort::Newest) => Some(After::Created(at, id)),
        (Key::Updated { at, id }, OrganizationSort::Updated) => Some(After::Updated(at, id)),
        (Key::Offset { n }, OrganizationSort::Distance) => Some(After::Offset(n)),
        _ => None,
    }
}
