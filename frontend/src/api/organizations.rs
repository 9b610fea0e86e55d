//! Organisations: the directory, profiles and their editing.

use glokal_api_types::{Organization, OrganizationInput, OrganizationPage, OrganizationQuery};
use gloo_net::http::Method;
use uuid::Uuid;

use super::query::QueryString;
use super::{Api, ApiClientError};

impl Api {
    /// `GET /organizations`: one page of the directory.
    pub async fn list_organizations(
        self,
        query: &OrganizationQuery,
    ) -> Result<OrganizationPage, ApiClientError> {
        let mut qs = QueryString::default();
        qs.code("kind", query.kind.as_ref());
        qs.text("country", query.country.as_deref());
        qs.text("region", query.region.as_deref());
        qs.text("nace", query.nace.as_deref());
        qs.code("size_class", query.size_class.as_ref());
        qs.text("language", query.language.as_deref());
        qs.text("certification", query.certification.as_deref());
        qs.text("verified", query.verified.map(|v| v.to_string()).as_deref());
        qs.number("near", query.near.map(f64::from));
        qs.number("radius_km", query.radius_km);
        qs.code("sort", query.sort.as_ref());
        qs.number("offset", query.offset.map(|n| n as f64));
        qs.number("limit", query.limit.map(|n| n as f64));
        self.get(&format!("/organizations{}", qs.finish()), false)
            .await
    }

    /// `GET /organizations/{id}`: a profile; sent with the access token (if any) so that
    /// contact persons and the caller's own role come along.
    pub async fn organization(self, id: Uuid) -> Result<Organization, ApiClientError> {
        self.get(&format!("/organizations/{id}"), true).await
    }

    /// `POST /organizations`: registers an organisation; the caller becomes its owner.
    pub async fn create_organization(
        self,
        input: &OrganizationInput,
    ) -> Result<Organization, ApiClientError> {
        self.call(Method::POST, "/organizations", input, true).await
    }

    /// `PUT /organizations/{id}`: replaces the whole profile (owners and editors).
    pub async fn update_organization(
        self,
        id: Uuid,
        input: &OrganizationInput,
    ) -> Result<Organization, ApiClientError> {
        self.call(Method::PUT, &format!("/organizations/{id}"), input, true)
            .await
    }

    /// `DELETE /organizations/{id}` (owners).
    pub async fn delete_organization(self, id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(Method::DELETE, &format!("/organizations/{id}"), None, true)
            .await
    }
}

impl Api {
    /// `PUT /organizations/{id}/logo`: uploads a logo (the file as the body, with its own type);
    /// answers the profile with its new `logo_url`.
    pub async fn upload_logo(
        self,
        id: Uuid,
        file: &web_sys::File,
    ) -> Result<Organization, ApiClientError> {
        let path = format!("/organizations/{id}/logo");
        self.upload(Method::PUT, &path, &file.type_(), file.into(), true)
            .await
    }

    /// `DELETE /organizations/{id}/logo`.
    pub async fn delete_logo(self, id: Uuid) -> Result<(), ApiClientError> {
        self.call_empty::<()>(
            Method::DELETE,
            &format!("/organizations/{id}/logo"),
            None,
            true,
        )
        .await
    }
}

impl Api {
    /// `GET /registry/cz/{ico}`: what the Czech register ARES records about a company (login required).
    pub async fn lookup_cz_company(
        self,
        ico: &str,
    ) -> Result<glokal_api_types::CompanyRegistryRecord, ApiClientError> {
        let ico: String = ico.chars().filter(|c| !c.is_whitespace()).collect();
        let path = format!(
            "/registry/cz/{}",
            String::from(js_sys::encode_uri_component(&ico))
        );
        self.get(&path, true).await
    }
}
