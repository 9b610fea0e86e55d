//! Matching partners of an opportunity as the API shows them: the candidates of
//! [`glokal_search::matching`] with their organisations loaded and each *why matched* reason
//! written out in the caller's language.

use std::collections::HashSet;

use glokal_api_types::{
    Language, LocalizedText, MatchOpportunity, MatchOrganization, MatchReason, MatchReasonCode,
    MatchTargetType, OpportunityType, PartnerMatch, SearchHitType,
};
use glokal_domain::reference::{certifications, nace};
use glokal_i18n::{t, t_args};
use glokal_search::matching::{counter_types, MatchCandidate, MatchSource};
use glokal_search::IndexDoc;
use glokal_store::entities::{opportunity, organization};
use glokal_store::{conversations, ConnectionTrait};
use uuid::Uuid;

use crate::error::ApiResult;
use crate::state::AppState;

/// Radius of a shortage alert without `max_distance_km`.
pub const DEFAULT_ALERT_RADIUS_KM: f64 = 100.0;

/// What to look for: the opportunity as indexed, its counter types and its own limits.
pub fn source(
    opp: &opportunity::Model,
    org: &organization::Model,
    exclude: HashSet<String>,
    limit: usize,
) -> MatchSource {
    let today = glokal_store::opportunities::today();
    let api = opp.clone().into_api(org, None, today);
    let doc = IndexDoc::opportunity(&api, None, today);
    let radius = api
        .max_distance_km
        .map(f64::from)
        .or((api.opportunity_type == OpportunityType::ShortageAlert)
            .then_some(DEFAULT_ALERT_RADIUS_KM));
    MatchSource {
        doc,
        counter_types: counter_types(api.opportunity_type.as_str())
            .iter()
            .map(|t| (*t).to_owned())
            .collect(),
        organizations: true,
        target_countries: api.target_countries,
        cross_border_only: api.cross_border_only,
        max_distance_km: radius,
        certifications: api.certifications,
        exclude,
        limit,
    }
}

/// The key of a suggestion in the index (`o:<id>` / `p:<id>`).
pub fn key(target_type: MatchTargetType, id: Uuid) -> String {
    glokal_search::doc::key(
        match target_type {
            MatchTargetType::Organization => SearchHitType::Organization,
            MatchTargetType::Opportunity => SearchHitType::Opportunity,
        },
        id,
    )
}

/// Runs the matching on the index (synchronous; a few milliseconds).
pub fn candidates(state: &AppState, src: &MatchSource) -> ApiResult<Vec<MatchCandidate>> {
    Ok(state.search.matches(src)?)
}

/// The candidates as API values, with their organisations from the database.
pub async fn render(
    db: &impl ConnectionTrait,
    found: Vec<MatchCandidate>,
    dismissed: &HashSet<String>,
    lang: Language,
) -> ApiResult<Vec<PartnerMatch>> {
    let orgs =
        conversations::organizations_by_id(db, found.iter().map(|c| c.organization_id)).await?;
    let mut out = Vec::new();
    for c in found {
        // Deleted since it was indexed: the change feed removes it shortly.
        let Some(org) = orgs.get(&c.organization_id) else {
            continue;
        };
        let target_type = match c.doc_type {
            SearchHitType::Organization => MatchTargetType::Organization,
            SearchHitType::Opportunity => MatchTargetType::Opportunity,
        };
        let opportunity = match c.doc_type {
            SearchHitType::Organization => None,
            SearchHitType::Opportunity => Some(MatchOpportunity {
                id: c.id,
                opportunity_type: c
                    .opportunity_type
                    .as_deref()
                    .and_then(OpportunityType::parse)
                    .unwrap_or(OpportunityType::CooperationRequest),
                title: LocalizedText {
                    de: c.title[0].clone(),
                    cs: c.title[1].clone(),
                    en: c.title[2].clone(),
                },
            }),
        };
        out.push(PartnerMatch {
            target_type,
            target_id: c.id,
            organization: MatchOrganization {
                id: org.id,
                name: org.name.clone(),
                country: org.country.clone(),
                city: org.city.clone(),
                logo_url: org.logo_url(),
                verified: org.verified_at.is_some(),
            },
            opportunity,
            score: c.score,
            distance_km: c.distance_km,
            reasons: reasons(&c, lang),
            dismissed: dismissed.contains(&key(target_type, c.id)),
        });
    }
    Ok(out)
}

/// The *why matched* reasons of a candidate, strongest first.
pub fn reasons(c: &MatchCandidate, lang: Language) -> Vec<MatchReason> {
    let reason = |code: MatchReasonCode, text: String| MatchReason {
        code,
        text,
        terms: Vec::new(),
        nace: None,
        distance_km: None,
        certifications: Vec::new(),
    };
    let mut out = Vec::new();
    if c.counterpart {
        if let Some(t) = c.opportunity_type.as_deref() {
            out.push(reason(
                MatchReasonCode::Counterpart,
                t_args(
                    lang,
                    "match-reason-counterpart",
                    &[("type", t_type(lang, t).into())],
                ),
            ));
        }
    }
    let g = glossary_terms(&c.shared_concepts, lang);
    let mut terms: Vec<String> = g;
    for k in &c.shared_keywords {
        if !terms.iter().any(|t| t.eq_ignore_ascii_case(k)) {
            terms.push(k.clone());
        }
    }
    terms.truncate(5);
    if !terms.is_empty() {
        out.push(MatchReason {
            terms: terms.clone(),
            ..reason(
                MatchReasonCode::SharedTerms,
                t_args(
                    lang,
                    "match-reason-shared-terms",
                    &[("terms", terms.join(", ").into())],
                ),
            )
        });
    }
    if let Some(code) = &c.shared_nace {
        if let Some(entry) = nace::get(code) {
            out.push(MatchReason {
                nace: Some(code.clone()),
                ..reason(
                    MatchReasonCode::SameActivity,
                    t_args(
                        lang,
                        "match-reason-same-activity",
                        &[(
                            "activity",
                            format!("{} {}", entry.code, entry.labels.get(lang)).into(),
                        )],
                    ),
                )
            });
        }
    }
    if !c.certifications.is_empty() {
        let all = certifications::all();
        let names: Vec<&str> = c
            .certifications
            .iter()
            .filter_map(|code| all.iter().find(|x| x.code == code).map(|x| x.name))
            .collect();
        out.push(MatchReason {
            certifications: c.certifications.clone(),
            ..reason(
                MatchReasonCode::Certifications,
                t_args(
                    lang,
                    "match-reason-certifications",
                    &[("certifications", names.join(", ").into())],
                ),
            )
        });
    }
    if c.cross_border {
        out.push(reason(
            MatchReasonCode::CrossBorder,
            t_args(
                lang,
                "match-reason-cross-border",
                &[("country", country_name(lang, &c.country).into())],
            ),
        ));
    }
    if let Some(km) = c.distance_km {
        out.push(MatchReason {
            distance_km: Some(km),
            ..reason(
                MatchReasonCode::Distance,
                t_args(
                    lang,
                    "match-reason-distance",
                    &[("km", km.round().into()), ("town", c.town.clone().into())],
                ),
            )
        });
    }
    out
}

/// The glossary's preferred terms of concepts in `lang`, without duplicates.
fn glossary_terms(concepts: &[u32], lang: Language) -> Vec<String> {
    let g = glokal_search::glossary::glossary();
    let mut out: Vec<String> = Vec::new();
    for c in concepts {
        if let Some(concept) = g.get(*c) {
            let term = concept.preferred(lang).to_owned();
            if !out.contains(&term) {
                out.push(term);
            }
        }
    }
    out
}

fn t_type(lang: Language, kind: &str) -> String {
    t(lang, &format!("opp-type-{kind}"))
}

/// A country's name (the UI's texts), else its code.
pub fn country_name(lang: Language, code: &str) -> String {
    let id = format!("country-{}", code.to_ascii_lowercase());
    let name = t(lang, &id);
    if name == id {
        code.to_owned()
    } else {
        name
    }
}
