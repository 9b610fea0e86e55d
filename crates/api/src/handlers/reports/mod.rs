//! `/api/v1/admin/reports*`: abuse reports on conversations, for platform admins.

pub mod get_report;
pub mod list_reports;
pub mod resolve_report;

use glokal_api_types::ConversationReport;
use glokal_store::conversations;
use glokal_store::entities::{conversation, conversation_report};
use glokal_store::ConnectionTrait;

use crate::error::ApiResult;

/// Reports in their API form (organisations and reporter names looked up together).
pub(crate) async fn reports_into_api(
    db: &impl ConnectionTrait,
    rows: Vec<(conversation_report::Model, conversation::Model)>,
) -> ApiResult<Vec<ConversationReport>> {
    let orgs = conversations::organizations_by_id(
        db,
        rows.iter()
            .flat_map(|(_, c)| [c.initiator_organization_id, c.recipient_organization_id])
            .flatten(),
    )
    .await?;
    let names =
        conversations::user_names(db, rows.iter().filter_map(|(r, _)| r.reporter_user_id)).await?;
    Ok(rows
        .into_iter()
        .map(|(report, conversation)| {
            let name = report.reporter_user_id.and_then(|u| names.get(&u).cloned());
            report.into_api(&conversation, &orgs, name)
        })
        .collect())
}
