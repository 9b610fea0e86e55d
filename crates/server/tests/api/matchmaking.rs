//! Kooperationsbörse: settings and slots, the rights matrix, participation profiles and partner
//! suggestions, the meeting request lifecycle with expiry, scheduling with published meetings
//! kept in place, agenda and its `.ics`, the table plan, ratings, outcome counts and the
//! 3-month follow-up mail.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};
use glokal_api_types::{
    Agenda, Event, MatchmakingSettings, MeetingRequest, MeetingRequestList, MeetingRequestStatus,
    Organization, ParticipantList, Participation, PublishScheduleResult, Role, ScheduleResult,
    Slot, SuggestionReasonKind, TablePlan, UnscheduledReason,
};
use reqwest::{Method, Response, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

use crate::helpers::{assert_error, spawn_app, Mail, TestApp};

/// `days` from today at `hour:minute`, Central European winter offset (a valid instant in any
/// season, as in the events tests).
fn at(days: i64, hour: u32, minute: u32) -> String {
    let day = (Utc::now() + Duration::days(days)).date_naive();
    format!("{day}T{hour:02}:{minute:02}:00+01:00")
}

fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).unwrap().to_utc()
}

async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&Value>,
) -> Response {
    app.call(method, &format!("/api/v1{path}"), token, body)
        .await
}

/// Calls and expects `status`; returns the JSON body.
async fn expect<T: serde::de::DeserializeOwned>(
    app: &TestApp,
    method: Method,
    path: &str,
    token: &str,
    body: Option<&Value>,
    status: StatusCode,
) -> T {
    let res = call(app, method.clone(), path, Some(token), body).await;
    let got = res.status();
    let text = res.text().await.unwrap();
    assert_eq!(got, status, "{method} {path}: {text}");
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{method} {path}: {e}: {text}"))
}

async fn organization(app: &TestApp, token: &str, body: Value) -> Organization {
    expect(
        app,
        Method::POST,
        "/organizations",
        token,
        Some(&body),
        StatusCode::CREATED,
    )
    .await
}

/// A Kooperationsbörse run by a chamber: the organiser's token and the published event.
struct Bourse {
    organiser: String,
    chamber: Uuid,
    event: Uuid,
}

impl Bourse {
    fn path(&self, rest: &str) -> String {
        format!("/events/{}{rest}", self.event)
    }
}

async fn bourse(app: &TestApp) -> Bourse {
    let (_, organiser) = app.user_with_role(Role::InstitutionStaff).await;
    let chamber = organization(
        app,
        &organiser,
        json!({"name": "IHK Dresden", "kind": "chamber", "country": "DE", "city": "Dresden", "description": {"de": "Kammer."}}),
    )
    .await;
    let body = json!({
        "organization_id": chamber.id,
        "title": {"de": "Kooperationsbörse Sachsen–Tschechien", "cs": "Kooperační burza Sasko–Česko"},
        "type": "cooperation",
        "venue": {"name": "Internationales Congress Center Dresden", "city": "Dresden", "country": "DE"},
        "starts_at": at(30, 9, 0),
        "ends_at": at(31, 17, 0),
        "languages": ["de", "cs"],
        "matchmaking": true
    });
    let event: Event = expect(
        app,
        Method::POST,
        "/events",
        &organiser,
        Some(&body),
        StatusCode::CREATED,
    )
    .await;
    let _: Event = expect(
        app,
        Method::POST,
        &format!("/events/{}/publish", event.id),
        &organiser,
        None,
        StatusCode::OK,
    )
    .await;
    Bourse {
        organiser,
        chamber: chamber.id,
        event: event.id,
    }
}

/// 10:00–13:00 in 20-minute slots with a break 11:30–12:00: seven slots (10:00, 10:20, 10:40,
/// 11:00, then 12:00, 12:20, 12:40).
fn settings_body(tables: u32, interpreter_tables: u32) -> Value {
    json!({
        "days": [{"starts_at": at(30, 10, 0), "ends_at": at(30, 13, 0)}],
        "slot_minutes": 20,
        "breaks": [{"starts_at": at(30, 11, 30), "ends_at": at(30, 12, 0)}],
        "tables": tables,
        "interpreter_tables": interpreter_tables,
        "max_meetings": 5,
        "request_expiry_hours": 48
    })
}

async fn configure(app: &TestApp, bourse: &Bourse, body: &Value) -> MatchmakingSettings {
    expect(
        app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        &bourse.organiser,
        Some(body),
        StatusCode::OK,
    )
    .await
}

/// A company's person registered for the event: a participant.
struct Person {
    token: String,
    email: String,
    org: Organization,
    id: Uuid,
}

async fn participant(app: &TestApp, bourse: &Bourse, name: &str, org: Value) -> Person {
    let (user, token) = app.user_with_role(Role::Member).await;
    let mut body = json!({"name": name, "kind": "company", "description": {"de": format!("{name} stellt vor.")}});
    for (k, v) in org.as_object().unwrap() {
        body[k] = v.clone();
    }
    let org = organization(app, &token, body).await;
    let registration: Value = expect(
        app,
        Method::POST,
        &bourse.path("/registrations"),
        &token,
        Some(&json!({"organization_id": org.id})),
        StatusCode::CREATED,
    )
    .await;
    assert_eq!(registration["status"], "confirmed");
    Person {
        token,
        email: user.email,
        org,
        id: registration["id"].as_str().unwrap().parse().unwrap(),
    }
}

async fn de(app: &TestApp, bourse: &Bourse, name: &str) -> Person {
    participant(
        app,
        bourse,
        name,
        json!({"country": "DE", "city": "Dresden", "languages": ["de"]}),
    )
    .await
}

async fn cz(app: &TestApp, bourse: &Bourse, name: &str) -> Person {
    participant(
        app,
        bourse,
        name,
        json!({"country": "CZ", "city": "Liberec", "languages": ["cs"]}),
    )
    .await
}

async fn set_language(app: &TestApp, token: &str, lang: &str) {
    let res = call(
        app,
        Method::PATCH,
        "/me",
        Some(token),
        Some(&json!({"preferred_language": lang})),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
}

async fn request(app: &TestApp, bourse: &Bourse, from: &Person, to: Uuid) -> Response {
    call(
        app,
        Method::POST,
        &bourse.path("/meeting-requests"),
        Some(&from.token),
        Some(&json!({"to_participant_id": to, "message": "Gerne sprechen wir über Spritzguss.\r\nViele Grüße"})),
    )
    .await
}

async fn requested(app: &TestApp, bourse: &Bourse, from: &Person, to: &Person) -> MeetingRequest {
    let res = request(app, bourse, from, to.id).await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

async fn answer(app: &TestApp, id: Uuid, token: &str, answer: &str) -> Response {
    call(
        app,
        Method::POST,
        &format!("/meeting-requests/{id}/answer"),
        Some(token),
        Some(&json!({"answer": answer})),
    )
    .await
}

/// `from` asks `to`, `to` accepts.
async fn agreed(app: &TestApp, bourse: &Bourse, from: &Person, to: &Person) -> Uuid {
    let request = requested(app, bourse, from, to).await;
    let res = answer(app, request.id, &to.token, "accept").await;
    assert_eq!(res.status(), StatusCode::OK, "{:?}", res.text().await);
    request.id
}

async fn schedule(app: &TestApp, bourse: &Bourse) -> ScheduleResult {
    expect(
        app,
        Method::POST,
        &bourse.path("/schedule"),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await
}

async fn publish(app: &TestApp, bourse: &Bourse) -> PublishScheduleResult {
    expect(
        app,
        Method::POST,
        &bourse.path("/schedule/publish"),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await
}

async fn table_plan(app: &TestApp, bourse: &Bourse, version: &str) -> TablePlan {
    expect(
        app,
        Method::GET,
        &bourse.path(&format!("/table-plan?version={version}")),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await
}

async fn agenda(app: &TestApp, bourse: &Bourse, who: &Person) -> Agenda {
    expect(
        app,
        Method::GET,
        &bourse.path("/agenda"),
        &who.token,
        None,
        StatusCode::OK,
    )
    .await
}

/// Nobody is in two places at once, no table is used twice in a slot, every table exists.
fn assert_consistent(plan: &TablePlan) {
    for slot in &plan.slots {
        let mut people = HashSet::new();
        let mut tables = HashSet::new();
        for meeting in &slot.meetings {
            for side in [&meeting.a, &meeting.b] {
                assert!(
                    people.insert(side.participant_id),
                    "{} has two meetings in slot {}",
                    side.organization_name,
                    slot.index
                );
            }
            assert!(tables.insert(meeting.table), "table used twice");
            assert!(meeting.table >= 1 && meeting.table <= plan.tables + plan.interpreter_tables);
            assert_eq!(meeting.interpreter_table, meeting.table > plan.tables);
        }
    }
}

/// Meeting id → (slot, table) of a plan.
fn placements(plan: &TablePlan) -> HashMap<Uuid, (u32, u32)> {
    plan.slots
        .iter()
        .flat_map(|s| {
            s.meetings
                .iter()
                .map(move |m| (m.meeting_id, (s.index, m.table)))
        })
        .collect()
}

/// Parses with the independent `ical` crate: the `VEVENT`s' properties.
fn parse_events(ics: &str) -> Vec<HashMap<String, String>> {
    let mut parser = ical::IcalParser::new(std::io::BufReader::new(ics.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("valid iCalendar");
    assert!(parser.next().is_none(), "exactly one VCALENDAR");
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

fn ics_of(mail: &Mail) -> String {
    let attachment = mail
        .attachments
        .iter()
        .find(|a| a.content_type == "text/calendar")
        .unwrap_or_else(|| panic!("no .ics attached to {:?}", mail.subject));
    String::from_utf8(attachment.content.clone()).unwrap()
}

/// `20270311T090000Z` as in `DTSTART` in UTC.
fn ics_time(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Waits (up to 10 s) for the `n`-th mail to `to` whose subject contains `subject`.
async fn nth_mail(app: &TestApp, to: &str, subject: &str, n: usize) -> Mail {
    for _ in 0..200 {
        let mails: Vec<Mail> = app
            .mails_to(to)
            .into_iter()
            .filter(|m| m.subject.contains(subject))
            .collect();
        if let Some(mail) = mails.get(n - 1) {
            return mail.clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no mail number {n} to {to} about {subject:?}");
}

async fn database(app: &TestApp) -> glokal_store::DatabaseConnection {
    glokal_store::connect(&app.database_url()).await.unwrap()
}

#[tokio::test]
async fn organisers_set_up_the_matchmaking_and_slots_are_derived() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    let stranger = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;

    // Not set up yet.
    let res = call(
        &app,
        Method::GET,
        &bourse.path("/matchmaking"),
        Some(&stranger.token),
        None,
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "matchmaking_unavailable").await;
    // Only organisers set it up.
    let body = settings_body(10, 2);
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        Some(&stranger.token),
        Some(&body),
    )
    .await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        None,
        Some(&body),
    )
    .await;
    assert_error(res, StatusCode::UNAUTHORIZED, "unauthorized").await;

    let settings = configure(&app, &bourse, &body).await;
    let starts: Vec<DateTime<Utc>> = settings.slots.iter().map(|s| s.starts_at).collect();
    let expected: Vec<DateTime<Utc>> = [
        (10, 0),
        (10, 20),
        (10, 40),
        (11, 0),
        (12, 0),
        (12, 20),
        (12, 40),
    ]
    .iter()
    .map(|(h, m)| instant(&at(30, *h, *m)))
    .collect();
    assert_eq!(starts, expected, "slots resume after the break");
    assert_eq!(settings.slots[6].ends_at, instant(&at(30, 13, 0)));
    assert_eq!((settings.tables, settings.interpreter_tables), (10, 2));
    assert_eq!(
        settings.booking_deadline,
        instant(&at(30, 10, 0)),
        "default: first day's start"
    );
    assert!(settings.booking_open && settings.can_manage);
    assert_eq!(settings.participants, 1);
    assert!(settings.outcomes.is_some(), "organisers see the outcomes");

    // Everybody who sees the event sees the slots; participants see their id, no outcomes.
    let slots: Vec<Slot> = expect(
        &app,
        Method::GET,
        &bourse.path("/matchmaking/slots"),
        &stranger.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(slots, settings.slots);
    let seen: MatchmakingSettings = expect(
        &app,
        Method::GET,
        &bourse.path("/matchmaking"),
        &stranger.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(seen.my_participant_id, Some(stranger.id));
    assert!(!seen.can_manage && seen.outcomes.is_none());

    // Field by field.
    let mut bad = settings_body(0, 300);
    bad["days"] = json!([
        {"starts_at": at(30, 8, 0), "ends_at": at(30, 12, 0)},
        {"starts_at": at(30, 11, 0), "ends_at": at(30, 10, 0)}
    ]);
    bad["slot_minutes"] = json!(1);
    bad["max_meetings"] = json!(0);
    bad["request_expiry_hours"] = json!(0);
    bad["booking_deadline"] = json!("tomorrow");
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        Some(&bourse.organiser),
        Some(&bad),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    let fields = &body["fields"];
    assert_eq!(fields["days"], "outside_event");
    assert_eq!(fields["days[1].ends_at"], "ends_before_start");
    assert_eq!(fields["slot_minutes"], "out_of_range");
    assert_eq!(fields["tables"], "out_of_range");
    assert_eq!(fields["interpreter_tables"], "out_of_range");
    assert_eq!(fields["max_meetings"], "out_of_range");
    assert_eq!(fields["request_expiry_hours"], "out_of_range");
    assert_eq!(fields["booking_deadline"], "invalid_datetime");
    let mut many = settings_body(10, 0);
    many["days"] = json!([
        {"starts_at": at(31, 9, 0), "ends_at": at(31, 17, 0)},
        {"starts_at": at(30, 9, 0), "ends_at": at(30, 17, 0)}
    ]);
    many["slot_minutes"] = json!(5);
    many["breaks"] = json!([]);
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        Some(&bourse.organiser),
        Some(&many),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(
        body["fields"]["slot_minutes"], "too_many_slots",
        "2 × 96 slots"
    );
    let mut late = settings_body(10, 0);
    late["booking_deadline"] = json!(at(30, 16, 0));
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        Some(&bourse.organiser),
        Some(&late),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["booking_deadline"], "out_of_range");

    // Events without matchmaking have none.
    let organiser = bourse.organiser.clone();
    let chamber = bourse.chamber;
    let plain: Event = expect(
        &app,
        Method::POST,
        "/events",
        &organiser,
        Some(&json!({
            "organization_id": chamber,
            "title": {"de": "Infotag"},
            "type": "information",
            "online_url": "https://meet.example/infotag",
            "starts_at": at(20, 9, 0),
            "ends_at": at(20, 12, 0),
            "languages": ["de"]
        })),
        StatusCode::CREATED,
    )
    .await;
    let res = call(
        &app,
        Method::PUT,
        &format!("/events/{}/matchmaking", plain.id),
        Some(&organiser),
        Some(&settings_body(5, 0)),
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "matchmaking_unavailable").await;
}

#[tokio::test]
async fn only_participants_and_organisers_see_the_matchmaking() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    configure(&app, &bourse, &settings_body(5, 1)).await;
    let anna = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;
    let jana = cz(&app, &bourse, "Nováková plasty s.r.o.").await;
    let karel = cz(&app, &bourse, "Dvořák strojírna a.s.").await;
    let (_, outsider) = app.user_with_role(Role::Member).await;
    let (_, staff) = app.user_with_role(Role::InstitutionStaff).await;
    let asked = requested(&app, &bourse, &anna, &jana).await;

    // Participant list: participants and organisers only.
    for token in [&anna.token, &bourse.organiser] {
        let list: ParticipantList = expect(
            &app,
            Method::GET,
            &bourse.path("/participants"),
            token,
            None,
            StatusCode::OK,
        )
        .await;
        assert_eq!(list.total, 3);
    }
    for token in [&outsider, &staff] {
        let res = call(
            &app,
            Method::GET,
            &bourse.path("/participants"),
            Some(token),
            None,
        )
        .await;
        assert_error(res, StatusCode::FORBIDDEN, "not_a_participant").await;
    }
    let res = call(&app, Method::GET, &bourse.path("/participants"), None, None).await;
    assert_error(res, StatusCode::UNAUTHORIZED, "unauthorized").await;

    // Own participation, requests and agenda: participants only (organisers are none).
    for path in [
        "/participation",
        "/meeting-requests",
        "/agenda",
        "/agenda.ics",
    ] {
        for token in [&outsider, &bourse.organiser] {
            let res = call(&app, Method::GET, &bourse.path(path), Some(token), None).await;
            assert_error(res, StatusCode::FORBIDDEN, "not_a_participant").await;
        }
        let res = call(
            &app,
            Method::GET,
            &bourse.path(path),
            Some(&anna.token),
            None,
        )
        .await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
    }
    let res = call(
        &app,
        Method::POST,
        &bourse.path("/meeting-requests"),
        Some(&outsider),
        Some(&json!({"to_participant_id": anna.id})),
    )
    .await;
    assert_error(res, StatusCode::FORBIDDEN, "not_a_participant").await;

    // Configure, schedule, publish, table plan: organisers only.
    for token in [&anna.token, &outsider, &staff] {
        let res = call(
            &app,
            Method::PUT,
            &bourse.path("/matchmaking"),
            Some(token),
            Some(&settings_body(5, 1)),
        )
        .await;
        assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
        for path in ["/schedule", "/schedule/publish"] {
            let res = call(&app, Method::POST, &bourse.path(path), Some(token), None).await;
            assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
        }
        let res = call(
            &app,
            Method::GET,
            &bourse.path("/table-plan"),
            Some(token),
            None,
        )
        .await;
        assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    }
    let res = call(
        &app,
        Method::POST,
        &bourse.path("/schedule/publish"),
        Some(&bourse.organiser),
        None,
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "no_draft_schedule").await;
    let _: TablePlan = expect(
        &app,
        Method::GET,
        &bourse.path("/table-plan"),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await;

    // Requests: only the recipient answers, only the sender withdraws; others do not see them.
    let res = answer(&app, asked.id, &anna.token, "accept").await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    for token in [&karel.token, &outsider, &bourse.organiser] {
        let res = answer(&app, asked.id, token, "accept").await;
        assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
        let res = call(
            &app,
            Method::POST,
            &format!("/meeting-requests/{}/cancel", asked.id),
            Some(token),
            None,
        )
        .await;
        assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    }
    let res = call(
        &app,
        Method::POST,
        &format!("/meeting-requests/{}/cancel", asked.id),
        Some(&jana.token),
        None,
    )
    .await;
    assert_error(res, StatusCode::FORBIDDEN, "forbidden").await;
    let karels: MeetingRequestList = expect(
        &app,
        Method::GET,
        &bourse.path("/meeting-requests"),
        &karel.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert!(karels.incoming.is_empty() && karels.outgoing.is_empty());
    let janas: MeetingRequestList = expect(
        &app,
        Method::GET,
        &bourse.path("/meeting-requests"),
        &jana.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(janas.incoming.len(), 1);

    // A participant who cancels the registration is no longer one.
    let res = call(
        &app,
        Method::DELETE,
        &bourse.path(&format!("/registrations/{}", karel.id)),
        Some(&karel.token),
        None,
    )
    .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = call(
        &app,
        Method::GET,
        &bourse.path("/participants"),
        Some(&karel.token),
        None,
    )
    .await;
    assert_error(res, StatusCode::FORBIDDEN, "not_a_participant").await;
    let res = request(&app, &bourse, &anna, karel.id).await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
}

#[tokio::test]
async fn participation_is_prefilled_from_the_organisation_and_partners_are_suggested() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    configure(&app, &bourse, &settings_body(5, 1)).await;
    let anna = participant(
        &app,
        &bourse,
        "Richter Kunststofftechnik GmbH",
        json!({
            "country": "DE", "city": "Chemnitz", "languages": ["de", "en"],
            "nace_main": "22.29", "nace_codes": ["25.62"],
            "keywords": ["Spritzguss", "Werkzeugbau"],
            "description": {"de": "Spritzguss technischer Teile.", "en": "Injection moulding of technical parts."}
        }),
    )
    .await;
    // An open offer and request of Anna's organisation feed the suggestion.
    for (kind, title, keyword) in [
        (
            "service_offer",
            json!({"de": "Freie Spritzgusskapazität", "cs": "Volná kapacita vstřikování"}),
            "Kapazität",
        ),
        (
            "supplier_request",
            json!({"de": "Lohnbeschichtung gesucht"}),
            "Beschichtung",
        ),
    ] {
        let res = call(
            &app,
            Method::POST,
            "/opportunities",
            Some(&anna.token),
            Some(&json!({"organization_id": anna.org.id, "type": kind, "title": title, "text": title, "keywords": [keyword], "nace_codes": ["25.61"], "publish": true})),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    }
    let jana = participant(
        &app,
        &bourse,
        "Nováková plasty s.r.o.",
        json!({
            "country": "CZ", "city": "Liberec", "languages": ["cs"],
            "nace_main": "22.29", "keywords": ["vstřikování", "werkzeugbau"],
            "description": {"cs": "Vstřikování plastů."}
        }),
    )
    .await;
    let farm = participant(
        &app,
        &bourse,
        "Statek Horní Ves",
        json!({"country": "CZ", "city": "Liberec", "nace_main": "01.11", "keywords": ["obilí"]}),
    )
    .await;

    let draft: Participation = expect(
        &app,
        Method::GET,
        &bourse.path("/participation"),
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert!(!draft.saved && draft.updated_at.is_none());
    assert_eq!(draft.participant_id, anna.id);
    assert_eq!(draft.organization.name, "Richter Kunststofftechnik GmbH");
    assert_eq!(
        draft.offer.de.as_deref(),
        Some("Spritzguss technischer Teile.\n\n– Freie Spritzgusskapazität")
    );
    assert_eq!(
        draft.offer.cs.as_deref(),
        Some("– Volná kapacita vstřikování")
    );
    assert_eq!(draft.seek.de.as_deref(), Some("– Lohnbeschichtung gesucht"));
    assert_eq!(
        draft.keywords,
        ["Spritzguss", "Werkzeugbau", "Kapazität", "Beschichtung"]
    );
    assert_eq!(draft.nace_codes, ["22.29", "25.62", "25.61"]);
    assert_eq!(draft.languages, ["de", "en"]);
    assert_eq!(draft.available_slots, None);
    assert_eq!(draft.effective_max_meetings, 5);
    assert_eq!(draft.suggested.offer, draft.offer);

    // Saving: field checks, then the profile replaces the suggestion.
    let mut body = json!({
        "offer": {"de": "Spritzguss bis 2 kg", "cs": "Vstřikování do 2 kg"},
        "seek": {"de": "Partner für Werkzeugbau und Vstřikování"},
        "keywords": ["Spritzguss", "Werkzeugbau"],
        "nace_codes": ["22.29", "99.99"],
        "languages": ["de", "xx"],
        "available_slots": [0, 1, 99],
        "max_meetings": 8
    });
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/participation"),
        Some(&anna.token),
        Some(&body),
    )
    .await;
    let error = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(error["fields"]["available_slots[2]"], "unknown_slot");
    assert_eq!(
        error["fields"]["max_meetings"], "out_of_range",
        "seven slots"
    );
    assert_eq!(error["fields"]["languages"], "unknown_language");
    assert!(error["fields"]["nace_codes[1]"].is_string());
    body["nace_codes"] = json!(["22.29"]);
    body["languages"] = json!(["de", "en"]);
    body["available_slots"] = json!([3, 0, 1, 1]);
    body["max_meetings"] = json!(3);
    let saved: Participation = expect(
        &app,
        Method::PUT,
        &bourse.path("/participation"),
        &anna.token,
        Some(&body),
        StatusCode::OK,
    )
    .await;
    assert!(saved.saved);
    assert_eq!(saved.available_slots, Some(vec![0, 1, 3]));
    assert_eq!(
        (saved.max_meetings, saved.effective_max_meetings),
        (Some(3), 3)
    );
    assert_eq!(saved.offer.de.as_deref(), Some("Spritzguss bis 2 kg"));
    assert_eq!(
        saved.suggested, draft.suggested,
        "the suggestion stays available"
    );
    let again: Participation = expect(
        &app,
        Method::GET,
        &bourse.path("/participation"),
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(again, saved);

    // The list shows texts in the viewer's language, with a fallback.
    let res = app
        .client
        .get(app.url(&format!("/api/v1/events/{}/participants", bourse.event)))
        .bearer_auth(&jana.token)
        .header("Accept-Language", "cs")
        .send()
        .await
        .unwrap();
    let list: ParticipantList = res.json().await.unwrap();
    assert_eq!(list.total, 3);
    let names: Vec<&str> = list
        .items
        .iter()
        .map(|p| p.organization.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Nováková plasty s.r.o.",
            "Richter Kunststofftechnik GmbH",
            "Statek Horní Ves"
        ]
    );
    let annas = &list.items[1];
    assert_eq!(annas.offer.as_ref().unwrap().text, "Vstřikování do 2 kg");
    assert_eq!(
        annas.seek.as_ref().unwrap().language,
        glokal_api_types::Language::De
    );
    assert_eq!(annas.organization.country, "DE");
    assert_eq!(annas.organization.city, "Chemnitz");
    assert_eq!(annas.languages, ["de", "en"]);
    assert!(list.items[0].is_me && !annas.is_me);

    // Suggestions for Jana: Anna (same NACE class, shared keyword, across the border), not the farm.
    assert_eq!(list.suggestions.len(), 1, "{:?}", list.suggestions);
    let suggestion = &list.suggestions[0];
    assert_eq!(suggestion.participant_id, anna.id);
    let kinds: Vec<SuggestionReasonKind> = suggestion.reasons.iter().map(|r| r.kind).collect();
    assert!(kinds.contains(&SuggestionReasonKind::SharedNace));
    assert!(kinds.contains(&SuggestionReasonKind::SharedKeywords));
    assert!(
        kinds.contains(&SuggestionReasonKind::MatchesSeek),
        "Anna looks for vstřikování: {kinds:?}"
    );
    assert_eq!(*kinds.last().unwrap(), SuggestionReasonKind::CrossBorder);
    let shared = suggestion
        .reasons
        .iter()
        .find(|r| r.kind == SuggestionReasonKind::SharedNace)
        .unwrap();
    assert_eq!(shared.values, ["22.29"]);
    assert_eq!(shared.text, "Stejný obor (NACE 22.29)");

    // Filters: country, NACE prefix, text without diacritics.
    let list: ParticipantList = expect(
        &app,
        Method::GET,
        &bourse.path("/participants?country=cz"),
        &jana.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(list.items.len(), 2);
    let list: ParticipantList = expect(
        &app,
        Method::GET,
        &bourse.path("/participants?nace=C"),
        &jana.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(list.items.len(), 2, "manufacturing, not the farm");
    let list: ParticipantList = expect(
        &app,
        Method::GET,
        &bourse.path("/participants?q=obili"),
        &jana.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(list.items.len(), 1);
    assert_eq!(list.items[0].id, farm.id);
    let res = call(
        &app,
        Method::GET,
        &bourse.path("/participants?nace=99.99"),
        Some(&jana.token),
        None,
    )
    .await;
    assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;

    // Once asked, Anna is no longer suggested to Jana.
    requested(&app, &bourse, &jana, &anna).await;
    let list: ParticipantList = expect(
        &app,
        Method::GET,
        &bourse.path("/participants"),
        &jana.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert!(list.suggestions.is_empty());
}

#[tokio::test]
async fn meeting_requests_are_answered_withdrawn_or_expire() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    configure(&app, &bourse, &settings_body(5, 1)).await;
    let anna = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;
    let jana = cz(&app, &bourse, "Nováková plasty s.r.o.").await;
    let karel = cz(&app, &bourse, "Dvořák strojírna a.s.").await;
    let petra = cz(&app, &bourse, "Svobodová textil s.r.o.").await;
    set_language(&app, &jana.token, "cs").await;
    set_language(&app, &anna.token, "de").await;

    // Anna asks Jana: pending, Jana is told in Czech.
    let first = requested(&app, &bourse, &anna, &jana).await;
    assert_eq!(first.status, MeetingRequestStatus::Pending);
    assert_eq!(first.from.participant_id, anna.id);
    assert_eq!(first.to.organization_name, "Nováková plasty s.r.o.");
    assert_eq!(
        first.message.as_deref(),
        Some("Gerne sprechen wir über Spritzguss.\nViele Grüße")
    );
    let hours = (first.expires_at - first.created_at).num_minutes();
    assert!(
        (48 * 60 - 1..=48 * 60).contains(&hours),
        "expires after 48 h: {hours} min"
    );
    let mail = app.wait_for_mail(&jana.email, "Žádost o schůzku").await;
    assert!(
        mail.subject.contains("Richter Kunststofftechnik GmbH"),
        "{}",
        mail.subject
    );
    assert!(
        mail.body.contains("Gerne sprechen wir über Spritzguss."),
        "{}",
        mail.body
    );
    assert!(mail.body.contains(&format!(
        "http://glokal.test/events/{}/matchmaking",
        bourse.event
    )));

    // No second request between the two, either way; not to oneself, not to strangers.
    for (from, to) in [(&anna, &jana), (&jana, &anna)] {
        let res = request(&app, &bourse, from, to.id).await;
        assert_error(res, StatusCode::CONFLICT, "meeting_request_exists").await;
    }
    let res = request(&app, &bourse, &anna, anna.id).await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["to_participant_id"], "cannot_request_self");
    let res = request(&app, &bourse, &anna, Uuid::new_v4()).await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    let res = call(
        &app,
        Method::POST,
        &bourse.path("/meeting-requests"),
        Some(&anna.token),
        Some(&json!({"to_participant_id": karel.id, "message": "x".repeat(1001)})),
    )
    .await;
    let body = assert_error(res, StatusCode::UNPROCESSABLE_ENTITY, "validation_failed").await;
    assert_eq!(body["fields"]["message"], "too_long");

    // Jana accepts; Anna is told in German; answering again is refused.
    let res = answer(&app, first.id, &jana.token, "accept").await;
    assert_eq!(res.status(), StatusCode::OK);
    let accepted: MeetingRequest = res.json().await.unwrap();
    assert_eq!(accepted.status, MeetingRequestStatus::Accepted);
    assert!(accepted.answered_at.is_some());
    app.wait_for_mail(
        &anna.email,
        "Gesprächsanfrage angenommen: Nováková plasty s.r.o.",
    )
    .await;
    let res = answer(&app, first.id, &jana.token, "decline").await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_not_pending").await;
    let res = call(
        &app,
        Method::POST,
        &format!("/meeting-requests/{}/cancel", first.id),
        Some(&anna.token),
        None,
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_not_pending").await;
    let res = request(&app, &bourse, &jana, anna.id).await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_exists").await;

    // Anna withdraws a request to Karel; then she may ask again.
    let second = requested(&app, &bourse, &anna, &karel).await;
    let cancelled: MeetingRequest = expect(
        &app,
        Method::POST,
        &format!("/meeting-requests/{}/cancel", second.id),
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(cancelled.status, MeetingRequestStatus::Cancelled);
    let res = answer(&app, second.id, &karel.token, "accept").await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_not_pending").await;
    let third = requested(&app, &bourse, &anna, &karel).await;

    // Karel declines: Anna may not ask again, Karel may still ask her.
    let res = answer(&app, third.id, &karel.token, "decline").await;
    assert_eq!(res.status(), StatusCode::OK);
    app.wait_for_mail(&anna.email, "Gesprächsanfrage abgelehnt")
        .await;
    let res = request(&app, &bourse, &anna, karel.id).await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_exists").await;
    let from_karel = requested(&app, &bourse, &karel, &anna).await;
    assert_eq!(from_karel.status, MeetingRequestStatus::Pending);

    // Petra's request to Anna expires unanswered (time passes in the database): it reads
    // `expired`, cannot be answered, and blocks nobody.
    let late = requested(&app, &bourse, &petra, &anna).await;
    {
        use glokal_store::entities::meeting_request::{Column, Entity};
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let db = database(&app).await;
        let result = Entity::update_many()
            .col_expr(
                Column::ExpiresAt,
                Expr::value(Utc::now() - Duration::hours(1)),
            )
            .filter(Column::Id.eq(late.id))
            .exec(&db)
            .await
            .unwrap();
        assert_eq!(result.rows_affected, 1);
        db.close().await.ok();
    }
    let annas: MeetingRequestList = expect(
        &app,
        Method::GET,
        &bourse.path("/meeting-requests"),
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    let statuses = |list: &[MeetingRequest]| {
        list.iter()
            .map(|r| (r.to.participant_id, r.from.participant_id, r.status))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        statuses(&annas.incoming),
        [
            (anna.id, petra.id, MeetingRequestStatus::Expired),
            (anna.id, karel.id, MeetingRequestStatus::Pending),
        ],
        "newest first"
    );
    assert_eq!(
        statuses(&annas.outgoing),
        [
            (karel.id, anna.id, MeetingRequestStatus::Declined),
            (karel.id, anna.id, MeetingRequestStatus::Cancelled),
            (jana.id, anna.id, MeetingRequestStatus::Accepted),
        ]
    );
    let petras: MeetingRequestList = expect(
        &app,
        Method::GET,
        &bourse.path("/meeting-requests"),
        &petra.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(petras.outgoing[0].status, MeetingRequestStatus::Expired);
    let res = answer(&app, late.id, &anna.token, "accept").await;
    assert_error(res, StatusCode::CONFLICT, "meeting_request_not_pending").await;
    let again = requested(&app, &bourse, &petra, &anna).await;
    assert_eq!(again.status, MeetingRequestStatus::Pending);

    // After the booking deadline nothing more is sent or answered.
    let mut closed = settings_body(5, 1);
    closed["booking_deadline"] = json!(at(-1, 12, 0));
    configure(&app, &bourse, &closed).await;
    let res = answer(&app, again.id, &anna.token, "accept").await;
    assert_error(res, StatusCode::CONFLICT, "matchmaking_closed").await;
    let res = request(&app, &bourse, &jana, petra.id).await;
    assert_error(res, StatusCode::CONFLICT, "matchmaking_closed").await;
    // Withdrawing still works.
    let res = call(
        &app,
        Method::POST,
        &format!("/meeting-requests/{}/cancel", again.id),
        Some(&petra.token),
        None,
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
}

#[tokio::test]
async fn schedules_keep_published_meetings_and_nobody_is_in_two_places() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    // One ordinary and one interpreter table: seven slots, fourteen places.
    configure(&app, &bourse, &settings_body(1, 1)).await;
    let p1 = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;
    let p2 = cz(&app, &bourse, "Nováková plasty s.r.o.").await;
    let p3 = participant(
        &app,
        &bourse,
        "Elbe Werkzeugbau GmbH",
        json!({"country": "DE", "city": "Pirna", "languages": ["de", "en"]}),
    )
    .await;
    let p4 = participant(
        &app,
        &bourse,
        "Dvořák strojírna a.s.",
        json!({"country": "CZ", "city": "Ústí nad Labem", "languages": ["cs", "en"]}),
    )
    .await;
    let p5 = de(&app, &bourse, "Lausitz Metall GmbH").await;
    set_language(&app, &p1.token, "de").await;
    set_language(&app, &p2.token, "cs").await;
    set_language(&app, &p5.token, "de").await;
    for (a, b) in [(&p1, &p2), (&p1, &p3), (&p2, &p4), (&p3, &p4), (&p5, &p1)] {
        agreed(&app, &bourse, a, b).await;
    }

    let result = schedule(&app, &bourse).await;
    assert_eq!(
        (result.requests, result.scheduled, result.upper_bound),
        (5, 5, 5)
    );
    assert!(result.unscheduled.is_empty());
    assert_eq!((result.kept, result.interpreter_missing), (0, 0));

    // A draft is no agenda yet.
    let before = agenda(&app, &bourse, &p1).await;
    assert!(before.meetings.is_empty() && before.published_at.is_none());
    let draft = table_plan(&app, &bourse, "draft").await;
    assert_consistent(&draft);
    assert_eq!(placements(&draft).len(), 5);
    assert_eq!(draft.slots.len(), 7);
    assert_eq!(
        placements(&table_plan(&app, &bourse, "published").await).len(),
        0
    );

    // Publishing: every participant gets their meetings with the agenda attached.
    let published = publish(&app, &bourse).await;
    assert_eq!((published.meetings, published.notified), (5, 5));
    let plan = table_plan(&app, &bourse, "published").await;
    assert_consistent(&plan);
    assert_eq!(placements(&plan), placements(&draft));
    assert!(plan.generated_at.is_some());

    let mine = agenda(&app, &bourse, &p1).await;
    assert_eq!(mine.meetings.len(), 3);
    assert!(mine.published_at.is_some());
    assert_eq!(
        mine.ics_url,
        format!("/api/v1/events/{}/agenda.ics", bourse.event)
    );
    assert!(
        mine.meetings
            .windows(2)
            .all(|w| w[0].starts_at < w[1].starts_at),
        "by time, never twice at once"
    );
    let with_p2 = mine
        .meetings
        .iter()
        .find(|m| m.with.participant_id == p2.id)
        .unwrap();
    assert!(
        with_p2.interpreter_table && !with_p2.interpreter_missing,
        "German–Czech pair at the interpreter table"
    );
    assert_eq!(with_p2.table, 2);
    assert_eq!(with_p2.with.organization.name, "Nováková plasty s.r.o.");
    assert!(with_p2
        .with
        .contact_email
        .as_deref()
        .is_some_and(|e| e.starts_with("member-")));
    assert_eq!(with_p2.with.languages, ["cs"]);
    assert!(mine.meetings.iter().all(|m| m.my_rating.is_none()));
    // The other side sees the same time and table.
    let theirs = agenda(&app, &bourse, &p2).await;
    let same = theirs
        .meetings
        .iter()
        .find(|m| m.meeting_id == with_p2.meeting_id)
        .unwrap();
    assert_eq!(
        (same.starts_at, same.table),
        (with_p2.starts_at, with_p2.table)
    );
    assert_eq!(same.with.participant_id, p1.id);

    // The mail, in the participant's language, with the agenda as .ics.
    let mail = app.wait_for_mail(&p1.email, "Ihre Gesprächstermine").await;
    assert!(
        mail.body.contains("Nováková plasty s.r.o."),
        "{}",
        mail.body
    );
    assert!(
        mail.body.contains("Tisch 2 (mit Dolmetscher)"),
        "{}",
        mail.body
    );
    let attached = parse_events(&ics_of(&mail));
    assert_eq!(attached.len(), 3);
    let czech = app.wait_for_mail(&p2.email, "Vaše schůzky").await;
    assert!(
        czech.body.contains("Stůl 2 (s tlumočníkem)"),
        "{}",
        czech.body
    );

    // The agenda as iCalendar file, parsed by an independent parser.
    let res = app
        .get(
            &format!("/api/v1/events/{}/agenda.ics?lang=en", bourse.event),
            Some(&p1.token),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let events = parse_events(&res.text().await.unwrap());
    assert_eq!(events.len(), 3);
    for (vevent, meeting) in events.iter().zip(&mine.meetings) {
        assert_eq!(vevent["DTSTART"], ics_time(meeting.starts_at));
        assert_eq!(vevent["DTEND"], ics_time(meeting.ends_at));
        assert_eq!(
            vevent["SUMMARY"],
            format!("Meeting: {}", meeting.with.organization.name)
        );
        assert!(
            vevent["LOCATION"].starts_with(&format!("Table {}", meeting.table)),
            "{:?}",
            vevent["LOCATION"]
        );
        assert!(vevent["UID"].starts_with(&format!("meeting-{}@", meeting.meeting_id)));
        assert_eq!(vevent["STATUS"], "CONFIRMED");
    }
    let ics_with_p2 = |text: &str| {
        parse_events(text)
            .into_iter()
            .find(|e| e["SUMMARY"].contains("Nováková"))
            .unwrap()["DESCRIPTION"]
            .clone()
    };
    let ics = |token: String| {
        let app = &app;
        let url = format!("/api/v1/events/{}/agenda.ics?lang=en", bourse.event);
        async move { app.get(&url, Some(&token)).await.text().await.unwrap() }
    };
    let description = ics_with_p2(&ics(p1.token.clone()).await);
    assert!(description.contains(&p2.email), "{description}");

    // A partner who keeps name and address to themselves: the organisation only.
    let res = app
        .call(
            Method::PUT,
            "/api/v1/me/privacy",
            Some(&p2.token),
            Some(&json!({"profile_visibility": "own_organizations", "contact_visibility": "nobody", "email_notifications": true})),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let hidden = agenda(&app, &bourse, &p1).await;
    let hidden = &hidden
        .meetings
        .iter()
        .find(|m| m.with.participant_id == p2.id)
        .unwrap()
        .with;
    assert_eq!(hidden.organization.name, "Nováková plasty s.r.o.");
    assert_eq!(
        (&hidden.contact_name, &hidden.contact_email),
        (&None, &None)
    );
    let description = ics_with_p2(&ics(p1.token.clone()).await);
    assert!(
        !description.contains(&p2.email) && !description.contains("Contact"),
        "{description}"
    );
    // Only the address shared.
    app.call(
        Method::PUT,
        "/api/v1/me/privacy",
        Some(&p2.token),
        Some(&json!({"profile_visibility": "own_organizations", "contact_visibility": "meeting_partners", "email_notifications": true})),
    )
    .await;
    let shared = agenda(&app, &bourse, &p1).await;
    let shared = &shared
        .meetings
        .iter()
        .find(|m| m.with.participant_id == p2.id)
        .unwrap()
        .with;
    assert_eq!(shared.contact_name, None);
    assert_eq!(shared.contact_email.as_deref(), Some(p2.email.as_str()));

    // Once published, the slot layout cannot move under the meetings.
    let mut longer = settings_body(1, 1);
    longer["slot_minutes"] = json!(30);
    let res = call(
        &app,
        Method::PUT,
        &bourse.path("/matchmaking"),
        Some(&bourse.organiser),
        Some(&longer),
    )
    .await;
    assert_error(res, StatusCode::CONFLICT, "schedule_conflict").await;
    let mut more_tables = settings_body(1, 1);
    more_tables["interpreter_tables"] = json!(2);
    more_tables["request_expiry_hours"] = json!(24);
    configure(&app, &bourse, &more_tables).await;

    // A new accepted request; the next run keeps every published meeting where it is.
    agreed(&app, &bourse, &p4, &p5).await;
    let result = schedule(&app, &bourse).await;
    assert_eq!((result.requests, result.scheduled, result.kept), (6, 6, 5));
    let redraft = table_plan(&app, &bourse, "draft").await;
    assert_consistent(&redraft);
    let again = placements(&redraft);
    for (meeting, place) in placements(&plan) {
        assert_eq!(again[&meeting], place, "published meeting {meeting} moved");
    }
    let second = publish(&app, &bourse).await;
    assert_eq!(
        (second.meetings, second.notified),
        (6, 2),
        "only P4 and P5 have changes"
    );
    let mail = nth_mail(&app, &p5.email, "Ihre Gesprächstermine", 2).await;
    assert!(mail.body.contains("hat sich geändert"), "{}", mail.body);
    assert!(mail.body.contains("Dvořák strojírna a.s."), "{}", mail.body);
    assert_eq!(
        app.mails_to(&p1.email)
            .iter()
            .filter(|m| m.subject.contains("Ihre Gesprächstermine"))
            .count(),
        1
    );
}

#[tokio::test]
async fn what_cannot_be_scheduled_is_listed_with_the_reason() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    configure(&app, &bourse, &settings_body(3, 0)).await;
    let p1 = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;
    let p2 = cz(&app, &bourse, "Nováková plasty s.r.o.").await;
    let p3 = cz(&app, &bourse, "Dvořák strojírna a.s.").await;
    let p4 = de(&app, &bourse, "Elbe Werkzeugbau GmbH").await;
    let p5 = cz(&app, &bourse, "Svobodová textil s.r.o.").await;
    // P1 wants one meeting at most; P4 is there only in the first slot, P5 only in the second.
    let profile = |slots: Value, max: Value, lang: &str| json!({"languages": [lang], "available_slots": slots, "max_meetings": max});
    let _: Participation = expect(
        &app,
        Method::PUT,
        &bourse.path("/participation"),
        &p1.token,
        Some(&profile(Value::Null, json!(1), "de")),
        StatusCode::OK,
    )
    .await;
    let _: Participation = expect(
        &app,
        Method::PUT,
        &bourse.path("/participation"),
        &p4.token,
        Some(&profile(json!([0]), Value::Null, "de")),
        StatusCode::OK,
    )
    .await;
    let _: Participation = expect(
        &app,
        Method::PUT,
        &bourse.path("/participation"),
        &p5.token,
        Some(&profile(json!([1]), Value::Null, "cs")),
        StatusCode::OK,
    )
    .await;
    agreed(&app, &bourse, &p1, &p2).await;
    agreed(&app, &bourse, &p3, &p1).await;
    agreed(&app, &bourse, &p4, &p5).await;

    let res = app
        .client
        .post(app.url(&format!("/api/v1/events/{}/schedule", bourse.event)))
        .bearer_auth(&bourse.organiser)
        .header("Accept-Language", "de")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let result: ScheduleResult = res.json().await.unwrap();
    assert_eq!(
        (result.requests, result.scheduled, result.upper_bound),
        (3, 1, 1)
    );
    let mut reasons: Vec<UnscheduledReason> = result.unscheduled.iter().map(|u| u.reason).collect();
    reasons.sort_by_key(|r| format!("{r:?}"));
    assert_eq!(
        reasons,
        [
            UnscheduledReason::MeetingLimit,
            UnscheduledReason::NoCommonSlot
        ]
    );
    let limit = result
        .unscheduled
        .iter()
        .find(|u| u.reason == UnscheduledReason::MeetingLimit)
        .unwrap();
    assert!(limit.a.participant_id == p1.id || limit.b.participant_id == p1.id);
    assert_eq!(
        limit.message,
        "Eine Seite hat bereits so viele Gespräche, wie sie höchstens führen möchte."
    );
    let apart = result
        .unscheduled
        .iter()
        .find(|u| u.reason == UnscheduledReason::NoCommonSlot)
        .unwrap();
    assert_eq!(
        (apart.a.participant_id, apart.b.participant_id),
        (p4.id, p5.id)
    );
    // The draft's table plan lists them too.
    let draft = table_plan(&app, &bourse, "draft").await;
    assert_eq!(draft.unscheduled.len(), 2);
    assert_consistent(&draft);
}

#[tokio::test]
async fn meetings_are_rated_after_the_event_and_a_follow_up_asks_three_months_later() {
    let app = spawn_app().await;
    let bourse = bourse(&app).await;
    configure(&app, &bourse, &settings_body(4, 1)).await;
    let anna = de(&app, &bourse, "Richter Kunststofftechnik GmbH").await;
    let jana = cz(&app, &bourse, "Nováková plasty s.r.o.").await;
    let karel = cz(&app, &bourse, "Dvořák strojírna a.s.").await;
    let lone = de(&app, &bourse, "Lausitz Metall GmbH").await;
    set_language(&app, &jana.token, "cs").await;
    set_language(&app, &karel.token, "en").await;
    agreed(&app, &bourse, &anna, &jana).await;
    agreed(&app, &bourse, &karel, &anna).await;
    schedule(&app, &bourse).await;
    publish(&app, &bourse).await;
    let meetings = agenda(&app, &bourse, &anna).await.meetings;
    assert_eq!(meetings.len(), 2);
    let with_jana = meetings
        .iter()
        .find(|m| m.with.participant_id == jana.id)
        .unwrap()
        .meeting_id;
    let with_karel = meetings
        .iter()
        .find(|m| m.with.participant_id == karel.id)
        .unwrap()
        .meeting_id;
    let rate = |token: String, meeting: Uuid, outcome: &'static str| {
        let app = &app;
        async move {
            call(
                app,
                Method::POST,
                &format!("/meetings/{meeting}/rating"),
                Some(&token),
                Some(&json!({"outcome": outcome})),
            )
            .await
        }
    };

    // Not before the meeting.
    let res = rate(anna.token.clone(), with_jana, "follow_up_planned").await;
    assert_error(res, StatusCode::CONFLICT, "meeting_not_held").await;

    // The event is over (moved 33 days back in the database).
    let db = database(&app).await;
    glokal_store::matchmaking::shift_in_time(&db, bourse.event, Duration::days(-33))
        .await
        .unwrap();
    let event: Event = expect(
        &app,
        Method::GET,
        &format!("/events/{}", bourse.event),
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(event.status, glokal_api_types::EventStatus::Done);

    let res = rate(anna.token.clone(), with_jana, "follow_up_planned").await;
    assert_eq!(res.status(), StatusCode::OK);
    let first: Value = res.json().await.unwrap();
    assert_eq!(first["outcome"], "follow_up_planned");
    // Editable: the second answer replaces the first.
    let res = rate(anna.token.clone(), with_jana, "offer_quote").await;
    let second: Value = res.json().await.unwrap();
    assert_eq!(second["outcome"], "offer_quote");
    assert_eq!(second["rated_at"], first["rated_at"]);
    let res = rate(jana.token.clone(), with_jana, "cooperation_agreement").await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = rate(anna.token.clone(), with_karel, "no_follow_up").await;
    assert_eq!(res.status(), StatusCode::OK);
    // Only the two sides rate.
    let res = rate(lone.token.clone(), with_jana, "offer_quote").await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    let res = rate(bourse.organiser.clone(), with_jana, "offer_quote").await;
    assert_error(res, StatusCode::NOT_FOUND, "not_found").await;
    let res = call(
        &app,
        Method::POST,
        &format!("/meetings/{with_jana}/rating"),
        Some(&anna.token),
        Some(&json!({"outcome": "great"})),
    )
    .await;
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);

    let mine = agenda(&app, &bourse, &anna).await;
    let rated: HashMap<Uuid, _> = mine
        .meetings
        .iter()
        .map(|m| (m.meeting_id, m.my_rating))
        .collect();
    assert_eq!(
        rated[&with_jana],
        Some(glokal_api_types::MeetingOutcome::OfferQuote)
    );

    // Outcome counts for the programme's indicators: the store, and organisers in the API.
    let counts = glokal_store::matchmaking::outcome_counts(&db, bourse.event)
        .await
        .unwrap();
    assert_eq!((counts.meetings, counts.ratings), (2, 3));
    assert_eq!(
        (
            counts.no_follow_up,
            counts.follow_up_planned,
            counts.offer_quote,
            counts.cooperation_agreement
        ),
        (1, 0, 1, 1)
    );
    let settings: MatchmakingSettings = expect(
        &app,
        Method::GET,
        &bourse.path("/matchmaking"),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(settings.outcomes, Some(counts));

    // 90 days after the event: one mail to each participant with unrated meetings — only Karel
    // (Anna and Jana rated theirs, the fourth had none) — and only once.
    let ended = event.ends_at;
    let follow_up = |now: DateTime<Utc>| {
        let db = &db;
        async move {
            glokal_api::mail::follow_up::enqueue_due(db, "http://glokal.test", now)
                .await
                .unwrap()
        }
    };
    assert_eq!(follow_up(ended + Duration::days(60)).await, 0, "too early");
    assert_eq!(follow_up(ended + Duration::days(91)).await, 1, "Karel only");
    assert_eq!(follow_up(ended + Duration::days(92)).await, 0, "sent once");
    let mail = app
        .wait_for_mail(&karel.email, "What came of your meetings?")
        .await;
    assert!(
        mail.body.contains("Richter Kunststofftechnik GmbH"),
        "{}",
        mail.body
    );
    assert!(mail.body.contains(&format!(
        "http://glokal.test/events/{}/matchmaking",
        bourse.event
    )));
    for person in [&anna, &jana, &lone] {
        assert!(
            !app.mails_to(&person.email)
                .iter()
                .any(|m| m.subject.contains("What came")
                    || m.subject.contains("Was ist aus")
                    || m.subject.contains("Co vzešlo")),
            "{} rated everything or had no meetings",
            person.org.name
        );
    }
    assert_eq!(follow_up(ended + Duration::days(200)).await, 0, "long over");
    db.close().await.ok();

    // The programme's indicators: two held cross-border meetings (Anna–Jana, Karel–Anna), the
    // three organisations cooperating across the border, two of them by an agreement.
    let stats: glokal_api_types::Statistics = expect(
        &app,
        Method::GET,
        "/statistics",
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        (
            stats.meetings.total,
            stats.meetings.cross_border,
            stats.meetings.domestic
        ),
        (2, 2, 0)
    );
    assert_eq!(stats.cooperation.organizations, 3);
    assert_eq!(stats.cooperation.through_meeting, 3);
    assert_eq!(stats.cooperation.through_agreement, 2);
    let outcome = |key: &str| {
        stats
            .meeting_outcomes
            .iter()
            .find(|k| k.key == key)
            .map(|k| k.count)
    };
    assert_eq!(
        (
            outcome("offer_quote"),
            outcome("cooperation_agreement"),
            outcome("no_follow_up")
        ),
        (Some(1), Some(1), Some(1))
    );
    assert!(stats.events.events >= 1 && stats.events.registrations >= 4);

    // Anna's data export holds her participation, requests and agenda with the ratings.
    let export: Value = expect(
        &app,
        Method::GET,
        "/me/export",
        &anna.token,
        None,
        StatusCode::OK,
    )
    .await;
    let taken = export["matchmaking"].as_array().unwrap();
    assert_eq!(taken.len(), 1);
    assert_eq!(taken[0]["agenda"]["meetings"].as_array().unwrap().len(), 2);
    assert_eq!(
        taken[0]["requests"]["outgoing"].as_array().unwrap().len(),
        1
    );
    assert_eq!(
        taken[0]["requests"]["incoming"].as_array().unwrap().len(),
        1
    );
}

#[tokio::test]
async fn the_demo_kooperationsboerse_can_be_scheduled() {
    let app = spawn_app().await;
    let db = database(&app).await;
    glokal_server::cli::seed::demo(&db).await.unwrap();
    glokal_server::cli::seed::demo(&db).await.unwrap();
    db.close().await.ok();
    let demo: Value =
        serde_json::from_str(include_str!("../../data/demo_matchmaking.json")).unwrap();
    let accepted = demo["requests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "accepted")
        .count() as u32;

    let events: glokal_api_types::EventPage = app
        .get("/api/v1/events?limit=100&type=cooperation", None)
        .await
        .json()
        .await
        .unwrap();
    let event = events
        .items
        .iter()
        .find(|e| e.title.de.as_deref() == demo["event"].as_str())
        .expect("the demo Kooperationsbörse");
    let bourse = Bourse {
        organiser: app
            .login("kammer@demo.glokal.eu", "Glokal-Demo-2026")
            .await
            .0
            .access_token,
        chamber: event.organizer.id,
        event: event.id,
    };
    let firma = app
        .login("firma@demo.glokal.eu", "Glokal-Demo-2026")
        .await
        .0
        .access_token;
    let list: ParticipantList = expect(
        &app,
        Method::GET,
        &bourse.path("/participants"),
        &firma,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(
        list.total as usize,
        demo["participants"].as_array().unwrap().len()
    );
    assert_eq!(list.total, 30, "seeded once");
    for country in ["DE", "CZ"] {
        assert!(
            list.items
                .iter()
                .filter(|p| p.organization.country == country)
                .count()
                >= 10
        );
    }
    assert!(
        !list.suggestions.is_empty(),
        "partners are suggested to the demo company"
    );
    let requests: MeetingRequestList = expect(
        &app,
        Method::GET,
        &bourse.path("/meeting-requests"),
        &firma,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!((requests.incoming.len(), requests.outgoing.len()), (2, 1));
    assert!(requests
        .incoming
        .iter()
        .any(|r| r.status == MeetingRequestStatus::Pending));

    let settings: MatchmakingSettings = expect(
        &app,
        Method::GET,
        &bourse.path("/matchmaking"),
        &bourse.organiser,
        None,
        StatusCode::OK,
    )
    .await;
    assert!(settings.can_manage && settings.booking_open);
    assert_eq!(
        (settings.participants, settings.accepted_requests),
        (30, accepted)
    );
    let result = schedule(&app, &bourse).await;
    assert_eq!(
        (result.requests, result.scheduled, result.upper_bound),
        (accepted, accepted, accepted)
    );
    publish(&app, &bourse).await;
    assert_consistent(&table_plan(&app, &bourse, "published").await);
    let agenda: Agenda = expect(
        &app,
        Method::GET,
        &bourse.path("/agenda"),
        &firma,
        None,
        StatusCode::OK,
    )
    .await;
    assert_eq!(agenda.meetings.len(), 2);
}
