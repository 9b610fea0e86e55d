//! The demo Kooperationsbörse (`glokal seed --demo`): the Dresden one of `demo_events.json` gets
//! matchmaking settings, about 30 participants from demo companies on both sides of the border
//! (each with a demo account, see `data/demo_matchmaking.md`) and meeting requests, most of
//! them accepted, so organisers can schedule and the SPA can show agendas. Idempotent: nothing
//! happens once the event has settings.

use anyhow::Context;
use chrono::{Duration, NaiveDate, NaiveTime, Utc};
use glokal_api::auth::passwords;
use glokal_api::handlers::events::local_time;
use glokal_api::handlers::matchmaking::validate::settings_fields;
use glokal_api_types::{
    Language, MatchmakingInput, MeetingRequestStatus, MemberRole, RegistrationStatus,
    TimeRangeInput,
};
use glokal_domain::Role;
use glokal_store::events::{self, NewRegistration};
use glokal_store::users::{self, CreateUserError, NewUser};
use glokal_store::{matchmaking, organizations, DatabaseConnection};

use super::seed::DEMO_PASSWORD;

/// Settings, participants and requests (see `data/demo_matchmaking.md`).
const DEMO_MATCHMAKING: &str = include_str!("../../data/demo_matchmaking.json");

#[derive(Debug, serde::Deserialize)]
struct Times {
    starts: String,
    ends: String,
}

#[derive(Debug, serde::Deserialize)]
struct DemoParticipant {
    /// Exact name of a demo company.
    organization: String,
    /// The demo account that takes part (created unless it exists).
    account: String,
    /// Display name of a new account (the company's contact person).
    #[serde(default)]
    person: Option<String>,
    #[serde(default)]
    language: Option<Language>,
}

#[derive(Debug, serde::Deserialize)]
struct DemoRequest {
    from: String,
    to: String,
    status: MeetingRequestStatus,
    #[serde(default)]
    message: Option<String>,
}

#[derive(Debug, serde::Deserialize)]
struct DemoMatchmaking {
    /// German title of the demo event.
    event: String,
    /// Local meeting times on the event's first day.
    starts: String,
    ends: String,
    #[serde(default)]
    breaks: Vec<Times>,
    slot_minutes: u32,
    tables: u32,
    interpreter_tables: u32,
    max_meetings: u32,
    request_expiry_hours: u32,
    /// Booking closes at 18:00 this many days before the event.
    booking_deadline_days_before: i64,
    participants: Vec<DemoParticipant>,
    requests: Vec<DemoRequest>,
}

fn local(day: NaiveDate, time: &str) -> anyhow::Result<String> {
    let time = NaiveTime::parse_from_str(time, "%H:%M")
        .with_context(|| format!("demo matchmaking time {time:?} is not HH:MM"))?;
    Ok(local_time::from_local(day.and_time(time)).to_rfc3339())
}

/// Sets up the demo Kooperationsbörse unless it exists.
pub async fn demo_matchmaking(db: &DatabaseConnection) -> anyhow::Result<()> {
    let demo: DemoMatchmaking =
        serde_json::from_str(DEMO_MATCHMAKING).context("demo_matchmaking.json is malformed")?;
    let Some(event) = matchmaking::demo_event(db, &demo.event).await? else {
        anyhow::bail!("demo event {:?} missing", demo.event);
    };
    if matchmaking::settings(db, event.id).await?.is_some() {
        println!("Demo data: the demo Kooperationsbörse is already set up.");
        return Ok(());
    }
    let day = local_time::local(event.starts_at).date_naive();
    let input = MatchmakingInput {
        days: vec![TimeRangeInput {
            starts_at: local(day, &demo.starts)?,
            ends_at: local(day, &demo.ends)?,
        }],
        slot_minutes: demo.slot_minutes,
        breaks: demo
            .breaks
            .iter()
            .map(|b| {
                Ok(TimeRangeInput {
                    starts_at: local(day, &b.starts)?,
                    ends_at: local(day, &b.ends)?,
                })
            })
            .collect::<anyhow::Result<_>>()?,
        tables: demo.tables,
        interpreter_tables: demo.interpreter_tables,
        max_meetings: demo.max_meetings,
        request_expiry_hours: demo.request_expiry_hours,
        booking_deadline: Some(local(
            day - Duration::days(demo.booking_deadline_days_before),
            "18:00",
        )?),
    };
    let (fields, _) = settings_fields(input, &event)
        .map_err(|err| anyhow::anyhow!("demo matchmaking settings are invalid: {err}"))?;

    let txn = glokal_store::begin_write(db).await?;
    matchmaking::save_settings(&txn, event.id, fields).await?;
    let hash = passwords::hash(DEMO_PASSWORD)?;
    let mut participants = std::collections::HashMap::new();
    let mut accounts = 0;
    for p in &demo.participants {
        let org = events::demo_organization_id(&txn, &p.organization)
            .await?
            .with_context(|| format!("demo organisation {:?} missing", p.organization))?;
        let user = match users::find_by_email(&txn, &p.account).await? {
            Some(user) => user,
            None => {
                let created = users::create(
                    &txn,
                    NewUser {
                        email: p.account.clone(),
                        password_hash: hash.clone(),
                        display_name: format!(
                            "{} ({})",
                            p.person.as_deref().unwrap_or("Demo"),
                            p.organization
                        ),
                        preferred_language: p.language.unwrap_or(Language::De),
                        role: Role::Member,
                        email_verified: true,
                    },
                )
                .await;
                accounts += 1;
                match created {
                    Ok(user) => {
                        let terms = glokal_api_types::ConsentKind::Terms;
                        glokal_store::privacy::record_consent(
                            &txn,
                            user.id,
                            terms,
                            terms.current_version(),
                            true,
                        )
                        .await?;
                        user
                    }
                    Err(CreateUserError::EmailTaken) => {
                        anyhow::bail!("demo account {} exists twice", p.account)
                    }
                    Err(CreateUserError::Db(err)) => return Err(err.into()),
                }
            }
        };
        if organizations::member_role(&txn, org, user.id)
            .await?
            .is_none()
        {
            organizations::set_member(&txn, org, user.id, MemberRole::Editor).await?;
        }
        let registration = match events::registration_of(&txn, event.id, user.id).await? {
            Some(r) if r.registration_status() == RegistrationStatus::Confirmed => r,
            previous => {
                events::register(
                    &txn,
                    NewRegistration {
                        event_id: event.id,
                        user_id: user.id,
                        organization_id: org,
                        note: None,
                        status: RegistrationStatus::Confirmed,
                    },
                    previous,
                )
                .await?
            }
        };
        participants.insert(p.organization.clone(), registration.id);
    }
    let now = Utc::now();
    let expires =
        (now + Duration::hours(i64::from(demo.request_expiry_hours))).min(local_time::from_local(
            (day - Duration::days(demo.booking_deadline_days_before))
                .and_hms_opt(18, 0, 0)
                .unwrap_or_default(),
        ));
    for r in &demo.requests {
        let side = |name: &str| {
            participants
                .get(name)
                .copied()
                .with_context(|| format!("demo request names {name:?}, no participant"))
        };
        let row = matchmaking::create_request(
            &txn,
            event.id,
            side(&r.from)?,
            side(&r.to)?,
            r.message.clone(),
            expires,
        )
        .await?;
        if r.status != MeetingRequestStatus::Pending {
            matchmaking::set_request_status(&txn, row, r.status).await?;
        }
    }
    txn.commit().await?;
    println!(
        "Demo data: the demo Kooperationsbörse has {} participants ({accounts} new account(s), password {DEMO_PASSWORD}) and {} meeting requests.",
        demo.participants.len(),
        demo.requests.len()
    );
    Ok(())
}
