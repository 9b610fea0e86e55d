//! `/api/v1/reference/*`: NACE Rev. 2, regions, places, certifications and languages
//! (public, cacheable).

pub mod list_certifications;
pub mod list_languages;
pub mod list_nace;
pub mod list_regions;
pub mod search_places;

use glokal_api_types::{Labels, PlaceItem};
use glokal_domain::reference::{self, places::Place};

/// Domain labels as API labels.
pub(crate) fn labels(l: &reference::Labels) -> Labels {
    Labels {
        de: l.de.clone(),
        cs: l.cs.clone(),
        en: l.en.clone(),
    }
}

/// A place as the API shows it.
pub(crate) fn place_item(p: &Place) -> PlaceItem {
    PlaceItem {
        id: p.id,
        country: p.country.to_owned(),
        name: p.name.clone(),
        alt_names: p.alt_names.clone(),
        lat: p.lat,
        lon: p.lon,
        population: p.population,
        region_code: p.region_code.map(str::to_owned),
    }
}

/// Reference data changes with releases only: let browsers and CRMs cache it for a day.
pub(crate) const CACHE_A_DAY: (&str, &str) = ("Cache-Control", "public, max-age=86400");
