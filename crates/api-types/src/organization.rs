//! Organisations: companies, chambers, clusters, research institutions, …

use chrono::{DateTime, NaiveDate, Utc};
use glokal_domain::Language;
use uuid::Uuid;

/// What kind of organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganizationKind {
    Company,
    Chamber,
    Cluster,
    Association,
    /// Universities, institutes, transfer offices.
    Research,
    DevelopmentAgency,
    PublicBody,
    Other,
}

/// EU SME size class by employees: micro < 10, small < 50, medium < 250, large.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

/// A text per language; at least one where it is required.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalizedText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub de: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cs: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl LocalizedText {
    /// The languages that have a non-blank text.
    pub fn languages(&self) -> Vec<Language> {
        [
            (Language::De, &self.de),
            (Language::Cs, &self.cs),
            (Language::En, &self.en),
        ]
        .into_iter()
        .filter(|(_, t)| t.as_deref().is_some_and(|t| !t.trim().is_empty()))
        .map(|(l, _)| l)
        .collect()
    }

    /// The text in `lang`, else the first existing one (German, Czech, English).
    pub fn best(&self, lang: Language) -> Option<(Language, &str)> {
        let get = |l: Language| match l {
            Language::De => self.de.as_deref(),
            Language::Cs => self.cs.as_deref(),
            Language::En => self.en.as_deref(),
        };
        std::iter::once(lang)
            .chain(Language::ALL)
            .find_map(|l| get(l).filter(|t| !t.trim().is_empty()).map(|t| (l, t)))
    }
}

/// Who may see a contact person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContactVisibility {
    /// Every logged-in user (default).
    #[default]
    LoggedIn,
    /// Only the organisation's own members.
    Members,
}

/// A contact person (personal data: never shown to anonymous visitors).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ContactPerson {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    /// ISO 639-1 codes of languages the person speaks.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub visibility: ContactVisibility,
}

/// A certification held, from `list_certifications`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CertificationEntry {
    /// Code from `list_certifications`, e.g. `iatf_16949`.
    pub code: String,
    /// Expiry date of the certificate, if it should be shown.
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
}

/// Whether an offering is a product or a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OfferingKind {
    Product,
    Service,
}

/// A product or service the organisation offers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Offering {
    pub kind: OfferingKind,
    /// The name in at least one language.
    pub name: LocalizedText,
    /// Optional description per language.
    #[serde(default)]
    pub description: LocalizedText,
}

/// Body of `create_organization` and `update_organization` (a full replacement).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", schema(example = json!({
    "name": "Nováková plasty s.r.o.", "kind": "company", "country": "CZ", "city": "Liberec",
    "description": {"cs": "Vstřikování plastů pro automobilový průmysl."}
})))]
pub struct OrganizationInput {
    pub name: String,
    #[serde(default)]
    pub legal_form: Option<String>,
    pub kind: OrganizationKind,
    /// ISO 3166-1 alpha-2 (`DE`, `CZ`, …).
    pub country: String,
    #[serde(default)]
    pub street: Option<String>,
    #[serde(default)]
    pub postal_code: Option<String>,
    pub city: String,
    /// GeoNames id from `search_places`; without it the town is looked up by name.
    #[serde(default)]
    pub place_id: Option<u32>,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub founding_year: Option<i32>,
    #[serde(default)]
    pub size_class: Option<SizeClass>,
    /// Main NACE Rev. 2 code (any level), e.g. `22.29`.
    #[serde(default)]
    pub nace_main: Option<String>,
    /// Further NACE codes.
    #[serde(default)]
    pub nace_codes: Vec<String>,
    /// Languages spoken (ISO 639-1: `de`, `cs`, `en`, `pl`, …).
    #[serde(default)]
    pub languages: Vec<String>,
    /// Keywords and capabilities.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// At least one language.
    pub description: LocalizedText,
    /// Czech company id (8 digits).
    #[serde(default)]
    pub ico: Option<String>,
    #[serde(default)]
    pub dic: Option<String>,
    /// German Handelsregister number, e.g. `HRB 12345, Amtsgericht Dresden`.
    #[serde(default)]
    pub hr_number: Option<String>,
    #[serde(default)]
    pub vat_id: Option<String>,
    #[serde(default)]
    pub contacts: Vec<ContactPerson>,
    /// Certifications held (codes from `list_certifications`).
    #[serde(default)]
    pub certifications: Vec<CertificationEntry>,
    /// Products and services (at most 50).
    #[serde(default)]
    pub offerings: Vec<Offering>,
}

/// An institution's word that the organisation is real and active.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Verification {
    pub verified_at: DateTime<Utc>,
    /// The vouching institution; `null` when a platform admin verified.
    pub institution_id: Option<Uuid>,
    pub institution_name: Option<String>,
}

/// Why a profile is not public, as its members (and admins) see it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ModerationStatus {
    /// Pre-moderation: waiting for a moderator's first look (then shown).
    pub awaiting_review: bool,
    /// Hidden by the moderators, with their reason.
    pub hidden_reason: Option<String>,
    /// Suspended: cannot publish or start conversations.
    pub suspended: bool,
}

/// The institution whose CRM keeps a profile up to date (an API token with
/// `organizations:write` created it); its owners can end that (`end_management`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Management {
    pub institution_id: Uuid,
    /// `null` if the institution is gone.
    pub institution_name: Option<String>,
}

/// Body of `verify_organization`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VerifyOrganizationRequest {
    /// The institution (chamber, cluster, agency, …) the caller verifies for; platform admins
    /// may leave it out.
    #[serde(default)]
    pub institution_id: Option<Uuid>,
    /// Staff confirm they checked the Handelsregister number or VAT id (German organisations).
    #[serde(default)]
    pub register_confirmed: bool,
}

/// A member's role in an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    Owner,
    Editor,
}

/// An organisation's public profile.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organization {
    pub id: Uuid,
    pub name: String,
    pub legal_form: Option<String>,
    pub kind: OrganizationKind,
    pub country: String,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub place_id: Option<u32>,
    /// NUTS 3 region derived from the place.
    pub region_code: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub founding_year: Option<i32>,
    pub size_class: Option<SizeClass>,
    pub nace_main: Option<String>,
    pub nace_codes: Vec<String>,
    pub languages: Vec<String>,
    pub keywords: Vec<String>,
    pub description: LocalizedText,
    /// The languages the texts exist in.
    pub text_languages: Vec<Language>,
    pub ico: Option<String>,
    pub dic: Option<String>,
    pub hr_number: Option<String>,
    pub vat_id: Option<String>,
    /// Empty for anonymous visitors; `members`-only persons only for members.
    pub contacts: Vec<ContactPerson>,
    pub certifications: Vec<CertificationEntry>,
    pub offerings: Vec<Offering>,
    /// Path of the logo image (PNG, at most 512 px), if one was uploaded.
    pub logo_url: Option<String>,
    /// Vouched for by an institution, if so.
    pub verification: Option<Verification>,
    /// When the IČO was confirmed through ARES (Czech) or staff confirmed the register entry.
    pub register_checked_at: Option<DateTime<Utc>>,
    /// Kept up to date by an institution's CRM, if so.
    #[serde(default)]
    pub managed_by: Option<Management>,
    /// Only for members and admins, and only while the profile is not public.
    #[serde(default)]
    pub moderation: Option<ModerationStatus>,
    /// Demo data loaded by `glokal seed --demo`, not a real organisation.
    pub demo: bool,
    /// The caller's role here, if any.
    pub my_role: Option<MemberRole>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// An organisation in lists.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationSummary {
    pub id: Uuid,
    pub name: String,
    pub kind: OrganizationKind,
    pub country: String,
    pub city: String,
    pub region_code: Option<String>,
    pub size_class: Option<SizeClass>,
    pub nace_main: Option<String>,
    pub text_languages: Vec<Language>,
    /// Path of the logo image, if any.
    pub logo_url: Option<String>,
    /// Vouched for by an institution.
    pub verified: bool,
    /// When it was verified, if it is.
    pub verified_at: Option<DateTime<Utc>>,
    /// The name of the vouching institution; `null` when unverified or a platform admin
    /// verified.
    pub verified_by: Option<String>,
    /// Registration number confirmed in the register.
    pub register_checked: bool,
    /// Demo data, not a real organisation.
    pub demo: bool,
    /// Distance from `near`, when given.
    pub distance_km: Option<f64>,
    /// Last change of the profile.
    pub updated_at: DateTime<Utc>,
}

/// Sort orders of `list_organizations`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganizationSort {
    #[default]
    Name,
    Newest,
    /// Needs `near`.
    Distance,
    /// Least recently changed first: for incremental sync with `updated_since` and `cursor`.
    Updated,
}

/// Filters and paging of `list_organizations`.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct OrganizationQuery {
    pub kind: Option<OrganizationKind>,
    /// ISO country code.
    pub country: Option<String>,
    /// NUTS 3 region code.
    pub region: Option<String>,
    /// NACE code prefix (`C`, `22`, `22.2`, `22.21`).
    pub nace: Option<String>,
    pub size_class: Option<SizeClass>,
    /// Language spoken (code from `list_languages`).
    pub language: Option<String>,
    /// Holds this certification (code from `list_certifications`; expired ones do not count).
    pub certification: Option<String>,
    /// Only organisations verified by an institution.
    pub verified: Option<bool>,
    /// GeoNames id of the place to measure distances from.
    pub near: Option<u32>,
    /// With `near`: only organisations within this many kilometres.
    pub radius_km: Option<f64>,
    pub sort: Option<OrganizationSort>,
    /// Only organisations changed at or after this time (RFC 3339), e.g. for a CRM's sync.
    pub updated_since: Option<DateTime<Utc>>,
    /// `next_cursor` of the previous page: continues after it, stable while data changes
    /// (use instead of `offset`).
    pub cursor: Option<String>,
    #[serde(default)]
    pub offset: Option<u64>,
    /// 1–100, default 20.
    #[serde(default)]
    pub limit: Option<u64>,
}

/// One page of organisations.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationPage {
    pub items: Vec<OrganizationSummary>,
    /// All matches (independent of paging).
    pub total: u64,
    pub offset: u64,
    pub limit: u64,
    /// Pass as `cursor` for the next page; `null` on the last page.
    pub next_cursor: Option<String>,
}

/// `invite_member`: a registered colleague becomes a member at once; anybody else gets an
/// invitation by e-mail, valid for 14 days.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InviteMemberRequest {
    pub email: String,
    pub role: MemberRole,
    /// Language of the invitation mail to an address without an account (default: the inviter's).
    #[serde(default)]
    pub language: Option<Language>,
}

/// A member of an organisation (seen by the organisation's own members).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationMember {
    pub user_id: Uuid,
    pub display_name: String,
    pub email: String,
    pub role: MemberRole,
    pub since: DateTime<Utc>,
}

/// An invitation sent to an address without an account, not yet accepted.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PendingInvitation {
    pub id: Uuid,
    pub email: String,
    pub role: MemberRole,
    pub invited_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Members and open invitations of an organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MemberList {
    pub members: Vec<OrganizationMember>,
    pub invitations: Vec<PendingInvitation>,
}

/// `update_member`: a new role (an owner hands over by making a colleague owner).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UpdateMemberRequest {
    pub role: MemberRole,
}

/// What an invitation link offers, shown before accepting.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationPreview {
    pub organization_id: Uuid,
    pub organization_name: String,
    /// The organisation's logo, if any.
    pub logo_url: Option<String>,
    pub role: MemberRole,
    /// The address the invitation was sent to.
    pub email: String,
    pub invited_by: Option<String>,
    pub expires_at: DateTime<Utc>,
}

/// An organisation the caller belongs to.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub organization_id: Uuid,
    pub organization_name: String,
    pub role: MemberRole,
    /// The organisation's logo, if any.
    pub logo_url: Option<String>,
}
