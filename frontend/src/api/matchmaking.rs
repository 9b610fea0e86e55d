//! The Kooperationsbörse (B2B matchmaking) of an event: settings, the caller's event profile,
//! participants with suggestions, meeting requests, scheduling, agenda, table plan and ratings.

use glokal_api_types::{
    Agenda, AnswerMeetingRequest, Language, MatchmakingInput, MatchmakingSettings, MeetingAnswer,
    MeetingOutcome, MeetingRating, MeetingRatingInput, MeetingRequest, MeetingRequestInput,
    MeetingRequestList, ParticipantList, ParticipantQuery, Participation, ParticipationInput,
    PublishScheduleResult, ScheduleResult, ScheduleVersion, TablePlan,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

impl Api {
    /// `GET /events/{id}/matchmaking`: settings, slots and the caller's rights
    /// (409 `matchmaking_unavailable` while it is not set up).
    pub async fn matchmaking(self, id: Uuid) -> Result<MatchmakingSettings, ApiClientError> {
        self.get(&format!("/events/{id}/matchmaking"), true).await
    }

    /// `PUT /events/{id}/matchmaking` (organisers; a full replacement).
    pub async fn configure_matchmaking(
        self,
        id: Uuid,
        input: &MatchmakingInput,
    ) -> Result<MatchmakingSettings, ApiClientError> {
        self.call(
            Method::PUT,
            &format!("/events/{id}/matchmaking"),
            input,
            true,
        )
        .await
    }

    /// `GET /events/{id}/participation`: the caller's event profile (pre-filled until saved).
    pub async fn participation(self, id: Uuid) -> Result<Participation, ApiClientError> {
        self.get(&format!("/events/{id}/participation"), true).await
    }

    /// `PUT /events/{id}/participation`.
    pub async fn update_participation(
        self,
        id: Uuid,
        input: &ParticipationInput,
    ) -> Result<Participation, ApiClientError> {
        self.call(
            Method::PUT,
            &format!("/events/{id}/participation"),
            input,
            true,
        )
        .await
    }

    /// `GET /events/{id}/participants`: filtered participants and the caller's suggestions.
    pub async fn participants(
        self,
        id: Uuid,
        query: &ParticipantQuery,
    ) -> Result<ParticipantList, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("country", query.country.as_deref());
        qs.text("nace", query.nace.as_deref());
        qs.text("q", query.q.as_deref());
        self.get(&format!("/events/{id}/participants{}", qs.finish()), true)
            .await
    }

    /// `POST /events/{id}/meeting-requests`.
    pub async fn request_meeting(
        self,
        id: Uuid,
        input: &MeetingRequestInput,
    ) -> Result<MeetingRequest, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/events/{id}/meeting-requests"),
            input,
            true,
        )
        .await
    }

    /// `GET /events/{id}/meeting-requests`: incoming and outgoing, newest first.
    pub async fn meeting_requests(self, id: Uuid) -> Result<MeetingRequestList, ApiClientError> {
        self.get(&format!("/events/{id}/meeting-requests"), true)
            .await
    }

    /// `POST /meeting-requests/{id}/answer` (the recipient).
    pub async fn answer_meeting_request(
        self,
        request: Uuid,
        answer: MeetingAnswer,
    ) -> Result<MeetingRequest, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/meeting-requests/{request}/answer"),
            &AnswerMeetingRequest { answer },
            true,
        )
        .await
    }

    /// `POST /meeting-requests/{id}/cancel` (the sender).
    pub async fn cancel_meeting_request(
        self,
        request: Uuid,
    ) -> Result<MeetingRequest, ApiClientError> {
        self.post_for(&format!("/meeting-requests/{request}/cancel"), true)
            .await
    }

    /// `POST /events/{id}/schedule` (organisers): a new draft.
    pub async fn schedule_meetings(self, id: Uuid) -> Result<ScheduleResult, ApiClientError> {
        self.post_for(&format!("/events/{id}/schedule"), true).await
    }

    /// `POST /events/{id}/schedule/publish` (organisers).
    pub async fn publish_schedule(self, id: Uuid) -> Result<PublishScheduleResult, ApiClientError> {
        self.post_for(&format!("/events/{id}/schedule/publish"), true)
            .await
    }

    /// `GET /events/{id}/agenda`: the caller's published meetings.
    pub async fn agenda(self, id: Uuid) -> Result<Agenda, ApiClientError> {
        self.get(&format!("/events/{id}/agenda"), true).await
    }

    /// `GET /events/{id}/agenda.ics?lang=…`: the agenda as iCalendar text (for a download; the
    /// file needs the token, so a plain link would not do).
    pub async fn agenda_ics(self, id: Uuid, lang: Language) -> Result<String, ApiClientError> {
        let path = format!("/events/{id}/agenda.ics?lang={}", lang.code());
        let response = self.send(Method::GET, &path, None, true).await?;
        response.text().await.map_err(|_| ApiClientError::Network)
    }

    /// `GET /events/{id}/table-plan?version=…` (organisers).
    pub async fn table_plan(
        self,
        id: Uuid,
        version: ScheduleVersion,
    ) -> Result<TablePlan, ApiClientError> {
        let mut qs = QueryString::default();
        qs.code("version", Some(&version));
        self.get(&format!("/events/{id}/table-plan{}", qs.finish()), true)
            .await
    }

    /// `POST /meetings/{id}/rating`: the caller's outcome of a meeting (editable).
    pub async fn rate_meeting(
        self,
        meeting: Uuid,
        outcome: MeetingOutcome,
    ) -> Result<MeetingRating, ApiClientError> {
        self.call(
            Method::POST,
            &format!("/meetings/{meeting}/rating"),
            &MeetingRatingInput { outcome },
            true,
        )
        .await
    }
}
