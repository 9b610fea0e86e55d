//! Organisations: the directory, profiles and the editor, plus what they share (labels of
//! kinds and size classes, reference data, town search).
//!
//! Bundle size matters here: views that change wholesale are wrapped in `Fresh`, data is loaded
//! with `spawn_local` into signals (no resources), and reactive texts use the shared closure
//! types of `crate::i18n`.

pub mod directory;
pub mod editor;
pub mod profile;

use std::future::Future;
use std::sync::Arc;

use glokal_api_types::{OrganizationKind, PlaceItem, RegionItem, SizeClass};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{use_api, NaceIndex};
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

/// Several language names, comma-separated, as one label.
pub fn languages_text(codes: &[String], lang: glokal_api_types::Language) -> String {
    codes
        .iter()
        .map(|c| language_label(c).text_in(lang))
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
