//! NUTS 3 regions of Saxony and of the three Czech border kraje.

use super::Labels;

/// A NUTS 3 region (Landkreis, kreisfreie Stadt or kraj).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    /// NUTS 3 code, e.g. `DED2C`, `CZ051`.
    pub code: &'static str,
    /// `DE` or `CZ`.
    pub country: &'static str,
    /// German municipality key of a Saxon Kreis (`14625`), `None` in Czechia.
    pub ags: Option<&'static str>,
    /// Part of the Interreg Sachsen–Tschechien programme area.
    pub in_programme_area: bool,
    pub names: Labels,
}

macro_rules! region {
    ($code:literal, $country:literal, $ags:expr, $programme:literal, $de:literal, $cs:literal, $en:literal) => {
        ($code, $country, $ags, $programme, $de, $cs, $en)
    };
}

type Row = (
    &'static str,
    &'static str,
    Option<&'static str>,
    bool,
    &'static str,
    &'static str,
    &'static str,
);

const ROWS: [Row; 16] = [
    region!(
        "DED2C",
        "DE",
        Some("14625"),
        true,
        "Landkreis Bautzen",
        "Zemský okres Budyšín",
        "District of Bautzen"
    ),
    region!(
        "DED42",
        "DE",
        Some("14521"),
        true,
        "Erzgebirgskreis",
        "Krušnohorský okres",
        "Erzgebirgskreis (Ore Mountains District)"
    ),
    region!(
        "DED2D",
        "DE",
        Some("14626"),
        true,
        "Landkreis Görlitz",
        "Zemský okres Zhořelec",
        "District of Görlitz"
    ),
    region!(
        "DED43",
        "DE",
        Some("14522"),
        true,
        "Landkreis Mittelsachsen",
        "Zemský okres Střední Sasko",
        "District of Central Saxony"
    ),
    region!(
        "DED2F",
        "DE",
        Some("14628"),
        true,
        "Landkreis Sächsische Schweiz-Osterzgebirge",
        "Zemský okres Saské Švýcarsko-Východní Krušnohoří",
        "District of Saxon Switzerland-Eastern Ore Mountains"
    ),
    region!(
        "DED44",
        "DE",
        Some("14523"),
        true,
        "Vogtlandkreis",
        "Fojtlandský okres",
        "Vogtlandkreis (Vogtland District)"
    ),
    region!(
        "DED45",
        "DE",
        Some("14524"),
        true,
        "Landkreis Zwickau",
        "Zemský okres Cvikov",
        "District of Zwickau"
    ),
    region!(
        "DED41",
        "DE",
        Some("14511"),
        true,
        "Chemnitz",
        "Saská Kamenice",
        "Chemnitz"
    ),
    region!(
        "DED21",
        "DE",
        Some("14612"),
        true,
        "Dresden",
        "Drážďany",
        "Dresden"
    ),
    region!(
        "DED2E",
        "DE",
        Some("14627"),
        false,
        "Landkreis Meißen",
        "Zemský okres Míšeň",
        "District of Meissen"
    ),
    region!(
        "DED51",
        "DE",
        Some("14713"),
        false,
        "Leipzig",
        "Lipsko",
        "Leipzig"
    ),
    region!(
        "DED52",
        "DE",
        Some("14729"),
        false,
        "Landkreis Leipzig",
        "Zemský okres Lipsko",
        "District of Leipzig"
    ),
    region!(
        "DED53",
        "DE",
        Some("14730"),
        false,
        "Landkreis Nordsachsen",
        "Zemský okres Severní Sasko",
        "District of North Saxony"
    ),
    region!(
        "CZ041",
        "CZ",
        None,
        true,
        "Karlsbader Region (Karlovarský kraj)",
        "Karlovarský kraj",
        "Karlovy Vary Region"
    ),
    region!(
        "CZ042",
        "CZ",
        None,
        true,
        "Region Aussig (Ústecký kraj)",
        "Ústecký kraj",
        "Ústí nad Labem Region"
    ),
    region!(
        "CZ051",
        "CZ",
        None,
        true,
        "Region Reichenberg (Liberecký kraj)",
        "Liberecký kraj",
        "Liberec Region"
    ),
];

/// All regions: the programme area first, then the rest of Saxony.
pub fn all() -> Vec<Region> {
    ROWS.iter()
        .map(
            |&(code, country, ags, in_programme_area, de, cs, en)| Region {
                code,
                country,
                ags,
                in_programme_area,
                names: Labels {
                    de: de.to_owned(),
                    cs: cs.to_owned(),
                    en: en.to_owned(),
                },
            },
        )
        .collect()
}

/// A region by NUTS 3 code.
pub fn get(code: &str) -> Option<Region> {
    all()
        .into_iter()
        .find(|r| r.code.eq_ignore_ascii_case(code))
}

/// The NUTS 3 code of a Saxon Kreis key (AGS).
pub fn code_of_ags(ags: &str) -> Option<&'static str> {
    ROWS.iter().find(|row| row.2 == Some(ags)).map(|row| row.0)
}

/// The NUTS 3 code of a Czech kraj by its GeoNames admin1 code.
pub fn code_of_cz_admin1(admin1: &str) -> Option<&'static str> {
    match admin1 {
        "81" => Some("CZ041"),
        "89" => Some("CZ042"),
        "83" => Some("CZ051"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programme_area_has_twelve_regions() {
        assert_eq!(all().iter().filter(|r| r.in_programme_area).count(), 12);
        assert_eq!(get("cz051").unwrap().names.cs, "Liberecký kraj");
        assert_eq!(code_of_ags("14626"), Some("DED2D"));
        assert_eq!(code_of_cz_admin1("89"), Some("CZ042"));
    }
}
