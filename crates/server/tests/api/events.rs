//! Events: lifecycle, rights, registration with capacity and waiting list, deadlines,
//! cancellation mails, check-in, the calendar filters and the iCalendar export.

use std::future::Future;

use chrono::{DateTime, Duration, Utc};
use glokal_api_types::{
    Event, EventPage, EventRegistration, EventStatus, MyRegistration, Organization,
    RegistrationEntry, RegistrationList, RegistrationStatus, Role, User,
};
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, spawn_app, Mail, TestApp};

/// `days` from today at `hour` o'clock, Central European winter offset (a valid instant
/// whatever the season).
fn at(days: i64, hour: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{day}T{hour:02}:00:00+01:00")
}

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

async fn organization(
    app: &TestApp,
    token: &str,
    name: &str,
    kind: &str,
    country: &str,
    city: &str,
) -> Organization {
    let body = json!({"name": name, "kind": kind, "country": country, "city": city, "description": {"de": "Beschreibung."}});
    let res = app
        .call(
            Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(&body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

/// Institution staff with their own chamber.
async fn chamber(app: &TestApp, name: &str) -> (User, String, Organization) {
    let (user, token) = app.user_with_role(Role::InstitutionStaff).await;
    let org = organization(app, &token, name, "chamber", "DE", "Dresden").await;
    (user, token, org)
}

/// A company member with their company.
async fn company(app: &TestApp, name: &str) -> (User, String, Organization) {
    let (user, token) = app.user_with_role(Role::Member).await;
    let org = organization(app, &token, name, "company", "CZ", "Liberec").await;
    (user, token, org)
}

fn event_body(org: Uuid) -> Value {
    json!({
        "organization_id": org,
        "title": {"de": "Kooperationsbörse Automotive", "cs": "Kooperační burza Automotive"},
        "description": {"de": "Zulieferer aus Sachsen und Nordböhmen treffen sich.\r\nMit Dolmetschern.", "en": " "},
        "type": "cooperation",
        "venue": {"name": "Internationales Congress Center Dresden", "street": "Ostra-Ufer 2", "postal_code": "01067", "city": "Dresden", "country": "de"},
        "starts_at": at(30, 9),
        "ends_at": at(30, 16),
        "languages": ["de", "CS"],
        "capacity": 50,
        "programme": [
            {"starts_at": at(30, 10), "title": {"de": "Begrüßung", "cs": "Přivítání"}, "speaker": "Dr. Anna Weber"},
            {"starts_at": at(30, 9), "title": {"de": "Einlass"}}
        ],
        "matchmaking": true
    })
}

async fn create_event(app: &TestApp, token: &str, body: &Value) -> Event {
    let res = app
        .call(Method::POST, "/api/v1/events", Some(token), Some(body))
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn post(app: &TestApp, path: &str, token: Option<&str>) -> Response {
    app.call(Method::POST, path, token, None).await
}

async fn publish(app: &TestApp, token: &str, id: Uuid) -> Event {
    let res = post(app, &format!("/api/v1/events/{id}/publish"), Some(token)).await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn published_event(app: &TestApp, token: &str, body: &Value) -> Event {
    let event = create_event(app, token, body).await;
    publish(app, token, event.id).await
}

async fn register(app: &TestApp, token: &str, event: Uuid, org: Uuid) -> Response {
    app.call(
        Method::POST,
        &format!("/api/v1/events/{event}/registrations"),
        Some(token),
        Some(&json!({"organization_id": org, "note": "Bitte vegetarisches Essen.\r\nDanke"})),
    )
    .await
}

async fn registered(app: &TestApp, token: &str, event: Uuid, org: Uuid) -> EventRegistration {
    let res = register(app, token, event, org).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn get_event(app: &TestApp, id: Uuid, token: Option<&str>) -> Response {
    app.get(&format!("/api/v1/events/{id}"), token).await
}

/// Changes a user's mail language.
async fn set_language(app: &TestApp, token: &str, lang: &str) {
    let res = app
        .call(
            Method::PATCH,
            "/api/v1/me",
            Some(token),
            Some(&json!({"preferred_language": lang})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
}

/// Unfolds content lines exactly as RFC 5545 §3.1 says (CRLF + one space or tab).
fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\r\n\t", "")
}

/// The raw (escaped) value of the first property `name` in unfolded text.
fn raw_value(unfolded: &str, name: &str) -> Option<String> {
    unfolded.split("\r\n").find_map(|line| {
        let (head, value) = line.split_once(':')?;
        let prop = head.split(';').next()?;
        (prop == name).then(|| value.to_owned())
    })
}

/// Reverses TEXT escaping (RFC 5545 §3.3.11).
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Checks the framing rules of RFC 5545 on a whole file: CRLF only, lines of at most 75 octets.
fn assert_rfc5545_lines(ics: &str) {
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    assert!(ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    assert!(
        !ics.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR or LF in {ics:?}"
    );
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
    }
}

/// Parses with the independent `ical` crate; returns the events' properties by name.
fn parse_events(ics: &str) -> Vec<Vec<(String, String)>> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
    let version = calendar
        .properties
        .iter()
        .find(|p| p.name == "VERSION")
        .and_then(|p| p.value.clone());
    assert_eq!(version.as_deref(), Some("2.0"));
    assert!(calendar.properties.iter().any(|p| p.name == "PRODID"));
    calendar
        .events
        .into_iter()
        .map(|e| {
            e.properties
                .into_iter()
                .map(|p| (p.name, p.value.unwrap_or_default()))
                .collect()
        })
        .collect()
}

fn prop<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("{name} missing in {event:?}"))
}

fn ics_attachment(mail: &Mail) -> String {
    let attachment = mail
        .attachments
        .iter()
        .find(|a| a.content_type == "text/calendar")
        .unwrap_or_else(|| panic!("no .ics attached to {:?}", mail.subject));
    assert!(attachment.name.ends_with(".ics"));
    String::from_utf8(attachment.content.clone()).unwrap()
}

#[tokio::test]
async fn events_go_from_draft_to_published_to_closed_or_cancelled() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let (_, outsider) = app.user_with_role(Role::Member).await;

    let res = app
        .call(
            Method::POST,
            "/api/v1/events",
            Some(&staff),
            Some(&event_body(ihk.id)),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let event: Event = res.json().await.unwrap();
    assert_eq!(location, format!("/api/v1/events/{}", event.id));
    assert_eq!(event.status, EventStatus::Draft);
    assert_eq!(event.organizer.id, ihk.id);
    assert_eq!(event.organizer.name, "IHK Dresden");
    assert!(event.can_manage);
    // times arrive with an offset and are kept as instants (UTC)
    assert_eq!(event.starts_at, instant(&at(30, 9)));
    assert_eq!(event.ends_at, instant(&at(30, 16)));
    assert_eq!(
        event.registration_deadline, event.starts_at,
        "default deadline"
    );
    // normalised and derived like organisations
    let venue = event.venue.clone().unwrap();
    assert_eq!(venue.country, "DE");
    assert_eq!(venue.region_code.as_deref(), Some("DED21"));
    assert!(venue.lat.is_some() && venue.place_id.is_some());
    assert_eq!(event.country.as_deref(), Some("DE"));
    assert_eq!(event.languages, ["de", "cs"]);
    assert_eq!(
        event.description.de.as_deref(),
        Some("Zulieferer aus Sachsen und Nordböhmen treffen sich.\nMit Dolmetschern.")
    );
    assert!(event.description.en.is_none(), "blank texts are dropped");
    assert_eq!(
        event
            .programme
            .iter()
            .map(|p| p.title.de.as_deref().unwrap())
            .collect::<Vec<_>>(),
        ["Einlass", "Begrüßung"],
        "programme sorted by time"
    );
    assert_eq!(
        event.programme[1].speaker.as_deref(),
        Some("Dr. Anna Weber")
    );
    assert!(event.matchmaking);
    assert_eq!(
        (event.capacity, event.places_left, event.registered),
        (Some(50), Some(50), 0)
    );
    assert_eq!(event.ics_url, format!("/api/v1/events/{}/ics", event.id));

    // a draft is the organiser's secret
    assert_error(
        get_event(&app, event.id, None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        get_event(&app, event.id, Some(&outsider)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    let public: EventPage = app.get("/api/v1/events", None).await.json().await.unwrap();
    assert_eq!(public.total, 0);
    let own: EventPage = app
        .get("/api/v1/events", Some(&staff))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(own.items[0].status, EventStatus::Draft);

    // publish: public now; publishing twice or deleting is refused
    let published = publish(&app, &staff, event.id).await;
    assert_eq!(published.status, EventStatus::Published);
    assert!(published.published_at.is_some());
    let seen: Event = get_event(&app, event.id, None).await.json().await.unwrap();
    assert!(!seen.can_manage && seen.my_registration.is_none());
    assert_error(
        post(
            &app,
            &format!("/api/v1/events/{}/publish", event.id),
            Some(&staff),
        )
        .await,
        StatusCode::CONFLICT,
        "invalid_event_state",
    )
    .await;
    assert_error(
        app.call(Method::DELETE, &location, Some(&staff), None)
            .await,
        StatusCode::CONFLICT,
        "invalid_event_state",
    )
    .await;

    // update: a full replacement; the organiser stays
    let mut changed = event_body(ihk.id);
    changed["title"]["en"] = json!("Automotive matchmaking");
    changed["capacity"] = Value::Null;
    let res = app
        .call(Method::PUT, &location, Some(&staff), Some(&changed))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let updated: Event = res.json().await.unwrap();
    assert_eq!(updated.title.en.as_deref(), Some("Automotive matchmaking"));
    assert_eq!((updated.capacity, updated.places_left), (None, None));
    assert_eq!(updated.status, EventStatus::Published);
    let (_, _, other_org) = chamber(&app, "Handwerkskammer Dresden").await;
    changed["organization_id"] = json!(other_org.id);
    let res = app
        .call(Method::PUT, &location, Some(&staff), Some(&changed))
        .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["organization_id"], "cannot_change");

    // close registration early, then cancel
    let res = post(
        &app,
        &format!("/api/v1/events/{}/close", event.id),
        Some(&staff),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.json::<Event>().await.unwrap().status,
        EventStatus::Closed
    );
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/events/{}/cancel", event.id),
            Some(&staff),
            Some(&json!({"reason": "Zu wenige Anmeldungen."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cancelled: Event = res.json().await.unwrap();
    assert_eq!(cancelled.status, EventStatus::Cancelled);
    assert_eq!(
        cancelled.cancellation_reason.as_deref(),
        Some("Zu wenige Anmeldungen.")
    );
    assert!(cancelled.cancelled_at.is_some());
    for (method, path, body) in [
        (
            Method::POST,
            format!("/api/v1/events/{}/cancel", event.id),
            Some(json!({})),
        ),
        (Method::PUT, location.clone(), Some(event_body(ihk.id))),
        (
            Method::POST,
            format!("/api/v1/events/{}/close", event.id),
            None,
        ),
    ] {
        assert_error(
            app.call(method, &path, Some(&staff), body.as_ref()).await,
            StatusCode::CONFLICT,
            "invalid_event_state",
        )
        .await;
    }

    // drafts are deleted, not cancelled
    let draft = create_event(&app, &staff, &event_body(ihk.id)).await;
    let draft_path = format!("/api/v1/events/{}", draft.id);
    assert_error(
        app.call(
            Method::POST,
            &format!("{draft_path}/cancel"),
            Some(&staff),
            Some(&json!({})),
        )
        .await,
        StatusCode::CONFLICT,
        "invalid_event_state",
    )
    .await;
    assert_eq!(
        app.call(Method::DELETE, &draft_path, Some(&staff), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_error(
        get_event(&app, draft.id, Some(&staff)).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn only_organisers_manage_events_and_see_registrations() {
    let app = spawn_app().await;
    let (_, owner, ihk) = chamber(&app, "IHK Dresden").await;
    let (editor, editor_token) = app.user_with_role(Role::InstitutionStaff).await;
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/organizations/{}/members", ihk.id),
            Some(&owner),
            Some(&json!({"email": editor.email, "role": "editor"})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (_, member) = app.user_with_role(Role::Member).await;
    let (_, other_staff, _) = chamber(&app, "Krajská hospodářská komora Ústeckého kraje").await;
    let (_, admin) = app.user_with_role(Role::PlatformAdmin).await;
    let (_, guest, guest_org) = company(&app, "Nováková plasty s.r.o.").await;

    let callers: [(&str, Option<&str>); 5] = [
        ("anonymous", None),
        ("member", Some(&member)),
        ("staff of another organisation", Some(&other_staff)),
        ("organiser's editor", Some(&editor_token)),
        ("platform admin", Some(&admin)),
    ];
    // (what, expected status per caller in the order above)
    let mut checks: Vec<(String, [u16; 5], Vec<u16>)> = Vec::new();
    let mut record = |what: &str, expected: [u16; 5], got: Vec<u16>| {
        checks.push((what.to_owned(), expected, got));
    };

    let mut got = Vec::new();
    for (_, caller) in &callers {
        let res = app
            .call(
                Method::POST,
                "/api/v1/events",
                *caller,
                Some(&event_body(ihk.id)),
            )
            .await;
        got.push(res.status().as_u16());
    }
    record("create", [401, 403, 403, 201, 201], got);

    // one fresh event per caller, so every action starts from the same state
    let mut published = Vec::new();
    let mut drafts = Vec::new();
    let mut registrations = Vec::new();
    for _ in &callers {
        let event = published_event(&app, &owner, &event_body(ihk.id)).await;
        let registration = registered(&app, &guest, event.id, guest_org.id).await;
        published.push(event);
        registrations.push(registration);
        drafts.push(create_event(&app, &owner, &event_body(ihk.id)).await);
    }
    let each = |i: usize| (&published[i], &drafts[i], &registrations[i]);

    let mut got = [
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
        Vec::new(),
    ];
    for (i, (_, caller)) in callers.iter().enumerate() {
        let (event, draft, registration) = each(i);
        let mut body = event_body(ihk.id);
        body["title"]["en"] = json!("Updated");
        let calls = [
            (
                Method::PUT,
                format!("/api/v1/events/{}", event.id),
                Some(body),
            ),
            (
                Method::POST,
                format!("/api/v1/events/{}/publish", draft.id),
                None,
            ),
            (
                Method::GET,
                format!("/api/v1/events/{}/registrations", event.id),
                None,
            ),
            (
                Method::PUT,
                format!(
                    "/api/v1/events/{}/registrations/{}/check-in",
                    event.id, registration.id
                ),
                Some(json!({"checked_in": true})),
            ),
            (
                Method::POST,
                format!("/api/v1/events/{}/cancel", event.id),
                Some(json!({})),
            ),
            (
                Method::DELETE,
                format!("/api/v1/events/{}", drafts[i].id),
                None,
            ),
        ];
        for (k, (method, path, body)) in calls.into_iter().enumerate() {
            if k == 5 && i >= 3 {
                // the draft was published a moment ago by this very caller: delete another one
                let fresh = create_event(&app, &owner, &event_body(ihk.id)).await;
                let res = app
                    .call(
                        Method::DELETE,
                        &format!("/api/v1/events/{}", fresh.id),
                        *caller,
                        None,
                    )
                    .await;
                got[k].push(res.status().as_u16());
                continue;
            }
            let res = app.call(method, &path, *caller, body.as_ref()).await;
            got[k].push(res.status().as_u16());
        }
    }
    let [update, publish_draft, list, check_in, cancel, delete] = got;
    record("update", [401, 403, 403, 200, 200], update);
    // others' drafts do not exist for them
    record("publish", [401, 404, 404, 200, 200], publish_draft);
    record("list registrations", [401, 403, 403, 200, 200], list);
    record("check in", [401, 403, 403, 200, 200], check_in);
    record("cancel", [401, 403, 403, 200, 200], cancel);
    record("delete draft", [401, 404, 404, 204, 204], delete);

    for (what, expected, got) in &checks {
        for (i, (who, _)) in callers.iter().enumerate() {
            assert_eq!(got[i], expected[i], "{what} as {who}");
        }
    }

    // A colleague without the institution-staff role sees the drafts but does not organise.
    let (colleague, colleague_token) = app.user_with_role(Role::Member).await;
    app.call(
        Method::POST,
        &format!("/api/v1/organizations/{}/members", ihk.id),
        Some(&owner),
        Some(&json!({"email": colleague.email, "role": "editor"})),
    )
    .await;
    let draft = create_event(&app, &owner, &event_body(ihk.id)).await;
    assert_eq!(
        get_event(&app, draft.id, Some(&colleague_token))
            .await
            .status(),
        StatusCode::OK
    );
    assert_error(
        post(
            &app,
            &format!("/api/v1/events/{}/publish", draft.id),
            Some(&colleague_token),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // Creating for an organisation one is not a member of is refused even for staff.
    assert_error(
        app.call(
            Method::POST,
            "/api/v1/events",
            Some(&other_staff),
            Some(&event_body(ihk.id)),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
}

#[tokio::test]
async fn co_organisers_check_people_in_but_do_not_edit() {
    let app = spawn_app().await;
    let (_, owner, ihk) = chamber(&app, "IHK Dresden").await;
    let (_, partner, tul) = chamber(&app, "Technická univerzita v Liberci").await;
    let (_, guest, guest_org) = company(&app, "Nováková plasty s.r.o.").await;
    let mut body = event_body(ihk.id);
    body["co_organizer_ids"] = json!([tul.id, ihk.id, tul.id]);
    let event = published_event(&app, &owner, &body).await;
    assert_eq!(
        event.co_organizers.iter().map(|o| o.id).collect::<Vec<_>>(),
        [tul.id],
        "duplicates and the organiser itself are dropped"
    );
    let registration = registered(&app, &guest, event.id, guest_org.id).await;
    assert_eq!(registration.status, RegistrationStatus::Confirmed);
    assert_eq!(registration.organization.name, "Nováková plasty s.r.o.");
    assert_eq!(
        registration.note.as_deref(),
        Some("Bitte vegetarisches Essen.\nDanke")
    );

    let list: RegistrationList = app
        .get(
            &format!("/api/v1/events/{}/registrations", event.id),
            Some(&partner),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((list.confirmed, list.waiting, list.checked_in), (1, 0, 0));
    let entry = &list.items[0];
    assert_eq!(entry.name, "Test Person");
    assert!(entry.email.ends_with("@firma.example"));
    assert_eq!(entry.organization.id, guest_org.id);
    assert!(!entry.checked_in);

    let check_in = format!(
        "/api/v1/events/{}/registrations/{}/check-in",
        event.id, registration.id
    );
    let res = app
        .call(
            Method::PUT,
            &check_in,
            Some(&partner),
            Some(&json!({"checked_in": true})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let entry: RegistrationEntry = res.json().await.unwrap();
    assert!(entry.checked_in && entry.checked_in_at.is_some());
    let list: RegistrationList = app
        .get(
            &format!("/api/v1/events/{}/registrations", event.id),
            Some(&owner),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list.checked_in, 1);
    // toggled back
    let entry: RegistrationEntry = app
        .call(
            Method::PUT,
            &check_in,
            Some(&owner),
            Some(&json!({"checked_in": false})),
        )
        .await
        .json()
        .await
        .unwrap();
    assert!(!entry.checked_in && entry.checked_in_at.is_none());
    // the registrant sees it too
    let mine: Vec<MyRegistration> = app
        .get("/api/v1/me/registrations", Some(&guest))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].event.id, event.id);
    assert!(!mine[0].registration.checked_in);
    // and finds it in the export of their personal data
    let export: glokal_api_types::AccountExport = app
        .get("/api/v1/me/export", Some(&guest))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(export.event_registrations.len(), 1);
    assert_eq!(export.event_registrations[0].event_id, event.id);

    // co-organisers do not edit, publish or cancel
    assert_error(
        app.call(
            Method::PUT,
            &format!("/api/v1/events/{}", event.id),
            Some(&partner),
            Some(&body),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &format!("/api/v1/events/{}/cancel", event.id),
            Some(&partner),
            Some(&json!({})),
        )
        .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;
    // unknown registration ids are 404s
    assert_error(
        app.call(
            Method::PUT,
            &format!(
                "/api/v1/events/{}/registrations/{}/check-in",
                event.id,
                Uuid::new_v4()
            ),
            Some(&owner),
            Some(&json!({"checked_in": true})),
        )
        .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}

#[tokio::test]
async fn a_full_event_has_a_waiting_list_that_moves_up() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let mut body = event_body(ihk.id);
    body["capacity"] = json!(2);
    let event = published_event(&app, &staff, &body).await;
    let mut people = Vec::new();
    for i in 0..4 {
        people.push(company(&app, &format!("Firma {i} s.r.o.")).await);
    }
    let mut regs = Vec::new();
    for (user, token, org) in &people {
        let registration = registered(&app, token, event.id, org.id).await;
        regs.push(registration);
        let _ = user;
    }
    assert_eq!(
        regs.iter()
            .map(|r| (r.status, r.waiting_position))
            .collect::<Vec<_>>(),
        [
            (RegistrationStatus::Confirmed, None),
            (RegistrationStatus::Confirmed, None),
            (RegistrationStatus::Waiting, Some(1)),
            (RegistrationStatus::Waiting, Some(2)),
        ]
    );
    let seen: Event = get_event(&app, event.id, Some(&people[3].1))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (seen.registered, seen.waiting, seen.places_left),
        (2, 2, Some(0))
    );
    let mine = seen.my_registration.unwrap();
    assert_eq!(
        (mine.status, mine.waiting_position),
        (RegistrationStatus::Waiting, Some(2))
    );

    // mails: a place comes with the .ics, the waiting list with its position
    let confirmed_mail = app
        .wait_for_mail(&people[0].0.email, "Kooperationsbörse")
        .await;
    assert!(
        confirmed_mail.subject.contains("Anmeldung bestätigt"),
        "German by default: {}",
        confirmed_mail.subject
    );
    assert!(
        confirmed_mail.body.contains("Firma 0 s.r.o."),
        "{}",
        confirmed_mail.body
    );
    assert!(confirmed_mail
        .body
        .contains(&format!("http://glokal.test/events/{}", event.id)));
    assert!(ics_attachment(&confirmed_mail).contains("BEGIN:VEVENT"));
    let waiting_mail = app.wait_for_mail(&people[3].0.email, "Warteliste").await;
    assert!(
        waiting_mail.body.contains("Platz 2"),
        "{}",
        waiting_mail.body
    );
    assert!(waiting_mail.attachments.is_empty());

    // registering twice, or for an organisation one does not belong to
    assert_error(
        register(&app, &people[0].1, event.id, people[0].2.id).await,
        StatusCode::CONFLICT,
        "already_registered",
    )
    .await;
    let (_, newcomer, _) = company(&app, "Elbtal GmbH").await;
    let body = assert_error(
        register(&app, &newcomer, event.id, people[0].2.id).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["organization_id"], "not_a_member");
    let body = assert_error(
        register(&app, &newcomer, event.id, Uuid::new_v4()).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(body["fields"]["organization_id"], "unknown_organization");
    // nobody cancels someone else's registration
    let first = format!("/api/v1/events/{}/registrations/{}", event.id, regs[0].id);
    assert_error(
        app.call(Method::DELETE, &first, Some(&people[1].1), None)
            .await,
        StatusCode::FORBIDDEN,
        "forbidden",
    )
    .await;

    // a cancellation moves the first waiting person up, who is told
    assert_eq!(
        app.call(Method::DELETE, &first, Some(&people[0].1), None)
            .await
            .status(),
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        app.call(Method::DELETE, &first, Some(&people[0].1), None)
            .await
            .status(),
        StatusCode::NO_CONTENT,
        "cancelling twice is harmless"
    );
    let promoted = app
        .wait_for_mail(&people[2].0.email, "Platz ist frei geworden")
        .await;
    assert!(ics_attachment(&promoted).contains("STATUS:CONFIRMED"));
    let mine: Vec<MyRegistration> = app
        .get("/api/v1/me/registrations", Some(&people[3].1))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (
            mine[0].registration.status,
            mine[0].registration.waiting_position
        ),
        (RegistrationStatus::Waiting, Some(1))
    );
    let list: RegistrationList = app
        .get(
            &format!("/api/v1/events/{}/registrations", event.id),
            Some(&staff),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((list.confirmed, list.waiting), (2, 1));
    assert_eq!(
        list.items
            .iter()
            .map(|e| (e.organization.name.as_str(), e.status))
            .collect::<Vec<_>>(),
        [
            ("Firma 1 s.r.o.", RegistrationStatus::Confirmed),
            ("Firma 2 s.r.o.", RegistrationStatus::Confirmed),
            ("Firma 3 s.r.o.", RegistrationStatus::Waiting),
        ]
    );
    // waiting people cannot be checked in
    assert_error(
        app.call(
            Method::PUT,
            &format!(
                "/api/v1/events/{}/registrations/{}/check-in",
                event.id, regs[3].id
            ),
            Some(&staff),
            Some(&json!({"checked_in": true})),
        )
        .await,
        StatusCode::CONFLICT,
        "not_confirmed",
    )
    .await;

    // the one who cancelled may come back, at the end of the queue
    let again = registered(&app, &people[0].1, event.id, people[0].2.id).await;
    assert_eq!(again.id, regs[0].id, "the registration is reused");
    assert_eq!(
        (again.status, again.waiting_position),
        (RegistrationStatus::Waiting, Some(2))
    );

    // capacity below the confirmed ones is refused; more places move people up
    let mut body = event_body(ihk.id);
    body["capacity"] = json!(1);
    let path = format!("/api/v1/events/{}", event.id);
    let res = app
        .call(Method::PUT, &path, Some(&staff), Some(&body))
        .await;
    let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(error["fields"]["capacity"], "below_registrations");
    body["capacity"] = json!(4);
    let updated: Event = app
        .call(Method::PUT, &path, Some(&staff), Some(&body))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(
        (updated.registered, updated.waiting, updated.places_left),
        (4, 0, Some(0))
    );
    app.wait_for_mail(&people[3].0.email, "Platz ist frei geworden")
        .await;
    app.wait_for_mail(&people[0].0.email, "Platz ist frei geworden")
        .await;
}

#[tokio::test]
async fn simultaneous_registrations_never_overbook() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let mut body = event_body(ihk.id);
    body["capacity"] = json!(3);
    let event = published_event(&app, &staff, &body).await;
    let mut people = Vec::new();
    for i in 0..8 {
        people.push(company(&app, &format!("Firma {i} GmbH")).await);
    }
    let results = futures_join(
        people
            .iter()
            .map(|(_, token, org)| registered(&app, token, event.id, org.id)),
    )
    .await;
    let confirmed = results
        .iter()
        .filter(|r| r.status == RegistrationStatus::Confirmed)
        .count();
    assert_eq!(confirmed, 3);
    let mut positions: Vec<u32> = results.iter().filter_map(|r| r.waiting_position).collect();
    positions.sort();
    assert_eq!(positions, [1, 2, 3, 4, 5]);
}

/// Runs futures concurrently (no extra crate: spawned on the test's runtime is not possible
/// with borrowed state, so they are polled together).
async fn futures_join<F: Future>(futures: impl Iterator<Item = F>) -> Vec<F::Output> {
    let futures: Vec<_> = futures.map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    let mut futures: Vec<Option<_>> = futures.into_iter().map(Some).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (slot, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if let Some(future) = slot {
                match future.as_mut().poll(cx) {
                    std::task::Poll::Ready(value) => {
                        *output = Some(value);
                        *slot = None;
                    }
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    outputs.into_iter().map(Option::unwrap).collect()
}

#[tokio::test]
async fn registration_needs_a_published_event_before_its_deadline() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let (_, guest, guest_org) = company(&app, "Nováková plasty s.r.o.").await;

    // a draft: invisible to the guest, closed for its own organisers
    let draft = create_event(&app, &staff, &event_body(ihk.id)).await;
    assert_error(
        register(&app, &guest, draft.id, guest_org.id).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        register(&app, &staff, draft.id, ihk.id).await,
        StatusCode::CONFLICT,
        "registration_closed",
    )
    .await;

    // the deadline has passed: reported as closed
    let mut body = event_body(ihk.id);
    body["registration_deadline"] = json!(at(-1, 12));
    let late = published_event(&app, &staff, &body).await;
    assert_eq!(late.status, EventStatus::Closed);
    assert_error(
        register(&app, &guest, late.id, guest_org.id).await,
        StatusCode::CONFLICT,
        "registration_closed",
    )
    .await;

    // an event that is over is done; it cannot be cancelled or changed any more
    let mut body = event_body(ihk.id);
    body["starts_at"] = json!(at(-3, 9));
    body["ends_at"] = json!(at(-3, 16));
    body["programme"] = json!([]);
    let past = published_event(&app, &staff, &body).await;
    assert_eq!(past.status, EventStatus::Done);
    assert_error(
        register(&app, &guest, past.id, guest_org.id).await,
        StatusCode::CONFLICT,
        "registration_closed",
    )
    .await;
    assert_error(
        app.call(
            Method::POST,
            &format!("/api/v1/events/{}/cancel", past.id),
            Some(&staff),
            Some(&json!({})),
        )
        .await,
        StatusCode::CONFLICT,
        "invalid_event_state",
    )
    .await;

    // closed early by the organiser
    let open = published_event(&app, &staff, &event_body(ihk.id)).await;
    registered(&app, &guest, open.id, guest_org.id).await;
    post(
        &app,
        &format!("/api/v1/events/{}/close", open.id),
        Some(&staff),
    )
    .await;
    let (_, other, other_org) = company(&app, "Elbtal GmbH").await;
    assert_error(
        register(&app, &other, open.id, other_org.id).await,
        StatusCode::CONFLICT,
        "registration_closed",
    )
    .await;
    // the status filter knows the derived states
    for (status, id) in [("closed", late.id), ("done", past.id), ("draft", draft.id)] {
        let page: EventPage = app
            .get(&format!("/api/v1/events?status={status}"), Some(&staff))
            .await
            .json()
            .await
            .unwrap();
        assert!(
            page.items.iter().any(|e| e.id == id),
            "{status}: {:?}",
            page.items
        );
        assert!(page
            .items
            .iter()
            .all(|e| serde_json::to_value(e.status).unwrap() == status));
    }
    let page: EventPage = app
        .get("/api/v1/events?status=published", None)
        .await
        .json()
        .await
        .unwrap();
    assert!(page.items.is_empty(), "{:?}", page.items);
}

#[tokio::test]
async fn cancelling_tells_everybody_in_their_language() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let mut body = event_body(ihk.id);
    body["capacity"] = json!(2);
    let event = published_event(&app, &staff, &body).await;
    let mut people = Vec::new();
    for lang in ["cs", "en", "de"] {
        let (user, token, org) = company(&app, &format!("Firma {lang}")).await;
        set_language(&app, &token, lang).await;
        registered(&app, &token, event.id, org.id).await;
        people.push((lang, user));
    }
    let res = app
        .call(
            Method::POST,
            &format!("/api/v1/events/{}/cancel", event.id),
            Some(&staff),
            Some(&json!({"reason": "Der Saal ist nicht verfügbar; wir laden neu ein."})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    for (lang, user) in &people {
        let (subject, title) = match *lang {
            "cs" => ("Zrušeno", "Kooperační burza Automotive"),
            // no English title: the German one is used
            "en" => ("Cancelled", "Kooperationsbörse Automotive"),
            _ => ("Abgesagt", "Kooperationsbörse Automotive"),
        };
        let mail = app.wait_for_mail(&user.email, subject).await;
        assert!(mail.subject.contains(title), "{}", mail.subject);
        assert!(mail.body.contains("IHK Dresden"), "{}", mail.body);
        assert!(
            mail.body.contains("Der Saal ist nicht verfügbar"),
            "{}",
            mail.body
        );
        let ics = ics_attachment(&mail);
        assert_rfc5545_lines(&ics);
        let events = parse_events(&ics);
        assert_eq!(prop(&events[0], "STATUS"), "CANCELLED");
    }
    // the third (German) one was waiting: told as well
    let waiting_mail = app.wait_for_mail(&people[2].1.email, "Warteliste").await;
    assert!(
        waiting_mail.body.contains("Platz 1"),
        "{}",
        waiting_mail.body
    );
    let cs_confirmation = app.wait_for_mail(&people[0].1.email, "Registrace").await;
    assert!(
        cs_confirmation.body.starts_with("Dobrý den"),
        "{}",
        cs_confirmation.body
    );
    assert!(
        cs_confirmation.body.contains("SEČ") || cs_confirmation.body.contains("SELČ"),
        "{}",
        cs_confirmation.body
    );
}

#[tokio::test]
async fn events_export_as_valid_icalendar() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let long = "Zulieferer aus Sachsen und Nordböhmen treffen sich zu 1:1-Gesprächen; \
                Dolmetscher (Deutsch, Tschechisch) sind da, Backslash \\ inklusive.\n\
                Zweite Zeile mit Umlauten: äöüß ÄÖÜ – und tschechisch: ěščřžýáíé.";
    let mut body = event_body(ihk.id);
    body["title"] = json!({"de": "Börse; Zulieferer, Automotive", "cs": "Burza dodavatelů"});
    body["description"] = json!({"de": long});
    body["online_url"] = json!("https://meet.example.org/boerse");
    let event = published_event(&app, &staff, &body).await;
    let draft = create_event(&app, &staff, &event_body(ihk.id)).await;
    let cancelled = published_event(&app, &staff, &event_body(ihk.id)).await;
    app.call(
        Method::POST,
        &format!("/api/v1/events/{}/cancel", cancelled.id),
        Some(&staff),
        Some(&json!({})),
    )
    .await;

    let res = app
        .get(&format!("/api/v1/events/{}/ics", event.id), None)
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let ics = res.text().await.unwrap();
    assert_rfc5545_lines(&ics);
    assert!(
        ics.contains("\r\n "),
        "the long description is folded: {ics}"
    );
    let events = parse_events(&ics);
    assert_eq!(events.len(), 1);
    let vevent = &events[0];
    assert_eq!(prop(vevent, "UID"), format!("{}@glokal.test", event.id));
    let utc = |text: &str| {
        chrono::NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%SZ")
            .unwrap_or_else(|e| panic!("{text}: {e}"))
            .and_utc()
    };
    assert_eq!(utc(prop(vevent, "DTSTART")), event.starts_at);
    assert_eq!(utc(prop(vevent, "DTEND")), event.ends_at);
    let stamp = utc(prop(vevent, "DTSTAMP"));
    assert!((Utc::now() - stamp).num_minutes().abs() < 5);
    assert_eq!(prop(vevent, "STATUS"), "CONFIRMED");
    assert_eq!(
        prop(vevent, "URL"),
        format!("http://glokal.test/events/{}", event.id)
    );
    assert!(prop(vevent, "GEO").contains(';'));
    // exact text after RFC unfolding and unescaping (English asked, German written)
    let unfolded = unfold(&ics);
    let summary = raw_value(&unfolded, "SUMMARY").unwrap();
    assert_eq!(summary, r"Börse\; Zulieferer\, Automotive");
    assert_eq!(unescape(&summary), "Börse; Zulieferer, Automotive");
    let description = unescape(&raw_value(&unfolded, "DESCRIPTION").unwrap());
    assert!(description.starts_with(long), "{description}");
    // programme lines in local time (the hour depends on the season): `HH:MM title (speaker)`
    let programme: Vec<&str> = description
        .lines()
        .filter(|l| l.len() > 6 && l.as_bytes()[2] == b':' && l.as_bytes()[5] == b' ')
        .collect();
    assert_eq!(programme.len(), 2, "{description}");
    assert!(programme[0].ends_with(" Einlass"), "{programme:?}");
    assert!(
        programme[1].ends_with(" Begrüßung (Dr. Anna Weber)"),
        "{programme:?}"
    );
    assert!(description.contains("Online: https://meet.example.org/boerse"));
    assert!(description.ends_with(&format!("http://glokal.test/events/{}", event.id)));
    assert_eq!(
        unescape(&raw_value(&unfolded, "LOCATION").unwrap()),
        "Internationales Congress Center Dresden, Ostra-Ufer 2, 01067 Dresden, DE"
    );
    // Czech on request
    let cs = app
        .get(&format!("/api/v1/events/{}/ics?lang=cs", event.id), None)
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        raw_value(&unfold(&cs), "SUMMARY").as_deref(),
        Some("Burza dodavatelů")
    );
    // drafts only for their organisers
    assert_eq!(
        app.get(&format!("/api/v1/events/{}/ics", draft.id), None)
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let draft_ics = app
        .get(&format!("/api/v1/events/{}/ics", draft.id), Some(&staff))
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(prop(&parse_events(&draft_ics)[0], "STATUS"), "TENTATIVE");

    // the feed: published and cancelled events, no drafts
    let res = app.get("/api/v1/events.ics", None).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let feed = res.text().await.unwrap();
    assert_rfc5545_lines(&feed);
    let events = parse_events(&feed);
    let uids: Vec<&str> = events.iter().map(|e| prop(e, "UID")).collect();
    assert_eq!(events.len(), 2, "{uids:?}");
    assert!(!feed.contains(&draft.id.to_string()));
    let cancelled_event = events
        .iter()
        .find(|e| prop(e, "UID").starts_with(&cancelled.id.to_string()))
        .unwrap();
    assert_eq!(prop(cancelled_event, "STATUS"), "CANCELLED");
    assert!(feed.contains("X-WR-CALNAME:"));
    let filtered = app
        .get("/api/v1/events.ics?country=CZ&lang=de", None)
        .await
        .text()
        .await
        .unwrap();
    assert!(parse_events(&filtered).is_empty());
    assert!(filtered.contains("X-WR-CALNAME:Glokal – Veranstaltungen"));
}

#[tokio::test]
async fn the_calendar_filters_by_country_type_language_days_and_organiser() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let (_, cz_staff, khk) = chamber(&app, "Krajská hospodářská komora Ústeckého kraje").await;
    let workshop = {
        let mut body = event_body(ihk.id);
        body["type"] = json!("workshop");
        body["languages"] = json!(["de"]);
        body["starts_at"] = json!(at(10, 9));
        body["ends_at"] = json!(at(10, 12));
        body["programme"] = json!([]);
        published_event(&app, &staff, &body).await
    };
    let burza = {
        let mut body = event_body(khk.id);
        body["venue"] = json!({"name": "Dům kultury", "city": "Ústí nad Labem", "country": "CZ"});
        body["co_organizer_ids"] = json!([ihk.id]);
        body["starts_at"] = json!(at(40, 9));
        body["ends_at"] = json!(at(41, 16));
        body["programme"] = json!([]);
        published_event(&app, &cz_staff, &body).await
    };
    let online = {
        let mut body = event_body(khk.id);
        body["type"] = json!("information");
        body["venue"] = Value::Null;
        body["online_url"] = json!("https://meet.example.org/info");
        body["languages"] = json!(["en", "cs"]);
        body["starts_at"] = json!(at(20, 14));
        body["ends_at"] = json!(at(20, 15));
        body["programme"] = json!([]);
        published_event(&app, &cz_staff, &body).await
    };
    assert_eq!(
        burza.venue.as_ref().unwrap().region_code.as_deref(),
        Some("CZ042")
    );
    assert_eq!(
        online.country.as_deref(),
        Some("DE"),
        "online events count for the organiser's country"
    );
    assert!(online.venue.is_none());

    let ids = |page: EventPage| page.items.into_iter().map(|e| e.id).collect::<Vec<_>>();
    let list = |query: String| {
        let app = &app;
        async move {
            let res = app.get(&format!("/api/v1/events{query}"), None).await;
            assert_eq!(res.status(), StatusCode::OK, "{query}");
            res.json::<EventPage>().await.unwrap()
        }
    };
    assert_eq!(
        ids(list(String::new()).await),
        [workshop.id, online.id, burza.id],
        "by start"
    );
    assert_eq!(ids(list("?country=cz".into()).await), [burza.id]);
    assert_eq!(ids(list("?type=workshop".into()).await), [workshop.id]);
    assert_eq!(ids(list("?language=en".into()).await), [online.id]);
    assert_eq!(
        ids(list(format!("?organization_id={}", ihk.id)).await),
        [workshop.id, burza.id],
        "co-organised events count"
    );
    let day = |days: i64| (Utc::now() + Duration::days(days)).date_naive();
    assert_eq!(
        ids(list(format!("?from={}&to={}", day(15), day(40))).await),
        [online.id, burza.id]
    );
    assert_eq!(
        ids(list(format!("?from={}", day(41))).await),
        [burza.id],
        "an event lasting into the day counts"
    );
    assert_eq!(ids(list(format!("?to={}", day(10))).await), [workshop.id]);
    let page = list("?limit=1&offset=1".into()).await;
    assert_eq!((page.total, page.offset, page.limit), (3, 1, 1));
    assert_eq!(ids(page), [online.id]);
    let summary = &list("?type=cooperation".into()).await.items[0];
    assert_eq!(summary.city.as_deref(), Some("Ústí nad Labem"));
    assert_eq!(summary.organizer.name, khk.name);
    assert_eq!(summary.places_left, Some(50));

    for (query, field, code) in [
        ("?limit=0", "limit", "out_of_range"),
        ("?country=Deutschland", "country", "invalid_country"),
        ("?language=xx", "language", "unknown_language"),
        ("?from=2027-03-10&to=2027-03-01", "to", "out_of_range"),
        ("?from=0001-01-01", "from", "out_of_range"),
    ] {
        let body = assert_error(
            app.get(&format!("/api/v1/events{query}"), None).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            "validation_failed",
        )
        .await;
        assert_eq!(body["fields"][field], code, "{query}");
    }
    assert_error(
        app.get("/api/v1/events?from=tomorrow", None).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
    assert_error(
        app.get("/api/v1/events?type=party", None).await,
        StatusCode::BAD_REQUEST,
        "bad_request",
    )
    .await;
}

#[tokio::test]
async fn invalid_events_are_refused_field_by_field() {
    let app = spawn_app().await;
    let (_, staff, ihk) = chamber(&app, "IHK Dresden").await;
    let body = json!({
        "organization_id": ihk.id,
        "co_organizer_ids": [Uuid::new_v4()],
        "title": {"de": "  "},
        "description": {"cs": "x".repeat(10_001)},
        "type": "workshop",
        "venue": {"name": "", "city": "Dresden", "country": "Germany", "place_id": 1},
        "online_url": "not a url",
        "starts_at": "2027-03-11T09:00:00",
        "ends_at": "2027-03-11T08:00:00+01:00",
        "languages": ["de", "klingon"],
        "capacity": 0,
        "registration_deadline": "next week",
        "programme": [{"starts_at": "2027-03-11T10:00:00+01:00", "title": {}}]
    });
    let res = app
        .call(Method::POST, "/api/v1/events", Some(&staff), Some(&body))
        .await;
    let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    let fields = &error["fields"];
    for (field, code) in [
        ("title", "text_required"),
        ("description.cs", "too_long"),
        ("venue.name", "required"),
        ("venue.country", "invalid_country"),
        ("venue.place_id", "unknown_place"),
        ("online_url", "invalid_url"),
        ("starts_at", "invalid_datetime"),
        ("languages", "unknown_language"),
        ("capacity", "out_of_range"),
        ("registration_deadline", "invalid_datetime"),
        ("programme[0].title", "text_required"),
        ("co_organizer_ids[0]", "unknown_organization"),
    ] {
        assert_eq!(fields[field], code, "{field} in {fields}");
    }

    let mut body = event_body(ihk.id);
    body["ends_at"] = body["starts_at"].clone();
    body["registration_deadline"] = json!(at(31, 9));
    body["venue"] = Value::Null;
    body["languages"] = json!([]);
    body["programme"] = json!([{"starts_at": at(29, 9), "title": {"en": "Too early"}}]);
    let error = assert_error(
        app.call(Method::POST, "/api/v1/events", Some(&staff), Some(&body))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    let fields = &error["fields"];
    assert_eq!(fields["ends_at"], "ends_before_start");
    assert_eq!(fields["registration_deadline"], "deadline_after_end");
    assert_eq!(fields["venue"], "required");
    assert_eq!(fields["languages"], "required");
    assert_eq!(fields["programme[0].starts_at"], "out_of_range");

    let mut body = event_body(ihk.id);
    body["starts_at"] = json!("1970-01-01T09:00:00+01:00");
    let error = assert_error(
        app.call(Method::POST, "/api/v1/events", Some(&staff), Some(&body))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["starts_at"], "out_of_range");

    let mut body = event_body(Uuid::new_v4());
    let error = assert_error(
        app.call(Method::POST, "/api/v1/events", Some(&staff), Some(&body))
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "validation_failed",
    )
    .await;
    assert_eq!(error["fields"]["organization_id"], "unknown_organization");
    body["type"] = json!("party");
    assert_error(
        app.call(Method::POST, "/api/v1/events", Some(&staff), Some(&body))
            .await,
        StatusCode::BAD_REQUEST,
        "invalid_json",
    )
    .await;
    assert_error(
        app.get(&format!("/api/v1/events/{}", Uuid::new_v4()), None)
            .await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
    assert_error(
        app.get("/api/v1/events/not-a-uuid", None).await,
        StatusCode::NOT_FOUND,
        "not_found",
    )
    .await;
}
