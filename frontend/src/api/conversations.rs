//! Contact and messaging: conversations between two organisations, their messages, blocks,
//! abuse reports, and the attachments sent with messages.

use glokal_api_types::{
    ArchiveConversationRequest, Attachment, Conversation, ConversationPage, ConversationQuery,
    HandOverRequest, Message, ReportConversationRequest, SendMessageRequest,
    StartConversationRequest,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

/// `/conversations/{id}<suffix>` with `?as_organization=` when a side is chosen.
fn side_path(id: Uuid, suffix: &str, side: Option<Uuid>) -> String {
    let mut qs = QueryString::default();
    qs.text("as_organization", side.map(|s| s.to_string()).as_deref());
    format!("/conversations/{id}{suffix}{}", qs.finish())
}

impl Api {
    /// `GET /conversations`: one page of the inbox (or the archive) of one or all of the
    /// caller's organisations, most recent activity first.
    pub async fn list_conversations(
        self,
        query: &ConversationQuery,
    ) -> Result<ConversationPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text(
            "organization_id",
            query.organization_id.map(|id| id.to_string()).as_deref(),
        );
        qs.text("archived", query.archived.map(|a| a.to_string()).as_deref());
        qs.text(
            "unread_only",
            query.unread_only.map(|u| u.to_string()).as_deref(),
        );
        qs.code("kind", query.kind.as_ref());
        qs.text(
            "open_only",
            query.open_only.map(|o| o.to_string()).as_deref(),
        );
        qs.number("offset", query.offset.map(|n| n as f64));
        qs.number("limit", query.limit.map(|n| n as f64));
        self.get(&format!("/conversations{}", qs.finish()), true)
            .await
    }

    /// `GET /conversations/{id}`: the whole thread, oldest message first (does not mark it read).
    pub async fn conversation(
        self,
        id: Uuid,
        side: Option<Uuid>,
    ) -> Result<Conversation, ApiClientError> {
        self.get(&side_path(id, "", side), true).await
    }

    /// `POST /conversations`: "Contact" or "Express interest" with a first message; continues
    /// an existing conversation between the two about the same opportunity.
    pub async fn start_conversation(
        self,
        request: &StartConversationRequest,
    ) -> Result<Conversation, ApiClientError> {
        self.call(Method::POST, "/conversations", request, true)
            .await
    }

    /// `POST /conversations/{id}/messages`.
    pub async fn send_message(
        self,
        id: Uuid,
        side: Option<Uuid>,
        request: &SendMessageRequest,
    ) -> Result<Message, ApiClientError> {
        self.call(
            Method::POST,
            &side_path(id, "/messages", side),
            request,
            true,
        )
        .await
    }

    /// `POST /conversations/{id}/read`: everything in it read for the caller (and the
    /// notifications about it).
    pub async fn mark_conversation_read(
        self,
        id: Uuid,
        side: Option<Uuid>,
    ) -> Result<(), ApiClientError> {
        self.call_empty::<()>(Method::POST, &side_path(id, "/read", side), None, true)
            .await
    }

    /// `POST /conversations/{id}/archive`: into the archive of the caller's organisation, or back.
    pub async fn archive_conversation(
        self,
        id: Uuid,
        side: Option<Uuid>,
        archived: bool,
    ) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            &side_path(id, "/archive", side),
            Some(&ArchiveConversationRequest { archived }),
            true,
        )
        .await
    }

    /// `POST /conversations/{id}/block` (`blocked: true`) or `DELETE` it (`false`): the other
    /// organisation blocked for the caller's, or no longer.
    pub async fn set_blocked(
        self,
        id: Uuid,
        side: Option<Uuid>,
        blocked: bool,
    ) -> Result<(), ApiClientError> {
        let method = if blocked {
            Method::POST
        } else {
            Method::DELETE
        };
        self.call_empty::<()>(method, &side_path(id, "/block", side), None, true)
            .await
    }

    /// `POST /conversations/{id}/reports`: reports the conversation to the platform admins (the
    /// stored report is not needed here).
    pub async fn report_conversation(
        self,
        id: Uuid,
        side: Option<Uuid>,
        reason: String,
    ) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            &side_path(id, "/reports", side),
            Some(&ReportConversationRequest { reason }),
            true,
        )
        .await
    }

    /// `POST /conversations/{id}/close` (`closed: true`) or `DELETE` it: an expert question
    /// answered, or open again (members of the institution asked).
    pub async fn set_question_closed(
        self,
        id: Uuid,
        side: Option<Uuid>,
        closed: bool,
    ) -> Result<Conversation, ApiClientError> {
        let method = if closed { Method::POST } else { Method::DELETE };
        let path = side_path(id, "/close", side);
        decode_conversation(self.send(method, &path, None, true).await?).await
    }

    /// `POST /conversations/{id}/hand-over`: an expert question to another institution.
    pub async fn hand_over_question(
        self,
        id: Uuid,
        side: Option<Uuid>,
        request: &HandOverRequest,
    ) -> Result<Conversation, ApiClientError> {
        self.call(
            Method::POST,
            &side_path(id, "/hand-over", side),
            request,
            true,
        )
        .await
    }

    /// `POST /attachments?name=…`: uploads a file to send with a message (the server takes
    /// the type from its content).
    pub async fn upload_attachment(
        self,
        file: &web_sys::File,
    ) -> Result<Attachment, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("name", Some(&file.name()));
        let declared = file.type_();
        let content_type = if declared.is_empty() {
            "application/octet-stream".to_owned()
        } else {
            declared
        };
        self.upload(
            Method::POST,
            &format!("/attachments{}", qs.finish()),
            &content_type,
            file.into(),
            true,
        )
        .await
    }

    /// `GET /attachments/{id}`: the file's bytes (downloads need the access token, so they
    /// cannot be plain links).
    pub async fn download_attachment(self, id: Uuid) -> Result<Vec<u8>, ApiClientError> {
        let response = self
            .send(Method::GET, &format!("/attachments/{id}"), None, true)
            .await?;
        response.binary().await.map_err(|_| ApiClientError::Network)
    }
}

/// The conversation in an answer without a request body.
async fn decode_conversation(
    response: gloo_net::http::Response,
) -> Result<Conversation, ApiClientError> {
    let status = response.status();
    response
        .json()
        .await
        .map_err(|_| ApiClientError::Unexpected { status })
}
