//! The caller's in-app notifications (the bell).

use glokal_api_types::{
    MarkNotificationsReadRequest, NotificationPage, NotificationQuery, UnreadNotifications,
};
use gloo_net::http::Method;

use super::query::QueryString;
use super::{Api, ApiClientError};

impl Api {
    /// `GET /me/notifications`: newest first, texts in the UI language, with the unread count.
    pub async fn notifications(
        self,
        query: &NotificationQuery,
    ) -> Result<NotificationPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text(
            "unread_only",
            query.unread_only.map(|u| u.to_string()).as_deref(),
        );
        qs.number("offset", query.offset.map(|n| n as f64));
        qs.number("limit", query.limit.map(|n| n as f64));
        self.get(&format!("/me/notifications{}", qs.finish()), true)
            .await
    }

    /// `POST /me/notifications/read`: some (`ids`) or all read; answers the unread count left.
    pub async fn mark_notifications_read(
        self,
        request: &MarkNotificationsReadRequest,
    ) -> Result<UnreadNotifications, ApiClientError> {
        self.call(Method::POST, "/me/notifications/read", request, true)
            .await
    }
}
