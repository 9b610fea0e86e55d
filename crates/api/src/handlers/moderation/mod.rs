//! Moderation: anyone logged in reports a profile or an offer; platform admins work through
//! the queue (reports and new organisations), hide, warn, suspend, and every action lands in
//! the audit log. Hidden content disappears from lists, search and public pages at once.

pub mod get_moderation_queue;
pub mod list_audit_log;
pub mod moderate;
pub mod report_content;

use glokal_api_types::ModerationTarget;
use glokal_store::entities::{opportunity, organization};
use glokal_store::{opportunities, organizations, ConnectionTrait};
use uuid::Uuid;

use crate::error::ApiResult;

/// A moderation target as loaded.
pub(crate) enum Target {
    Organization(organization::Model),
    Opportunity(opportunity::Model, organization::Model),
}

impl Target {
    /// The organisation's name or the offer's title (first language written).
    pub fn name(&self) -> String {
        match self {
            Target::Organization(org) => org.name.clone(),
            Target::Opportunity(opp, _) => {
                let title: glokal_api_types::LocalizedText =
                    serde_json::from_str(&opp.title).unwrap_or_default();
                title.de.or(title.cs).or(title.en).unwrap_or_default()
            }
        }
    }

    /// Where it stands now.
    pub fn state(&self) -> glokal_api_types::TargetState {
        let org = match self {
            Target::Organization(org) | Target::Opportunity(_, org) => org,
        };
        glokal_api_types::TargetState {
            hidden: self.hidden(),
            suspended: org.suspended_at.is_some(),
        }
    }

    /// Whether it is hidden now.
    pub fn hidden(&self) -> bool {
        match self {
            Target::Organization(org) => org.hidden_at.is_some(),
            Target::Opportunity(opp, org) => opp.hidden_at.is_some() || org.hidden_at.is_some(),
        }
    }
}

/// Loads a target (drafts count as missing); `None` if it does not exist.
pub(crate) async fn load(
    db: &impl ConnectionTrait,
    kind: ModerationTarget,
    id: Uuid,
) -> ApiResult<Option<Target>> {
    Ok(match kind {
        ModerationTarget::Organization => {
            organizations::get(db, id).await?.map(Target::Organization)
        }
        ModerationTarget::Opportunity => opportunities::get(db, id)
            .await?
            .filter(|(opp, _)| !opp.is_draft())
            .map(|(opp, org)| Target::Opportunity(opp, org)),
    })
}
