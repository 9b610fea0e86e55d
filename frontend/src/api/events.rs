//! Events: the calendar, organising, registration and check-in.

use glokal_api_types::{
    CancelEventRequest, CheckInRequest, Event, EventInput, EventPage, EventQuery,
    EventRegistration, EventRegistrationRequest, MyRegistration, RegistrationEntry,
    RegistrationList,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};
use crate::pages::organizations::iso_date;

impl Api {
    /// `GET /events`: one page of the calendar, by start (with the token, so that organisers
    /// also see their drafts).
    pub async fn list_events(self, query: &EventQuery) -> Result<EventPage, ApiClientError> {
        self.get(&format!("/events{}", event_query(query)), true)
            .await
    }

    /// `GET /events/{id}`: with the caller's rights and own registration.
    pub async fn event(self, id: Uuid) -> Result<Event, ApiClientError> {
        self.get(&format!("/events/{id}"), true).await
    }

    /// `POST /events`: a new draft (institution staff who are owners or editors, admins).
    pub async fn create_event(self, input: &EventInput) -> Result<Event, ApiClientError> {
        self.call(Method::POST, "/events", input, true).await
    }

    /// `PUT /events/{id}`: a full replacement.
    pub async fn update_event(self, id: Uuid, input: &EventInput) -> Result<Event, ApiClientError> {
        self.call(Method::PUT, &format!("/events/{id}"), input, true)
            .await
    }

    /// `POST /events/{id}/<action>` for `publish` and `close` (organisers).
    pub async fn event_action(self, id: Uuid, action: &str) -> Result<Event, ApiClientError> {
        self.post_for(&format!("/events/{id}/{action}"), true).await
    }

    /// `POST /events/{id}/cancel`: everybody registered or waiting gets a mail.
    pub async fn cancel_event(
        self,
        id: Uuid,
        reason: Option<String>,
    ) -> Result<Event, ApiClientError> {
        let body = CancelEventRequest { reason };
        self.call(Method::POST, &format!("/events/{id}/cancel"), &body, true)
            .await
    }

    /// `DELETE /events/{id}` (drafts).
    pub async fn delete_event(self, id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(Method::DELETE, &format!("/events/{id}"), None, true)
            .await
    }

    /// `POST /events/{id}/registrations`: on behalf of one of the caller's organisations.
    pub async fn register_for_event(
        self,
        id: Uuid,
        request: &EventRegistrationRequest,
    ) -> Result<EventRegistration, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/events/{id}/registrations"),
            request,
            true,
        )
        .await
    }

    /// `DELETE /events/{id}/registrations/{registration_id}`.
    pub async fn cancel_registration(
        self,
        id: Uuid,
        registration_id: Uuid,
    ) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!("/events/{id}/registrations/{registration_id}"),
            None,
            true,
        )
        .await
    }

    /// `GET /events/{id}/registrations`: the check-in list (organisers and co-organisers' staff).
    pub async fn registrations(self, id: Uuid) -> Result<RegistrationList, ApiClientError> {
        self.get(&format!("/events/{id}/registrations"), true).await
    }

    /// `PUT /events/{id}/registrations/{registration_id}/check-in`.
    pub async fn check_in(
        self,
        id: Uuid,
        registration_id: Uuid,
        checked_in: bool,
    ) -> Result<RegistrationEntry, ApiClientError> {
        self.call(
            Method::PUT,
            &format!("/events/{id}/registrations/{registration_id}/check-in"),
            &CheckInRequest { checked_in },
            true,
        )
        .await
    }

    /// `GET /me/registrations`: the caller's registrations with their events.
    pub async fn my_registrations(self) -> Result<Vec<MyRegistration>, ApiClientError> {
        self.get("/me/registrations", true).await
    }
}

/// The query string of the calendar's filters (also used for the `events.ics` feed link).
pub fn event_query(query: &EventQuery) -> String {
    let mut qs = QueryString::default();
    qs.text("country", query.country.as_deref());
    qs.code("type", query.kind.as_ref());
    qs.text("language", query.language.as_deref());
    qs.text("from", query.from.map(iso_date).as_deref());
    qs.text("to", query.to.map(iso_date).as_deref());
    qs.text(
        "organization_id",
        query.organization_id.map(|id| id.to_string()).as_deref(),
    );
    qs.code("status", query.status.as_ref());
    qs.number("offset", query.offset.map(|n| n as f64));
    qs.number("limit", query.limit.map(|n| n as f64));
    qs.finish()
}
