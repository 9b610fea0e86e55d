use actix_web::{post, web};
use glokal_api_types::{ErrorBody, ErrorCode, MemberRole, Organization};
use glokal_domain::reference::fold;
use glokal_domain::Ico;
use glokal_store::organizations::{self, Viewer};
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Confirm a Czech organisation's IČO in the register ARES (owners, editors, platform admins).
///
/// When ARES knows the IČO and the registered name matches the profile's name (ignoring case,
/// diacritics and the legal form), the profile gets `register_checked_at`, shown as
/// "register-checked". Changing the IČO later removes the mark.
#[utoipa::path(
    tag = "organizations",
    operation_id = "check_registry",
    params(("id" = Uuid, Path, description = "Organisation id")),
    responses(
        (status = 200, description = "The profile, register-checked", body = Organization),
        (status = 401, description = "Not logged in", body = ErrorBody),
        (status = 403, description = "Not an owner or editor", body = ErrorBody),
        (status = 404, description = "No such organisation, or ARES does not know the IČO (`company_not_found`)", body = ErrorBody),
        (status = 422, description = "No IČO on the profile (`required`), or the registered name differs (`registry_mismatch`)", body = ErrorBody),
        (status = 503, description = "ARES is not reachable (`registry_unavailable`)", body = ErrorBody),
    ),
    security(("bearer_auth" = []))
)]
#[post("/organizations/{id}/registry-check")]
pub async fn check_registry(
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<Uuid>,
) -> ApiResult<web::Json<Organization>> {
    let org = super::load(&state.db, *id).await?;
    let role = super::effective_role(&state.db, org.id, &user.0).await?;
    super::require(role, &[MemberRole::Owner, MemberRole::Editor])?;
    let ico = org
        .ico
        .as_deref()
        .ok_or_else(|| ApiError::field("ico", "required"))?;
    let ico = Ico::parse(ico).map_err(|e| ApiError::field("ico", e.code()))?;
    let record = state.registry.lookup(&ico).await?;
    if !same_company(&record.name, &org.name) {
        return Err(ApiError::field("ico", "registry_mismatch"));
    }
    let updated = organizations::mark_register_checked(&state.db, org).await?;
    if updated.register_checked_at.is_none() {
        return Err(ApiError::Client(ErrorCode::InternalError));
    }
    Ok(web::Json(
        organizations::profile(&state.db, updated, Viewer::Member, role).await?,
    ))
}

/// Whether two company names are the same once case, diacritics, punctuation and legal-form
/// suffixes are ignored (`NISA-PLAST Liberec s.r.o.` = `Nisa Plast Liberec`).
fn same_company(registered: &str, profile: &str) -> bool {
    fn core(name: &str) -> String {
        let folded = fold(name);
        let words: Vec<&str> = folded
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .filter(|w| {
                ![
                    "s", "r", "o", "a", "sro", "spol", "k", "v", "se", "as", "gmbh", "ag", "kg",
                    "ug", "co", "ohg", "ev", "z", "ops", "zs",
                ]
                .contains(w)
            })
            .collect();
        words.join(" ")
    }
    let (a, b) = (core(registered), core(profile));
    !a.is_empty() && (a == b || a.contains(&b) || b.contains(&a))
}

#[cfg(test)]
mod tests {
    use super::same_company;

    #[test]
    fn names_match_without_legal_form_and_diacritics() {
        assert!(same_company(
            "NISA-PLAST Liberec s.r.o.",
            "Nisa Plast Liberec"
        ));
        assert!(same_company(
            "Strojírny Děčín, a.s.",
            "STROJIRNY DECIN A.S."
        ));
        assert!(!same_company(
            "NISA-PLAST Liberec s.r.o.",
            "Elbtal Präzision GmbH"
        ));
        assert!(!same_company("s.r.o.", ""));
    }
}
