//! Organisations: the directory, profiles and the editor, plus what they share (labels of
//! kinds and size classes, reference data, town search).
//!
//! Bundle size matters here: views that change wholesale are wrapped in `Fresh`, data is loaded
//! with `spawn_local` into signals (no resources), and reactive texts use the shared closure
//! types of `crate::i18n`.

pub mod directory;
pub mod editor;
pub mod invitation;
pub mod management;
pub mod members;
pub mod profile;
pub mod tokens;
pub mod verification;

pub use editor::state::{iso_date, parse_date};

use std::future::Future;
use std::sync::Arc;

use glokal_api_types::{
    CertificationItem, Language, LanguageItem, MemberRole, OrganizationKind, PlaceItem, RegionItem,
    ServerInfo, SizeClass,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{label_in, use_api, NaceIndex};
use crate::components::combobox::ComboOption;
use crate::i18n::{use_i18n, Label};

/// Every kind, in the order offered in selects.
pub const KINDS: [OrganizationKind; 8] = [
    OrganizationKind::Company,
    OrganizationKind::Chamber,
    OrganizationKind::Cluster,
    OrganizationKind::Association,
    OrganizationKind::Research,
    OrganizationKind::DevelopmentAgency,
    OrganizationKind::PublicBody,
    OrganizationKind::Other,
];

/// The EU SME size classes.
pub const SIZES: [SizeClass; 4] = [
    SizeClass::Micro,
    SizeClass::Small,
    SizeClass::Medium,
    SizeClass::Large,
];

/// Countries offered in the directory's filter.
pub const COUNTRIES: [&str; 2] = ["DE", "CZ"];

/// Languages offered as checkboxes and in the directory's filter.
pub const SPOKEN: [&str; 4] = ["de", "cs", "en", "pl"];

/// Page size of the directory.
pub const PAGE_SIZE: u64 = 20;

/// The name of a kind.
pub fn kind_label(kind: OrganizationKind) -> Label {
    Label::Id(match kind {
        OrganizationKind::Company => "org-kind-company",
        OrganizationKind::Chamber => "org-kind-chamber",
        OrganizationKind::Cluster => "org-kind-cluster",
        OrganizationKind::Association => "org-kind-association",
        OrganizationKind::Research => "org-kind-research",
        OrganizationKind::DevelopmentAgency => "org-kind-development_agency",
        OrganizationKind::PublicBody => "org-kind-public_body",
        OrganizationKind::Other => "org-kind-other",
    })
}

/// A size class with its employee range.
pub fn size_label(size: SizeClass) -> Label {
    Label::Id(match size {
        SizeClass::Micro => "org-size-micro",
        SizeClass::Small => "org-size-small",
        SizeClass::Medium => "org-size-medium",
        SizeClass::Large => "org-size-large",
    })
}

/// The name of a country code (the code itself for countries without a translation).
pub fn country_label(code: &str) -> Label {
    match code {
        "DE" => Label::Id("country-de"),
        "CZ" => Label::Id("country-cz"),
        "PL" => Label::Id("country-pl"),
        other => Label::Plain(other.to_owned()),
    }
}

/// The name of a language code (ISO 639-1), else the code in capitals.
pub fn language_label(code: &str) -> Label {
    Label::Dyn(format!("language-name-{code}"), code.to_uppercase())
}

/// Names of spoken languages, comma-separated, in `lang`.
pub fn languages_text(
    known: &Option<Arc<Vec<LanguageItem>>>,
    codes: &[String],
    lang: Language,
) -> String {
    codes
        .iter()
        .map(|code| spoken_name(known, code, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs `load` and puts its result into a signal (which stays `None` until then).
pub fn load<T: Send + Sync + 'static>(
    load: impl Future<Output = Option<T>> + 'static,
) -> ReadSignal<Option<T>> {
    let slot = RwSignal::new(None);
    spawn_local(async move {
        if let Some(value) = load.await {
            // The page may have been left meanwhile.
            slot.try_set(Some(value));
        }
    });
    slot.read_only()
}

/// The NACE list (loaded once per visit); `None` until it is there or when it failed.
pub fn use_nace() -> ReadSignal<Option<Arc<NaceIndex>>> {
    let api = use_api();
    load(async move { api.nace().await.ok() })
}

/// The regions (loaded once per visit).
pub fn use_regions() -> ReadSignal<Option<Arc<Vec<RegionItem>>>> {
    let api = use_api();
    load(async move { api.regions().await.ok() })
}

/// The certification schemes (loaded once per visit).
pub fn use_certifications() -> ReadSignal<Option<Arc<Vec<CertificationItem>>>> {
    let api = use_api();
    load(async move { api.certifications().await.ok() })
}

/// The languages people can speak (loaded once per visit).
pub fn use_languages() -> ReadSignal<Option<Arc<Vec<LanguageItem>>>> {
    let api = use_api();
    load(async move { api.languages().await.ok() })
}

/// Facts about the installation (loaded once per visit).
pub fn use_info() -> ReadSignal<Option<Arc<ServerInfo>>> {
    let api = use_api();
    load(async move { api.info().await.ok() })
}

/// The name of a spoken language in `lang`: from the platform's list once loaded, else from
/// the translations (else the code).
pub fn spoken_name(known: &Option<Arc<Vec<LanguageItem>>>, code: &str, lang: Language) -> String {
    known
        .as_ref()
        .and_then(|items| items.iter().find(|l| l.code == code))
        .map(|l| label_in(&l.name, lang).to_owned())
        .unwrap_or_else(|| language_label(code).text_in(lang))
}

/// `IATF 16949 — Quality management in the automotive industry` (the topic in `lang`).
pub fn certification_text(item: &CertificationItem, lang: Language) -> String {
    format!("{} — {}", item.name, label_in(&item.topic, lang))
}

/// A certification's display text by code, once the list is loaded (else the code).
pub fn certification_name(
    known: &Option<Arc<Vec<CertificationItem>>>,
    code: &str,
    lang: Language,
) -> String {
    known
        .as_ref()
        .and_then(|items| items.iter().find(|c| c.code == code))
        .map(|c| certification_text(c, lang))
        .unwrap_or_else(|| code.to_owned())
}

/// A certification's designation and its topic in `lang`, once the list is loaded (else the code).
pub fn certification_parts(
    known: &Option<Arc<Vec<CertificationItem>>>,
    code: &str,
    lang: Language,
) -> (String, Option<String>) {
    match known
        .as_ref()
        .and_then(|items| items.iter().find(|c| c.code == code))
    {
        Some(item) => (
            item.name.clone(),
            Some(label_in(&item.topic, lang).to_owned()),
        ),
        None => (code.to_owned(), None),
    }
}

/// The name of a member role.
pub fn role_label(role: MemberRole) -> Label {
    Label::Id(match role {
        MemberRole::Owner => "member-role-owner",
        MemberRole::Editor => "member-role-editor",
    })
}

/// Up to two letters of an organisation's name, for a logo placeholder.
pub fn monogram(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|word| word.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

/// The organisation's logo, or a neutral placeholder with its initials; `class` sizes it.
pub fn org_logo(logo_url: Option<String>, name: &str, class: &'static str) -> impl IntoView {
    match logo_url {
        Some(url) => leptos::either::Either::Left(view! {
            <img class=format!("org-logo {class}") src=url alt="" loading="lazy" data-testid="org-logo" />
        }),
        None => leptos::either::Either::Right(view! {
            <span class=format!("org-logo org-logo-empty {class}") aria-hidden="true">{monogram(name)}</span>
        }),
    }
}

/// The name of a region.
pub fn region_label(regions: &Option<Arc<Vec<RegionItem>>>, code: &str) -> Option<Label> {
    regions
        .as_ref()?
        .iter()
        .find(|r| r.code == code)
        .map(|r| Label::Labels(r.name.clone()))
}

/// Town suggestions for a place combobox: call `on_type` with the typed text; `options` follow
/// after a short pause; `place(value)` gives the chosen town back.
#[derive(Clone, Copy)]
pub struct PlaceSearch {
    pub on_type: Callback<String>,
    found: StoredValue<Vec<PlaceItem>>,
    pub options: RwSignal<Vec<ComboOption>>,
}

impl PlaceSearch {
    pub fn new(regions: ReadSignal<Option<Arc<Vec<RegionItem>>>>) -> Self {
        let api = use_api();
        let i18n = use_i18n();
        let found = StoredValue::new(Vec::<PlaceItem>::new());
        let options = RwSignal::new(Vec::new());
        let generation = StoredValue::new(0u32);
        let on_type = Callback::new(move |text: String| {
            generation.update_value(|g| *g += 1);
            let this = generation.get_value();
            let text = text.trim().to_owned();
            if text.chars().count() < 2 {
                options.set(Vec::new());
                return;
            }
            spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(200).await;
                if generation.get_value() != this {
                    return;
                }
                let places = api.places(&text, 8).await.unwrap_or_default();
                if generation.try_get_value() != Some(this) {
                    return;
                }
                let lang = i18n.lang_untracked();
                let regions = regions.get_untracked();
                let list = places
                    .iter()
                    .map(|place| {
                        let region = place
                            .region_code
                            .as_deref()
                            .and_then(|code| region_label(&regions, code))
                            .map(|label| label.text_in(lang))
                            .unwrap_or_default();
                        ComboOption {
                            value: place.id.to_string(),
                            label: place.name.clone(),
                            detail: format!("{region} · {}", place.country),
                        }
                    })
                    .collect();
                found.set_value(places);
                options.set(list);
            });
        });
        Self {
            on_type,
            found,
            options,
        }
    }

    /// The suggested town with this value (its id).
    pub fn place(&self, value: &str) -> Option<PlaceItem> {
        self.found
            .with_value(|places| places.iter().find(|p| p.id.to_string() == value).cloned())
    }
}
