use std::collections::HashSet;

use actix_web::{get, web};
use chrono::Utc;
use glokal_api_types::{
    ErrorBody, ErrorCode, LocalizedText, MeetingRequestStatus, ParticipantList, ParticipantQuery,
    ParticipantSummary, ShownText,
};
use glokal_domain::reference::fold;
use glokal_store::matchmaking;
use uuid::Uuid;

use super::profile::{self, Effective};
use super::suggest::{self, Side};
use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::handlers::fields::{country_code, nace_prefixes, Errors};
use crate::lang::RequestLanguage;
use crate::state::AppState;

fn shown(text: &LocalizedText, lang: glokal_api_types::Language) -> Option<ShownText> {
    text.best(lang).map(|(language, text)| ShownText {
        language,
        text: text.to_owned(),
    })
}

fn searchable(name: &str, p: &Effective) -> String {
    let mut parts = vec![name.to_owned()];
    for text in [&p.offer, &p.seek] {
        parts.extend(
            [&text.de, &text.cs, &text.en]
                .into_iter()
                .flatten()
                .cloned(),
        );
    }
    parts.extend(p.keywords.iter().cloned());
    fold(&parts.join("\n"))
}

/// The participants of a Kooperationsbörse (participants, organisers and co-organisers' staff).
///
/// Organisation name, country, town, kind, NACE codes, logo, what they offer and look for in
/// the viewer's language (`Accept-Language`, else their own; another language where that is
/// missing), languages and keywords — saved profiles, else the suggestion from the organisation.
/// Filters: country, NACE prefix, text. For a participant, also up to ten suggested partners
/// with the reasons (shared or related NACE codes, keywords in any language, what they look
/// for, across the border), leaving out the own organisation and anyone already asked, asking,
/// met or who declined.
#[utoipa::path(
    tag = "matchmaking",
    operation_id = "list_participants",
    params(("id" = Uuid, Path, description = "Event id"), ParticipantQuery),
    responses(
        (status = 200, description = "Participants by organisation name, with suggestions", body = ParticipantList),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Neither participant nor organiser (`not_a_participant`)", body = ErrorBody),
        (status = 404, description = "No such event", body = ErrorBody),
        (status = 409, description = "No matchmaking at this event, or not set up yet (`matchmaking_unavailable`)", body = ErrorBody),
        (status = 422, description = "Unknown NACE code or country in the filters", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[get("/events/{id}/participants")]
pub async fn list_participants(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
    query: web::Query<ParticipantQuery>,
    language: RequestLanguage,
) -> ApiResult<web::Json<ParticipantList>> {
    let (event, access, _) = super::load_configured(&state.db, *id, &user.0).await?;
    let query = query.into_inner();
    let mut errors = Errors::default();
    let country = query
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| country_code(&mut errors, "country", c));
    let prefixes = nace_prefixes(&mut errors, "nace", query.nace.as_deref());
    errors.finish(())?;
    let needle = query
        .q
        .as_deref()
        .map(|q| fold(q.trim()))
        .filter(|q| !q.is_empty());

    let participants = matchmaking::participants(&state.db, event.id).await?;
    let me = participants.iter().find(|p| p.user.id == user.0.id);
    if me.is_none() && !access.staff {
        return Err(ApiError::Client(ErrorCode::NotAParticipant));
    }
    let lang = super::viewer_language(language, &user.0);
    let org_ids: Vec<Uuid> = participants.iter().map(|p| p.organization.id).collect();
    let mut opportunities = matchmaking::open_opportunities(&state.db, &org_ids).await?;
    let profiles: Vec<Effective> = participants
        .iter()
        .map(|p| {
            let opps = if p.profile.is_none() {
                opportunities.remove(&p.organization.id).unwrap_or_default()
            } else {
                Vec::new()
            };
            profile::effective(p, &opps)
        })
        .collect();

    let suggestions = match me {
        Some(me) => {
            let now = Utc::now();
            // Nobody already asked, asking, agreed or who declined.
            let excluded: HashSet<Uuid> = matchmaking::requests_of(&state.db, event.id, me.id())
                .await?
                .iter()
                .filter(|r| {
                    !matches!(
                        r.status_at(now),
                        MeetingRequestStatus::Cancelled | MeetingRequestStatus::Expired
                    )
                })
                .map(|r| r.other_side(me.id()))
                .collect();
            let sides: Vec<Side> = participants
                .iter()
                .zip(&profiles)
                .map(|(p, profile)| Side {
                    id: p.id(),
                    organization_name: &p.organization.name,
                    country: &p.organization.country,
                    profile,
                })
                .collect();
            let mine = sides
                .iter()
                .find(|s| s.id == me.id())
                .cloned()
                .ok_or(ApiError::Client(ErrorCode::NotAParticipant))?;
            let others: Vec<Side> = sides
                .into_iter()
                .zip(&participants)
                .filter(|(s, p)| {
                    p.organization.id != me.organization.id && !excluded.contains(&s.id)
                })
                .map(|(s, _)| s)
                .collect();
            suggest::suggestions(&mine, &others, lang)
        }
        None => Vec::new(),
    };

    let total = participants.len() as u32;
    let mut items: Vec<ParticipantSummary> = participants
        .iter()
        .zip(&profiles)
        .filter(|(p, _)| {
            country
                .as_ref()
                .is_none_or(|c| &p.organization.country == c)
        })
        .filter(|(p, profile)| {
            prefixes.is_empty()
                || profile
                    .nace_codes
                    .iter()
                    .chain(&p.organization_view().nace_codes)
                    .any(|code| prefixes.iter().any(|prefix| code.starts_with(prefix)))
        })
        .filter(|(p, profile)| {
            needle
                .as_ref()
                .is_none_or(|n| searchable(&p.organization.name, profile).contains(n))
        })
        .map(|(p, profile)| ParticipantSummary {
            id: p.id(),
            organization: p.organization_view(),
            offer: shown(&profile.offer, lang),
            seek: shown(&profile.seek, lang),
            keywords: profile.keywords.clone(),
            nace_codes: profile.nace_codes.clone(),
            languages: profile.languages.clone(),
            is_me: p.user.id == user.0.id,
        })
        .collect();
    items.sort_by(|a, b| {
        a.organization
            .name
            .to_lowercase()
            .cmp(&b.organization.name.to_lowercase())
            .then(a.id.cmp(&b.id))
    });
    Ok(web::Json(ParticipantList {
        items,
        total,
        suggestions,
    }))
}
