//! Search over organisations and opportunities, suggestions for the search box, saved searches
//! and the notification preferences.

use glokal_api_types::{
    NotificationPreferences, SavedSearch, SavedSearchInput, SavedSearchList, SearchQuery,
    SearchResults, Suggestions,
};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

/// The query string of `search` (also the SPA's `/search` URL, which uses the same names).
pub fn search_query_string(query: &SearchQuery) -> String {
    let mut qs = QueryString::default();
    qs.text("q", query.q.as_deref());
    qs.text("lang", query.lang.map(|l| l.code()));
    qs.code("type", query.scope.as_ref());
    qs.text("country", query.country.as_deref());
    qs.text("region", query.region.as_deref());
    qs.code("kind", query.kind.as_ref());
    qs.text("nace", query.nace.as_deref());
    qs.text(
        "opportunity_type",
        query.opportunity_type.map(|t| t.as_str()),
    );
    qs.code("size_class", query.size_class.as_ref());
    qs.text("certification", query.certification.as_deref());
    qs.text("language", query.language.as_deref());
    qs.text("verified", query.verified.map(|v| v.to_string()).as_deref());
    qs.text("near", query.near.as_deref());
    qs.number("radius_km", query.radius_km);
    qs.code("sort", query.sort.as_ref());
    qs.number("page", query.page.map(f64::from));
    qs.number("per_page", query.per_page.map(f64::from));
    qs.finish()
}

impl Api {
    /// `GET /search`: one page of hits with facet counts, snippets in the UI language.
    pub async fn search(self, query: &SearchQuery) -> Result<SearchResults, ApiClientError> {
        self.get(&format!("/search{}", search_query_string(query)), false)
            .await
    }

    /// `GET /search/suggest`: organisation names, NACE labels and glossary terms for the
    /// typed text, in the UI language.
    pub async fn suggest(self, text: &str, limit: u32) -> Result<Suggestions, ApiClientError> {
        let mut qs = QueryString::default();
        qs.text("q", Some(text));
        qs.text("lang", Some(self.i18n.lang_untracked().code()));
        qs.number("limit", Some(f64::from(limit)));
        self.get(&format!("/search/suggest{}", qs.finish()), false)
            .await
    }

    /// `GET /me/saved-searches`, newest first.
    pub async fn saved_searches(self) -> Result<SavedSearchList, ApiClientError> {
        self.get("/me/saved-searches", true).await
    }

    /// `POST /me/saved-searches`.
    pub async fn create_saved_search(
        self,
        input: &SavedSearchInput,
    ) -> Result<SavedSearch, ApiClientError> {
        self.call(Method::POST, "/me/saved-searches", input, true)
            .await
    }

    /// `PUT /me/saved-searches/{id}` (name, query, frequency and mail, all of them).
    pub async fn update_saved_search(
        self,
        id: Uuid,
        input: &SavedSearchInput,
    ) -> Result<SavedSearch, ApiClientError> {
        self.call(
            Method::PUT,
            &format!("/me/saved-searches/{id}"),
            input,
            true,
        )
        .await
    }

    /// `DELETE /me/saved-searches/{id}`.
    pub async fn delete_saved_search(self, id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!("/me/saved-searches/{id}"),
            None,
            true,
        )
        .await
    }

    /// `GET /me/notification-preferences`: every category with its channels.
    pub async fn notification_preferences(self) -> Result<NotificationPreferences, ApiClientError> {
        self.get("/me/notification-preferences", true).await
    }

    /// `PUT /me/notification-preferences`; answers every category as stored.
    pub async fn update_notification_preferences(
        self,
        preferences: &NotificationPreferences,
    ) -> Result<NotificationPreferences, ApiClientError> {
        self.call(
            Method::PUT,
            "/me/notification-preferences",
            preferences,
            true,
        )
        .await
    }
}
