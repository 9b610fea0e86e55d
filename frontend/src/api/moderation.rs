//! Moderation: reports on profiles and offers, the platform admins' queue, their actions, the
//! audit log, and the abuse reports on conversations.

use glokal_api_types::{
    AuditLogPage, ConversationReport, ModerationEntry, ModerationQueue, ModerationRequest,
    ReportContentRequest, ReportPage, ReportStatus, ReportedConversation, ResolveReportRequest,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

impl Api {
    /// `POST /reports`: reports a profile or an offer/request to the platform admins
    /// (409 `already_reported` while the caller's earlier report on it is open).
    pub async fn report_content(
        self,
        request: &ReportContentRequest,
    ) -> Result<(), ApiClientError> {
        self.call_empty(Method::POST, "/reports", Some(request), true)
            .await
    }

    /// `GET /admin/moderation`: open reports and new organisations (platform admins).
    pub async fn moderation_queue(self) -> Result<ModerationQueue, ApiClientError> {
        self.get("/admin/moderation", true).await
    }

    /// `POST /admin/moderation/actions`: approve, hide, unhide, warn, suspend or unsuspend.
    pub async fn moderate(
        self,
        request: &ModerationRequest,
    ) -> Result<ModerationEntry, ApiClientError> {
        self.call(Method::POST, "/admin/moderation/actions", request, true)
            .await
    }

    /// `GET /admin/audit-log`: one page of the moderators' actions, newest first.
    pub async fn audit_log(
        self,
        target_id: Option<Uuid>,
        offset: u64,
        limit: u64,
    ) -> Result<AuditLogPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("target_id", target_id.map(|t| t.to_string()).as_deref());
        qs.number("offset", Some(offset as f64));
        qs.number("limit", Some(limit as f64));
        self.get(&format!("/admin/audit-log{}", qs.finish()), true)
            .await
    }

    /// `GET /admin/reports`: one page of abuse reports on conversations.
    pub async fn conversation_reports(
        self,
        status: ReportStatus,
        limit: u64,
    ) -> Result<ReportPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.code("status", Some(&status));
        qs.number("limit", Some(limit as f64));
        self.get(&format!("/admin/reports{}", qs.finish()), true)
            .await
    }

    /// `GET /admin/reports/{id}`: a report with the conversation's messages.
    pub async fn conversation_report(
        self,
        id: Uuid,
    ) -> Result<ReportedConversation, ApiClientError> {
        self.get(&format!("/admin/reports/{id}"), true).await
    }

    /// `POST /admin/reports/{id}/resolve`: dismissed or action taken, with a note.
    pub async fn resolve_report(
        self,
        id: Uuid,
        request: &ResolveReportRequest,
    ) -> Result<ConversationReport, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/admin/reports/{id}/resolve"),
            request,
            true,
        )
        .await
    }
}
