//! CRM integration of institutions: webhooks with their delivery log, the organisation import
//! (dry run and import) and the spreadsheet exports (fetched with the token, saved as a file).

use chrono::{DateTime, Utc};
use glokal_api_types::{
    CreatedWebhook, ImportReport, Webhook, WebhookDeliveryStatus, WebhookEventType, WebhookInput,
    WebhookList,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::{Api, ApiClientError};

/// A downloaded file: its bytes, content type and the name the server suggests.
pub struct Download {
    pub bytes: Vec<u8>,
    pub content_type: String,
    pub file_name: Option<String>,
}

/// One delivery of the log as the SPA shows it: the API's `WebhookDelivery` without the body
/// it sent (decoding arbitrary JSON would grow the bundle for a field the page does not show).
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct DeliveryEntry {
    pub id: Uuid,
    pub event_type: WebhookEventType,
    pub status: WebhookDeliveryStatus,
    pub attempts: i32,
    pub last_status_code: Option<i32>,
    pub last_error: Option<String>,
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    pub redelivery_of: Option<Uuid>,
}

/// The API's `WebhookDeliveryList`, read as [`DeliveryEntry`]s.
#[derive(serde::Deserialize)]
struct DeliveryEntries {
    items: Vec<DeliveryEntry>,
}

/// The `filename` of a `Content-Disposition` header, if it names one.
fn file_name(disposition: &str) -> Option<String> {
    let start = disposition.find("filename=")? + "filename=".len();
    let name = disposition[start..]
        .split(';')
        .next()?
        .trim()
        .trim_matches('"');
    (!name.is_empty()).then(|| name.to_owned())
}

impl Api {
    /// `GET /organizations/{id}/webhooks`: the institution's webhooks with their health.
    pub async fn webhooks(self, id: Uuid) -> Result<Vec<Webhook>, ApiClientError> {
        let list: WebhookList = self
            .get(&format!("/organizations/{id}/webhooks"), true)
            .await?;
        Ok(list.items)
    }

    /// `POST /organizations/{id}/webhooks`: the new webhook, its secret shown this once.
    pub async fn create_webhook(
        self,
        id: Uuid,
        input: &WebhookInput,
    ) -> Result<CreatedWebhook, ApiClientError> {
        let path = format!("/organizations/{id}/webhooks");
        self.call(Method::POST, &path, input, true).await
    }

    /// `DELETE /organizations/{id}/webhooks/{webhook_id}` (with its delivery log).
    pub async fn delete_webhook(self, id: Uuid, webhook: Uuid) -> Result<(), ApiClientError> {
        let path = format!("/organizations/{id}/webhooks/{webhook}");
        self.call_empty::<()>(Method::DELETE, &path, None, true)
            .await
    }

    /// `GET …/webhooks/{webhook_id}/deliveries`: the delivery log, newest first (at most 100).
    pub async fn webhook_deliveries(
        self,
        id: Uuid,
        webhook: Uuid,
    ) -> Result<Vec<DeliveryEntry>, ApiClientError> {
        let path = format!("/organizations/{id}/webhooks/{webhook}/deliveries");
        let list: DeliveryEntries = self.get(&path, true).await?;
        Ok(list.items)
    }

    /// `POST …/deliveries/{delivery_id}/redeliver`: queue the delivery again (the new delivery
    /// the API answers with shows when the log is read again).
    pub async fn redeliver_webhook(
        self,
        id: Uuid,
        webhook: Uuid,
        delivery: Uuid,
    ) -> Result<(), ApiClientError> {
        let path =
            format!("/organizations/{id}/webhooks/{webhook}/deliveries/{delivery}/redeliver");
        self.call_empty::<()>(Method::POST, &path, None, true).await
    }

    /// `POST /organizations/import`: the file as the body; `dry_run` only checks it.
    pub async fn import_organizations(
        self,
        file: &web_sys::File,
        dry_run: bool,
    ) -> Result<ImportReport, ApiClientError> {
        let path = format!("/organizations/import?dry_run={dry_run}");
        let name = file.name().to_lowercase();
        let content_type = if name.ends_with(".xlsx") {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        } else {
            "text/csv"
        };
        self.upload(Method::POST, &path, content_type, file.into(), true)
            .await
    }

    /// `GET <path>?format=csv|xlsx` of an export (`/organizations/export`, …) with the token.
    pub async fn export_file(self, path: &str, format: &str) -> Result<Download, ApiClientError> {
        let response = self
            .send(Method::GET, &format!("{path}?format={format}"), None, true)
            .await?;
        let headers = response.headers();
        let content_type = headers.get("content-type").unwrap_or_default();
        let file_name = headers
            .get("content-disposition")
            .as_deref()
            .and_then(file_name);
        let bytes = response
            .binary()
            .await
            .map_err(|_| ApiClientError::Network)?;
        Ok(Download {
            bytes,
            content_type,
            file_name,
        })
    }
}
