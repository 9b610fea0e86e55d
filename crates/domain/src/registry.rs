//! Czech company register values: the IČO (company id), legal-form names, and the
//! formatting rules for addresses and activity codes as the register delivers them.
//!
//! Everything here is pure: the API's ARES client fetches the record and uses these
//! rules to turn it into what a person would write on a letter or a profile form.

use std::fmt;

use crate::DomainError;

/// Number of digits of an IČO.
pub const ICO_DIGITS: usize = 8;

/// Weights of the first seven digits in the IČO check-digit rule (modulo 11).
const ICO_WEIGHTS: [u32; 7] = [8, 7, 6, 5, 4, 3, 2];

/// A Czech company id (IČO, *identifikační číslo osoby*): eight digits whose last one is
/// a modulo-11 check digit over the first seven.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Ico(String);

impl Ico {
    /// Parses an IČO as typed: white space anywhere is ignored (`255 96 641`), then exactly
    /// eight digits with a correct check digit are required. Leading zeros must be typed
    /// (`00006947`), a shorter number is refused.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let value: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
        if value.is_empty() {
            return Err(DomainError::Required);
        }
        if value.len() != ICO_DIGITS || !value.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DomainError::InvalidIco);
        }
        let digits: Vec<u32> = value.bytes().map(|b| u32::from(b - b'0')).collect();
        if ico_check_digit(&digits[..7]) != digits[7] {
            return Err(DomainError::InvalidIco);
        }
        Ok(Ico(value))
    }

    /// The eight digits, e.g. `00006947`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Ico {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The check digit for the first seven digits of an IČO: `r = Σ weight·digit mod 11`,
/// check digit `(11 − r) mod 10` (so `r = 0` gives 1 and `r = 1` gives 0).
fn ico_check_digit(first_seven: &[u32]) -> u32 {
    let sum: u32 = first_seven
        .iter()
        .zip(ICO_WEIGHTS)
        .map(|(d, w)| d * w)
        .sum();
    (11 - sum % 11) % 10
}

/// Czech names of the common legal forms, by the code of the Czech Statistical Office's
/// code list *Právní forma* (ČSÚ číselník 56) that ARES returns as `pravniForma`.
const LEGAL_FORMS: &[(&str, &str)] = &[
    ("100", "Podnikající osoba tuzemská"),
    ("101", "Fyzická osoba podnikající dle živnostenského zákona"),
    (
        "102",
        "Fyzická osoba podnikající dle živnostenského zákona zapsaná v obchodním rejstříku",
    ),
    (
        "105",
        "Fyzická osoba podnikající dle jiných zákonů než živnostenského a zákona o zemědělství",
    ),
    ("107", "Zemědělský podnikatel – fyzická osoba"),
    ("111", "Veřejná obchodní společnost"),
    ("112", "Společnost s ručením omezeným"),
    ("113", "Komanditní společnost"),
    ("117", "Nadace"),
    ("118", "Nadační fond"),
    ("121", "Akciová společnost"),
    ("141", "Obecně prospěšná společnost"),
    ("145", "Společenství vlastníků jednotek"),
    ("161", "Ústav"),
    ("205", "Družstvo"),
    ("301", "Státní podnik"),
    ("325", "Organizační složka státu"),
    ("331", "Příspěvková organizace"),
    ("332", "Státní příspěvková organizace"),
    ("421", "Odštěpný závod zahraniční právnické osoby"),
    ("601", "Vysoká škola"),
    ("641", "Školská právnická osoba"),
    ("661", "Veřejná výzkumná instituce"),
    ("701", "Sdružení (svaz, spolek, společnost, klub aj.)"),
    ("706", "Spolek"),
    ("707", "Odborová organizace"),
    ("708", "Organizace zaměstnavatelů"),
    ("736", "Pobočný spolek"),
    ("741", "Stavovská organizace – profesní komora"),
    ("745", "Komora (s výjimkou profesních komor)"),
    ("751", "Zájmové sdružení právnických osob"),
    ("771", "Svazek obcí"),
    ("801", "Obec"),
    ("804", "Kraj"),
    ("811", "Městská část, městský obvod"),
    ("931", "Evropské hospodářské zájmové sdružení"),
    ("932", "Evropská společnost"),
    ("933", "Evropská družstevní společnost"),
    ("941", "Evropské seskupení pro územní spolupráci"),
];

/// The Czech name of a legal form code such as `112` ("Společnost s ručením omezeným");
/// `None` for codes outside the common list.
pub fn legal_form_name(code: &str) -> Option<&'static str> {
    let code = code.trim();
    LEGAL_FORMS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, name)| *name)
}

/// A CZ-NACE activity code in NACE Rev. 2 notation: `2221` → `22.21` (class),
/// `46900` (Czech five-digit subclass) → `46.90` (its class), `462` → `46.2` (group),
/// `46` → `46` (division). Anything else (letters, other lengths) gives `None`.
pub fn nace_class(cz_nace: &str) -> Option<String> {
    let code = cz_nace.trim();
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match code.len() {
        2 => Some(code.to_owned()),
        3 => Some(format!("{}.{}", &code[..2], &code[2..])),
        4 | 5 => Some(format!("{}.{}", &code[..2], &code[2..4])),
        _ => None,
    }
}

/// [`nace_class`] for a list of codes: unusable codes dropped, duplicates removed, the
/// register's order kept (`["2229", "22290", "46900"]` → `["22.29", "46.90"]`).
pub fn nace_classes<'a>(cz_nace: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for class in cz_nace.into_iter().filter_map(nace_class) {
        if !out.contains(&class) {
            out.push(class);
        }
    }
    out
}

/// A Czech postal code (PSČ) as written: `46010` or `460 10` → `460 10`; `None` unless
/// it is five digits.
pub fn format_postal_code(raw: &str) -> Option<String> {
    let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 5 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{} {}", &digits[..3], &digits[3..]))
}

/// The parts of a Czech address line as the register keeps them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CzAddressLine<'a> {
    /// Street name (`nazevUlice`), absent in villages without street names.
    pub street: Option<&'a str>,
    /// Part of the municipality (`nazevCastiObce`), used when there is no street.
    pub part_of_town: Option<&'a str>,
    /// House number (`cisloDomovni`): the *číslo popisné*, or the *číslo evidenční* of
    /// a provisional building when `registration_number` is set.
    pub house_number: Option<&'a str>,
    /// Whether `house_number` is a *číslo evidenční* (written `č. ev. 12`).
    pub registration_number: bool,
    /// Number along the street (`cisloOrientacni`).
    pub orientation_number: Option<&'a str>,
    /// Letter of the orientation number (`cisloOrientacniPismeno`), e.g. `a`.
    pub orientation_letter: Option<&'a str>,
}

/// A trimmed, non-empty part.
fn clean(part: Option<&str>) -> Option<&str> {
    part.map(str::trim).filter(|s| !s.is_empty())
}

impl CzAddressLine<'_> {
    /// The line as Czechs write it: `Švermova 1087/36a`, `Švermova 1087`, without a street
    /// the part of town with the number (`Světlík 12`), `Lhota č. ev. 7` for a provisional
    /// building; `None` when nothing is known.
    pub fn format(&self) -> Option<String> {
        let orientation = clean(self.orientation_number)
            .map(|n| format!("{n}{}", clean(self.orientation_letter).unwrap_or_default()));
        let house = clean(self.house_number).map(|n| {
            if self.registration_number {
                format!("č. ev. {n}")
            } else {
                n.to_owned()
            }
        });
        let number = match (house, orientation) {
            (Some(house), Some(orientation)) => Some(format!("{house}/{orientation}")),
            (house, orientation) => house.or(orientation),
        };
        let name = clean(self.street).or(clean(self.part_of_town));
        match (name, number) {
            (Some(name), Some(number)) => Some(format!("{name} {number}")),
            (Some(name), None) => Some(name.to_owned()),
            (None, number) => number,
        }
    }
}

/// The town as written above a Czech address: the municipality (`nazevObce`), except in
/// Prague, whose numbered districts are part of the postal town (`Praha 7`).
pub fn postal_town(municipality: &str, district: Option<&str>) -> String {
    let municipality = municipality.trim();
    if let Some(district) = district.map(str::trim) {
        let numbered = district
            .strip_prefix(municipality)
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if numbered {
            return district.to_owned();
        }
    }
    municipality.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_valid_icos() {
        for valid in [
            "25596641", "00006947", "27074358", "27082440", "00216208", "45274649",
        ] {
            assert_eq!(Ico::parse(valid).unwrap().as_str(), valid);
        }
        assert_eq!(Ico::parse(" 255 96 641 ").unwrap().as_str(), "25596641");
        assert_eq!(Ico::parse("25596641\n").unwrap().to_string(), "25596641");
    }

    #[test]
    fn check_digit_edge_cases() {
        // r = 0 → 1: 2·8 + 5·7 + 5·6 + 9·5 + 6·4 + 6·3 + 4·2 = 176 = 16·11
        assert_eq!(ico_check_digit(&[2, 5, 5, 9, 6, 6, 4]), 1);
        // r = 1 → 0: 9·5 = 45 = 4·11 + 1
        assert_eq!(ico_check_digit(&[0, 0, 0, 9, 0, 0, 0]), 0);
        // r = 10 → 1: 5·2 = 10
        assert_eq!(ico_check_digit(&[0, 0, 0, 0, 0, 0, 5]), 1);
        // otherwise 11 − r: 1·3 = 3 → 8
        assert_eq!(ico_check_digit(&[0, 0, 0, 0, 0, 1, 0]), 8);
        assert!(Ico::parse("00090000").is_ok());
        assert!(Ico::parse("00000001").is_ok(), "all-zero prefix: r = 0 → 1");
        assert_eq!(Ico::parse("00000000"), Err(DomainError::InvalidIco));
    }

    #[test]
    fn rejects_invalid_icos() {
        assert_eq!(Ico::parse(""), Err(DomainError::Required));
        assert_eq!(Ico::parse("   "), Err(DomainError::Required));
        for bad in [
            "25596642",
            "25596640",
            "00006948",
            "27074357",
            "6947",
            "2559664",
            "255966411",
            "2559664a",
            "CZ25596641",
            "25-596641",
            "２５５９６６４１",
        ] {
            assert_eq!(
                Ico::parse(bad),
                Err(DomainError::InvalidIco),
                "{bad} should be rejected"
            );
        }
    }

    #[test]
    fn legal_forms() {
        assert_eq!(
            legal_form_name("112"),
            Some("Společnost s ručením omezeným")
        );
        assert_eq!(legal_form_name("121"), Some("Akciová společnost"));
        assert_eq!(legal_form_name(" 706 "), Some("Spolek"));
        assert_eq!(legal_form_name("999"), None);
        let mut codes: Vec<_> = LEGAL_FORMS.iter().map(|(c, _)| *c).collect();
        codes.dedup();
        assert_eq!(
            codes.len(),
            LEGAL_FORMS.len(),
            "codes are sorted and unique"
        );
        assert!(LEGAL_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn nace_notation() {
        assert_eq!(nace_class("2221").as_deref(), Some("22.21"));
        assert_eq!(nace_class("46900").as_deref(), Some("46.90"));
        assert_eq!(nace_class("46").as_deref(), Some("46"));
        assert_eq!(nace_class("462").as_deref(), Some("46.2"));
        assert_eq!(nace_class("01110").as_deref(), Some("01.11"));
        for bad in ["", "4", "469000", "G", "46.90", "46a"] {
            assert_eq!(nace_class(bad), None, "{bad}");
        }
        assert_eq!(
            nace_classes(["2229", "22290", "46900"]),
            vec!["22.29", "46.90"]
        );
        assert_eq!(
            nace_classes(["46900", "G", "2221", "46"]),
            vec!["46.90", "22.21", "46"]
        );
    }

    #[test]
    fn postal_codes() {
        assert_eq!(format_postal_code("76001").as_deref(), Some("760 01"));
        assert_eq!(format_postal_code("460 10").as_deref(), Some("460 10"));
        assert_eq!(format_postal_code("4601"), None);
        assert_eq!(format_postal_code("D-01067"), None);
    }

    #[test]
    fn address_lines() {
        let line = CzAddressLine {
            street: Some("tř. Tomáše Bati"),
            part_of_town: Some("Zlín"),
            house_number: Some("1234"),
            orientation_number: Some("5"),
            orientation_letter: Some("a"),
            ..Default::default()
        };
        assert_eq!(line.format().as_deref(), Some("tř. Tomáše Bati 1234/5a"));
        let only_house = CzAddressLine {
            street: Some("Švermova"),
            house_number: Some("1087"),
            ..Default::default()
        };
        assert_eq!(only_house.format().as_deref(), Some("Švermova 1087"));
        let village = CzAddressLine {
            street: Some(" "),
            part_of_town: Some("Světlík"),
            house_number: Some("12"),
            ..Default::default()
        };
        assert_eq!(village.format().as_deref(), Some("Světlík 12"));
        let provisional = CzAddressLine {
            part_of_town: Some("Lhota"),
            house_number: Some("7"),
            registration_number: true,
            ..Default::default()
        };
        assert_eq!(provisional.format().as_deref(), Some("Lhota č. ev. 7"));
        let orientation_only = CzAddressLine {
            street: Some("Na Příkopě"),
            orientation_number: Some("9"),
            ..Default::default()
        };
        assert_eq!(orientation_only.format().as_deref(), Some("Na Příkopě 9"));
        assert_eq!(CzAddressLine::default().format(), None);
    }

    #[test]
    fn postal_towns() {
        assert_eq!(postal_town("Praha", Some("Praha 7")), "Praha 7");
        assert_eq!(postal_town("Liberec", None), "Liberec");
        assert_eq!(postal_town("Brno", Some("Brno-střed")), "Brno");
        assert_eq!(postal_town("Praha", Some("Praha-Suchdol")), "Praha");
        assert_eq!(
            postal_town("Ostrava", Some("Moravská Ostrava a Přívoz")),
            "Ostrava"
        );
    }

    proptest! {
        #[test]
        fn every_prefix_has_exactly_one_valid_check_digit(prefix in "[0-9]{7}") {
            let valid: Vec<u32> = (0..10).filter(|d| Ico::parse(&format!("{prefix}{d}")).is_ok()).collect();
            prop_assert_eq!(valid.len(), 1);
            let digits: Vec<u32> = prefix.bytes().map(|b| u32::from(b - b'0')).collect();
            prop_assert_eq!(valid[0], ico_check_digit(&digits));
        }

        #[test]
        fn parsing_ignores_white_space(prefix in "[0-9]{7}", split in 0usize..8) {
            let digits: Vec<u32> = prefix.bytes().map(|b| u32::from(b - b'0')).collect();
            let ico = format!("{prefix}{}", ico_check_digit(&digits));
            let spaced = format!(" {} {} ", &ico[..split], &ico[split..]);
            prop_assert_eq!(Ico::parse(&spaced).unwrap().to_string(), ico);
        }

        #[test]
        fn a_single_changed_digit_is_detected(prefix in "[0-9]{7}", position in 0usize..8, delta in 1u32..10) {
            let digits: Vec<u32> = prefix.bytes().map(|b| u32::from(b - b'0')).collect();
            let mut all = digits.clone();
            all.push(ico_check_digit(&digits));
            let remainder = |d: &[u32]| d.iter().zip(ICO_WEIGHTS).map(|(d, w)| d * w).sum::<u32>() % 11;
            let before = remainder(&all[..7]);
            all[position] = (all[position] + delta) % 10;
            let after = remainder(&all[..7]);
            let changed: String = all.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
            // The weights are prime to 11, so a changed digit always changes the remainder;
            // only remainders 0 and 10 share the check digit 1 and cannot be told apart.
            prop_assume!(!matches!((before, after), (0, 10) | (10, 0)));
            prop_assert_eq!(Ico::parse(&changed), Err(DomainError::InvalidIco));
        }

        #[test]
        fn never_panics(s in "\\PC{0,20}") {
            let _ = Ico::parse(&s);
            let _ = nace_class(&s);
            let _ = format_postal_code(&s);
            let _ = legal_form_name(&s);
            let _ = postal_town(&s, Some(&s));
        }

        #[test]
        fn nace_classes_are_unique_and_well_formed(codes in proptest::collection::vec("[0-9]{2,5}", 0..10)) {
            let classes = nace_classes(codes.iter().map(String::as_str));
            for (i, class) in classes.iter().enumerate() {
                prop_assert!(!classes[..i].contains(class));
                prop_assert!(class.len() == 2 || (class.len() >= 4 && &class[2..3] == "."));
            }
        }
    }
}
