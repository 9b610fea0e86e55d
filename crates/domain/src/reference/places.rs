//! Towns and municipalities with coordinates (GeoNames), each with its NUTS 3 region.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::{fold, regions};

/// A populated place.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// GeoNames id.
    pub id: u32,
    /// `DE` or `CZ`.
    pub country: &'static str,
    pub name: String,
    pub lat: f64,
    pub lon: f64,
    pub population: u32,
    /// NUTS 3 region, when known.
    pub region_code: Option<&'static str>,
    /// Other names, e.g. the German exonym of a Czech town (`Reichenberg` for Liberec).
    pub alt_names: Vec<String>,
    folded: Vec<String>,
}

struct Places {
    places: Vec<Place>,
    by_id: HashMap<u32, usize>,
}

fn load() -> &'static Places {
    static PLACES: OnceLock<Places> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut saxon_districts = HashMap::new();
        let mut reader = csv::Reader::from_reader(
            include_str!("../../data/places_saxony_districts.csv").as_bytes(),
        );
        for record in reader.records().flatten() {
            if let (Some(id), Some(ags)) = (
                record.get(0).and_then(|v| v.parse::<u32>().ok()),
                record.get(1),
            ) {
                saxon_districts.insert(id, regions::code_of_ags(ags.trim()));
            }
        }
        let mut reader =
            csv::Reader::from_reader(include_str!("../../data/places_sn_cz3.csv").as_bytes());
        let mut places = Vec::with_capacity(900);
        for record in reader.records().flatten() {
            let field = |i: usize| record.get(i).unwrap_or("").trim();
            let Ok(id) = field(0).parse::<u32>() else {
                continue;
            };
            let country = if field(1) == "CZ" { "CZ" } else { "DE" };
            let region_code = match country {
                "CZ" => regions::code_of_cz_admin1(field(2)),
                _ => saxon_districts.get(&id).copied().flatten(),
            };
            let name = field(3).to_owned();
            // Keep readable alternate names (Latin letters), drop transliterations of other scripts.
            let alt_names: Vec<String> = field(7)
                .split('|')
                .map(str::trim)
                .filter(|a| {
                    !a.is_empty() && *a != name && a.chars().next().is_some_and(char::is_uppercase)
                })
                .map(str::to_owned)
                .collect();
            let folded = std::iter::once(&name)
                .chain(alt_names.iter())
                .map(|n| fold(n))
                .collect();
            places.push(Place {
                id,
                country,
                name,
                lat: field(4).parse().unwrap_or(0.0),
                lon: field(5).parse().unwrap_or(0.0),
                population: field(6).parse().unwrap_or(0),
                region_code,
                alt_names,
                folded,
            });
        }
        let by_id = places.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        Places { places, by_id }
    })
}

/// All places.
pub fn all() -> &'static [Place] {
    &load().places
}

/// A place by GeoNames id.
pub fn get(id: u32) -> Option<&'static Place> {
    let places = load();
    places.by_id.get(&id).map(|&i| &places.places[i])
}

/// Autocomplete: places whose name or alternate name starts with the query (or has a word
/// starting with it), diacritics ignored; exact and prefix matches first, then by population.
pub fn search(query: &str, limit: usize) -> Vec<&'static Place> {
    let q = fold(query.trim());
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, &Place)> = all()
        .iter()
        .filter_map(|place| {
            let rank = place
                .folded
                .iter()
                .filter_map(|name| {
                    if *name == q {
                        Some(0)
                    } else if name.starts_with(&q) {
                        Some(1)
                    } else if name.split([' ', '-', '/']).any(|word| word.starts_with(&q)) {
                        Some(2)
                    } else {
                        None
                    }
                })
                .min()?;
            Some((rank, place))
        })
        .collect();
    hits.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.population.cmp(&a.1.population))
            .then(a.1.name.cmp(&b.1.name))
    });
    hits.into_iter().take(limit).map(|(_, p)| p).collect()
}

/// Great-circle distance in kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    6371.0 * 2.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_towns_by_name_exonym_and_without_diacritics() {
        let liberec = search("Reichenberg", 5);
        assert!(
            liberec
                .iter()
                .any(|p| p.name == "Liberec" && p.region_code == Some("CZ051")),
            "{liberec:?}"
        );
        let usti = search("usti nad", 3);
        assert_eq!(usti[0].name, "Ústí nad Labem");
        assert_eq!(usti[0].region_code, Some("CZ042"));
        assert!(search("dres", 3).iter().any(|p| p.name == "Dresden"));
        assert!(search("   ", 3).is_empty());
        assert_eq!(all().len(), 854);
    }

    #[test]
    fn every_place_has_its_region() {
        assert!(
            all().iter().all(|p| p.region_code.is_some()),
            "{:?}",
            all()
                .iter()
                .filter(|p| p.region_code.is_none())
                .map(|p| &p.name)
                .collect::<Vec<_>>()
        );
        let region = |name: &str| search(name, 1)[0].region_code;
        assert_eq!(region("Zittau"), Some("DED2D"));
        assert_eq!(region("Freital"), Some("DED2F"));
        assert_eq!(region("Radebeul"), Some("DED2E"));
        assert_eq!(region("Annaberg-Buchholz"), Some("DED42"));
        assert_eq!(region("Karlovy Vary"), Some("CZ041"));
    }

    #[test]
    fn distances_are_plausible() {
        let dresden = search("Dresden", 1)[0];
        let usti = search("Ústí nad Labem", 1)[0];
        let d = distance_km(dresden.lat, dresden.lon, usti.lat, usti.lon);
        assert!(
            (40.0..60.0).contains(&d),
            "Dresden–Ústí {d} km (straight line)"
        );
    }
}
