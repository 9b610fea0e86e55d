//! The marketplace: offers and requests ("opportunities").

use chrono::NaiveDate;
use glokal_api_types::{
    CloseOpportunityRequest, CloseOutcome, DismissMatchRequest, ExtendOpportunityRequest,
    MatchTargetType, Opportunity, OpportunityInput, OpportunityPage, OpportunityQuery,
    PartnerMatches,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

impl Api {
    /// `GET /opportunities`: one page of the marketplace (with the token, so that an
    /// organisation's members also get its drafts on its own list).
    pub async fn list_opportunities(
        self,
        query: &OpportunityQuery,
    ) -> Result<OpportunityPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("type", query.types.as_deref());
        qs.text("country", query.country.as_deref());
        qs.text("region", query.region.as_deref());
        qs.text("nace", query.nace.as_deref());
        qs.number("near", query.near.map(f64::from));
        qs.number("radius_km", query.radius_km);
        qs.text(
            "organization_id",
            query.organization_id.map(|id| id.to_string()).as_deref(),
        );
        qs.text(
            "open_only",
            query.open_only.map(|o| o.to_string()).as_deref(),
        );
        qs.code("sort", query.sort.as_ref());
        qs.number("offset", query.offset.map(|n| n as f64));
        qs.number("limit", query.limit.map(|n| n as f64));
        self.get(&format!("/opportunities{}", qs.finish()), true)
            .await
    }

    /// `GET /opportunities/{id}` (drafts only for the organisation's members).
    pub async fn opportunity(self, id: Uuid) -> Result<Opportunity, ApiClientError> {
        self.get(&format!("/opportunities/{id}"), true).await
    }

    /// `POST /opportunities` (owners and editors of the organisation).
    pub async fn create_opportunity(
        self,
        input: &OpportunityInput,
    ) -> Result<Opportunity, ApiClientError> {
        self.call(Method::POST, "/opportunities", input, true).await
    }

    /// `PUT /opportunities/{id}`: a full replacement; `publish: true` publishes.
    pub async fn update_opportunity(
        self,
        id: Uuid,
        input: &OpportunityInput,
    ) -> Result<Opportunity, ApiClientError> {
        self.call(Method::PUT, &format!("/opportunities/{id}"), input, true)
            .await
    }

    /// `POST /opportunities/{id}/extend`: a new last day.
    pub async fn extend_opportunity(
        self,
        id: Uuid,
        valid_until: NaiveDate,
    ) -> Result<Opportunity, ApiClientError> {
        let body = ExtendOpportunityRequest { valid_until };
        self.call(
            Method::POST,
            &format!("/opportunities/{id}/extend"),
            &body,
            true,
        )
        .await
    }

    /// `POST /opportunities/{id}/close`, with the outcome.
    pub async fn close_opportunity(
        self,
        id: Uuid,
        outcome: CloseOutcome,
    ) -> Result<Opportunity, ApiClientError> {
        let body = CloseOpportunityRequest { outcome };
        self.call(
            Method::POST,
            &format!("/opportunities/{id}/close"),
            &body,
            true,
        )
        .await
    }

    /// `DELETE /opportunities/{id}` (drafts).
    pub async fn delete_opportunity(self, id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(Method::DELETE, &format!("/opportunities/{id}"), None, true)
            .await
    }

    /// `GET /opportunities/{id}/matches`: matching partners with their reasons (owners, editors).
    pub async fn opportunity_matches(
        self,
        id: Uuid,
        include_dismissed: bool,
    ) -> Result<PartnerMatches, ApiClientError> {
        let query = if include_dismissed {
            "?include_dismissed=true"
        } else {
            ""
        };
        self.get(&format!("/opportunities/{id}/matches{query}"), true)
            .await
    }

    /// `POST /opportunities/{id}/matches/dismissals`: no longer suggest this partner.
    pub async fn dismiss_match(
        self,
        id: Uuid,
        target_type: MatchTargetType,
        target_id: Uuid,
    ) -> Result<(), ApiClientError> {
        self.call_empty(
            Method::POST,
            &format!("/opportunities/{id}/matches/dismissals"),
            Some(&DismissMatchRequest {
                target_type,
                target_id,
            }),
            true,
        )
        .await
    }

    /// `DELETE /opportunities/{id}/matches/dismissals/{type}/{target}`: suggest it again.
    pub async fn restore_match(
        self,
        id: Uuid,
        target_type: MatchTargetType,
        target_id: Uuid,
    ) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!(
                "/opportunities/{id}/matches/dismissals/{}/{target_id}",
                target_type.as_str()
            ),
            None,
            true,
        )
        .await
    }
}
