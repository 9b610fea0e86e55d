//! Certifications an organisation can show on its profile: management-system standards and
//! sector schemes common among suppliers in Saxony and Czechia. Codes are stable API values.

use super::Labels;

/// One certification scheme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certification {
    /// Stable code, e.g. `iso_9001`.
    pub code: &'static str,
    /// The standard's own designation, the same in every language, e.g. `ISO 9001`.
    pub name: &'static str,
    /// What it certifies, in German, Czech and English.
    pub topic: Labels,
}

const TABLE: &[(&str, &str, &str, &str, &str)] = &[
    (
        "iso_9001",
        "ISO 9001",
        "Qualitätsmanagement",
        "Management kvality",
        "Quality management",
    ),
    (
        "iso_14001",
        "ISO 14001",
        "Umweltmanagement",
        "Environmentální management",
        "Environmental management",
    ),
    (
        "iso_45001",
        "ISO 45001",
        "Arbeitsschutzmanagement",
        "Management bezpečnosti a ochrany zdraví při práci",
        "Occupational health and safety",
    ),
    (
        "iso_50001",
        "ISO 50001",
        "Energiemanagement",
        "Management hospodaření s energií",
        "Energy management",
    ),
    (
        "iso_27001",
        "ISO/IEC 27001",
        "Informationssicherheit",
        "Bezpečnost informací",
        "Information security",
    ),
    (
        "iatf_16949",
        "IATF 16949",
        "Qualitätsmanagement Automobilindustrie",
        "Management kvality v automobilovém průmyslu",
        "Automotive quality management",
    ),
    (
        "vda_6_1",
        "VDA 6.1",
        "Qualitätsmanagement Automobilindustrie (VDA)",
        "Management kvality v automobilovém průmyslu (VDA)",
        "Automotive quality management (VDA)",
    ),
    (
        "tisax",
        "TISAX",
        "Informationssicherheit Automobilindustrie",
        "Bezpečnost informací v automobilovém průmyslu",
        "Automotive information security",
    ),
    (
        "iso_13485",
        "ISO 13485",
        "Qualitätsmanagement Medizinprodukte",
        "Management kvality zdravotnických prostředků",
        "Medical devices quality management",
    ),
    (
        "en_9100",
        "EN 9100",
        "Qualitätsmanagement Luft- und Raumfahrt",
        "Management kvality v letectví a kosmonautice",
        "Aerospace quality management",
    ),
    (
        "iso_22000",
        "ISO 22000",
        "Lebensmittelsicherheit",
        "Bezpečnost potravin",
        "Food safety management",
    ),
    (
        "fssc_22000",
        "FSSC 22000",
        "Lebensmittelsicherheit (FSSC)",
        "Bezpečnost potravin (FSSC)",
        "Food safety (FSSC)",
    ),
    (
        "ifs_food",
        "IFS Food",
        "Lebensmittelsicherheit (IFS)",
        "Bezpečnost potravin (IFS)",
        "Food safety (IFS)",
    ),
    (
        "brcgs",
        "BRCGS",
        "Lebensmittel- und Verpackungssicherheit (BRCGS)",
        "Bezpečnost potravin a obalů (BRCGS)",
        "Food and packaging safety (BRCGS)",
    ),
    (
        "haccp",
        "HACCP",
        "Gefahrenanalyse Lebensmittel",
        "Analýza rizik v potravinářství",
        "Food hazard analysis",
    ),
    (
        "gmp",
        "GMP",
        "Gute Herstellungspraxis",
        "Správná výrobní praxe",
        "Good manufacturing practice",
    ),
    (
        "iso_17025",
        "ISO/IEC 17025",
        "Prüf- und Kalibrierlaboratorien",
        "Zkušební a kalibrační laboratoře",
        "Testing and calibration laboratories",
    ),
    (
        "iso_3834",
        "ISO 3834",
        "Schweißtechnische Qualität",
        "Jakost při svařování",
        "Welding quality",
    ),
    (
        "en_1090",
        "EN 1090",
        "Ausführung von Stahl- und Aluminiumtragwerken",
        "Provádění ocelových a hliníkových konstrukcí",
        "Execution of steel and aluminium structures",
    ),
    (
        "en_15085",
        "EN 15085",
        "Schweißen von Schienenfahrzeugen",
        "Svařování kolejových vozidel",
        "Welding of railway vehicles",
    ),
    (
        "iso_29001",
        "ISO/TS 29001",
        "Qualitätsmanagement Öl- und Gasindustrie",
        "Management kvality v ropném a plynárenském průmyslu",
        "Oil and gas quality management",
    ),
    (
        "iso_20000",
        "ISO/IEC 20000-1",
        "IT-Service-Management",
        "Management služeb IT",
        "IT service management",
    ),
    (
        "emas",
        "EMAS",
        "EU-Umweltmanagement und -Audit",
        "Program EU pro environmentální řízení a audit",
        "EU eco-management and audit scheme",
    ),
    (
        "fsc",
        "FSC",
        "Nachhaltige Forstwirtschaft (Lieferkette)",
        "Udržitelné lesní hospodářství (dodavatelský řetězec)",
        "Sustainable forestry (chain of custody)",
    ),
    (
        "pefc",
        "PEFC",
        "Nachhaltige Waldbewirtschaftung (Lieferkette)",
        "Udržitelné obhospodařování lesů (dodavatelský řetězec)",
        "Sustainable forest management (chain of custody)",
    ),
    (
        "eu_organic",
        "EU-Bio",
        "Ökologische Produktion (EU-Öko-Verordnung)",
        "Ekologická produkce (nařízení EU)",
        "Organic production (EU regulation)",
    ),
    (
        "ce_notified",
        "CE (benannte Stelle)",
        "CE-Konformitätsbewertung durch eine benannte Stelle",
        "Posouzení shody CE notifikovanou osobou",
        "CE conformity assessment by a notified body",
    ),
    (
        "aeo",
        "AEO",
        "Zugelassener Wirtschaftsbeteiligter (Zoll)",
        "Oprávněný hospodářský subjekt (clo)",
        "Authorised economic operator (customs)",
    ),
];

/// All certifications in display order.
pub fn all() -> Vec<Certification> {
    TABLE
        .iter()
        .map(|&(code, name, de, cs, en)| Certification {
            code,
            name,
            topic: Labels {
                de: de.to_owned(),
                cs: cs.to_owned(),
                en: en.to_owned(),
            },
        })
        .collect()
}

/// Whether `code` is a known certification.
pub fn is_known(code: &str) -> bool {
    TABLE.iter().any(|(c, ..)| *c == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_lowercase_and_include_the_issue_list() {
        let codes: Vec<&str> = TABLE.iter().map(|t| t.0).collect();
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
        assert!(codes.iter().all(|c| c
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '_')));
        for code in [
            "iso_9001",
            "iso_14001",
            "iatf_16949",
            "iso_13485",
            "en_9100",
            "iso_27001",
            "iso_50001",
        ] {
            assert!(is_known(code), "{code}");
        }
        assert!(!is_known("ISO 9001"));
    }
}
