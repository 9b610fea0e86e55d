//! What institutions do: the programme's statistics (and their drill-down as JSON or CSV),
//! verifying organisations, and scoped API tokens.

use glokal_api_types::{
    ApiToken, ApiTokenInput, ApiTokenList, CooperatingOrganizations, CreatedApiToken, Organization,
    Statistics, StatisticsQuery, VerifyOrganizationRequest,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

/// `?from=…&to=…` (and `format=csv`) of a statistics query.
fn period_query(query: &StatisticsQuery, csv: bool) -> String {
    let mut qs = QueryString::default();
    // (Formatted by hand: chrono's formatting machinery would grow the bundle.)
    let day = |d: chrono::NaiveDate| {
        use chrono::Datelike;
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    };
    qs.text("from", query.from.map(day).as_deref());
    qs.text("to", query.to.map(day).as_deref());
    if query.include_demo == Some(true) {
        qs.text("include_demo", Some("true"));
    }
    if csv {
        qs.text("format", Some("csv"));
    }
    qs.finish()
}

impl Api {
    /// `GET /statistics`: the indicators of a period (institution staff, platform admins).
    pub async fn statistics(self, query: &StatisticsQuery) -> Result<Statistics, ApiClientError> {
        self.get(&format!("/statistics{}", period_query(query, false)), true)
            .await
    }

    /// `GET /statistics/cooperating-organizations`: the organisations behind the indicator.
    pub async fn cooperating_organizations(
        self,
        query: &StatisticsQuery,
    ) -> Result<CooperatingOrganizations, ApiClientError> {
        let path = format!(
            "/statistics/cooperating-organizations{}",
            period_query(query, false)
        );
        self.get(&path, true).await
    }

    /// The same list as CSV text (for a download; the file needs the token, so a plain link
    /// would not do).
    pub async fn cooperating_organizations_csv(
        self,
        query: &StatisticsQuery,
    ) -> Result<String, ApiClientError> {
        let path = format!(
            "/statistics/cooperating-organizations{}",
            period_query(query, true)
        );
        let response = self.send(Method::GET, &path, None, true).await?;
        response.text().await.map_err(|_| ApiClientError::Network)
    }

    /// `POST /organizations/{id}/verification`: vouch for an organisation.
    pub async fn verify_organization(
        self,
        id: Uuid,
        request: &VerifyOrganizationRequest,
    ) -> Result<Organization, ApiClientError> {
        let path = format!("/organizations/{id}/verification");
        self.call(Method::POST, &path, request, true).await
    }

    /// `DELETE /organizations/{id}/verification`: withdraw it.
    pub async fn revoke_verification(self, id: Uuid) -> Result<(), ApiClientError> {
        let path = format!("/organizations/{id}/verification");
        self.call_empty::<()>(Method::DELETE, &path, None, true)
            .await
    }

    /// `DELETE /organizations/{id}/management` (owners): the institution's CRM may no longer
    /// update the profile.
    pub async fn end_management(self, id: Uuid) -> Result<(), ApiClientError> {
        let path = format!("/organizations/{id}/management");
        self.call_empty::<()>(Method::DELETE, &path, None, true)
            .await
    }

    /// `GET /organizations/{id}/api-tokens` (owners of an institution who are staff, admins).
    pub async fn api_tokens(self, id: Uuid) -> Result<Vec<ApiToken>, ApiClientError> {
        let list: ApiTokenList = self
            .get(&format!("/organizations/{id}/api-tokens"), true)
            .await?;
        Ok(list.items)
    }

    /// `POST /organizations/{id}/api-tokens`: the new token, its secret shown this once.
    pub async fn create_api_token(
        self,
        id: Uuid,
        input: &ApiTokenInput,
    ) -> Result<CreatedApiToken, ApiClientError> {
        let path = format!("/organizations/{id}/api-tokens");
        self.call(Method::POST, &path, input, true).await
    }

    /// `DELETE /organizations/{id}/api-tokens/{token_id}`.
    pub async fn revoke_api_token(self, id: Uuid, token: Uuid) -> Result<(), ApiClientError> {
        let path = format!("/organizations/{id}/api-tokens/{token}");
        self.call_empty::<()>(Method::DELETE, &path, None, true)
            .await
    }
}
