//! Client of ARES, the Czech Administrative Register of Economic Subjects
//! (REST API v3, `GET {base}/ekonomicke-subjekty/{ico}` → `EkonomickySubjekt`).

use std::time::Duration;

use anyhow::{anyhow, bail, Context};
use chrono::NaiveDate;
use glokal_api_types::{CompanyRegistryRecord, RegistrySource};
use glokal_domain::{
    format_postal_code, legal_form_name, nace_classes, postal_town, CzAddressLine, Ico,
};
use reqwest::header::ACCEPT;
use reqwest::StatusCode;
use serde::Deserialize;

use super::RegistryError;

/// Longest wait for the TCP/TLS connection to ARES.
pub const ARES_CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// Longest wait for the whole answer, connection included. There are no retries: the
/// person at the form can simply press the button again.
pub const ARES_TIMEOUT: Duration = Duration::from_secs(4);
/// Largest answer read (real ones are a few KB).
const MAX_BODY_BYTES: usize = 1 << 20;

/// An HTTP client for one ARES base URL; cheap to share, reuses its connections.
pub struct AresClient {
    http: reqwest::Client,
    base_url: String,
}

impl AresClient {
    /// A client for `base_url` such as `https://ares.gov.cz/ekonomicke-subjekty-v-be/rest`.
    pub fn new(base_url: &str) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .connect_timeout(ARES_CONNECT_TIMEOUT)
            .timeout(ARES_TIMEOUT)
            .retry(reqwest::retry::never())
            .user_agent(concat!(
                "Glokal/",
                env!("CARGO_PKG_VERSION"),
                " (+https://github.com/glokal-platform/glokal)"
            ))
            .build()
            .context("cannot build the HTTP client for ARES")?;
        Ok(AresClient {
            http,
            base_url: base_url.trim_end_matches('/').to_owned(),
        })
    }

    /// Fetches and maps one company. 404 with ARES's `NENALEZENO` body is
    /// [`RegistryError::NotFound`]; everything else that is not a readable 200 is
    /// [`RegistryError::Unavailable`] (a 404 without that body means a wrong base URL).
    pub async fn fetch(&self, ico: &Ico) -> Result<CompanyRegistryRecord, RegistryError> {
        let url = format!("{}/ekonomicke-subjekty/{}", self.base_url, ico);
        let response = self
            .http
            .get(&url)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .with_context(|| format!("request to {url} failed"))
            .map_err(RegistryError::Unavailable)?;
        let status = response.status();
        let body = read_body(response)
            .await
            .map_err(RegistryError::Unavailable)?;
        if status == StatusCode::OK {
            let subject: EkonomickySubjekt = serde_json::from_slice(&body)
                .with_context(|| {
                    format!(
                        "ARES answered 200 with a body we cannot read: {}",
                        excerpt(&body)
                    )
                })
                .map_err(RegistryError::Unavailable)?;
            return Ok(subject.into_record(ico));
        }
        if status == StatusCode::NOT_FOUND && is_not_found_answer(&body) {
            return Err(RegistryError::NotFound);
        }
        let hint = if status == StatusCode::NOT_FOUND {
            " (not ARES's own not-found answer: is GLOKAL_ARES_URL right?)"
        } else {
            ""
        };
        Err(RegistryError::Unavailable(anyhow!(
            "ARES answered {status}{hint}: {}",
            excerpt(&body)
        )))
    }
}

/// Reads the body, refusing more than [`MAX_BODY_BYTES`].
async fn read_body(mut response: reqwest::Response) -> anyhow::Result<Vec<u8>> {
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .context("reading the ARES answer failed")?
    {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            bail!("the ARES answer is larger than {MAX_BODY_BYTES} bytes");
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The start of a body, for log messages.
fn excerpt(body: &[u8]) -> String {
    String::from_utf8_lossy(body).chars().take(200).collect()
}

/// ARES's error body, e.g. `{"kod": "NENALEZENO", "popis": "…", "subKod": "VYSTUP_SUBJEKT_NENALEZEN"}`.
#[derive(Debug, Deserialize)]
struct AresErrorBody {
    kod: Option<String>,
}

fn is_not_found_answer(body: &[u8]) -> bool {
    serde_json::from_slice::<AresErrorBody>(body)
        .is_ok_and(|e| e.kod.as_deref() == Some("NENALEZENO"))
}

/// A number that ARES sends as a JSON number or, in some versions, as a string.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum NumberOrText {
    Number(u64),
    Text(String),
}

impl NumberOrText {
    fn text(&self) -> String {
        match self {
            NumberOrText::Number(n) => n.to_string(),
            NumberOrText::Text(s) => s.trim().to_owned(),
        }
    }
}

/// The parts of ARES's `EkonomickySubjekt` we use; all other fields are ignored.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct EkonomickySubjekt {
    obchodni_jmeno: String,
    dic: Option<String>,
    pravni_forma: Option<NumberOrText>,
    datum_vzniku: Option<String>,
    datum_zaniku: Option<String>,
    sidlo: Option<Adresa>,
    cz_nace: Option<Vec<String>>,
}

/// ARES's structured address (`sidlo`).
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Adresa {
    kod_statu: Option<String>,
    nazev_obce: Option<String>,
    nazev_mestskeho_obvodu: Option<String>,
    nazev_casti_obce: Option<String>,
    nazev_ulice: Option<String>,
    cislo_domovni: Option<NumberOrText>,
    /// 1 = *číslo popisné*, 2 = *číslo evidenční*.
    typ_cislo_domovni: Option<NumberOrText>,
    cislo_orientacni: Option<NumberOrText>,
    cislo_orientacni_pismeno: Option<String>,
    psc: Option<NumberOrText>,
}

/// A trimmed, non-empty text.
fn non_empty(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// `2003-01-15` (a time part, if ever sent, is ignored); unreadable dates are dropped.
fn date(value: Option<&str>) -> Option<NaiveDate> {
    let value = value?.trim();
    let parsed = NaiveDate::parse_from_str(value.get(..10).unwrap_or(value), "%Y-%m-%d");
    if parsed.is_err() {
        tracing::debug!(value, "unreadable date from ARES ignored");
    }
    parsed.ok()
}

impl EkonomickySubjekt {
    fn into_record(self, ico: &Ico) -> CompanyRegistryRecord {
        let seat = self.sidlo.unwrap_or_default();
        let house_number = seat.cislo_domovni.as_ref().map(NumberOrText::text);
        let orientation_number = seat.cislo_orientacni.as_ref().map(NumberOrText::text);
        let street = CzAddressLine {
            street: seat.nazev_ulice.as_deref(),
            part_of_town: non_empty(seat.nazev_casti_obce.as_deref())
                .or(non_empty(seat.nazev_obce.as_deref()))
                .as_deref(),
            house_number: house_number.as_deref(),
            registration_number: seat
                .typ_cislo_domovni
                .as_ref()
                .is_some_and(|t| t.text() == "2"),
            orientation_number: orientation_number.as_deref(),
            orientation_letter: seat.cislo_orientacni_pismeno.as_deref(),
        }
        .format();
        let country = non_empty(seat.kod_statu.as_deref()).map(|c| c.to_ascii_uppercase());
        let postal_code = seat
            .psc
            .as_ref()
            .map(NumberOrText::text)
            .filter(|p| !p.is_empty())
            .map(|raw| {
                // Czech postal codes are written `460 10`; foreign ones stay as sent.
                match country.as_deref() {
                    None | Some("CZ") => format_postal_code(&raw).unwrap_or(raw),
                    Some(_) => raw,
                }
            });
        let city = non_empty(seat.nazev_obce.as_deref())
            .map(|town| postal_town(&town, seat.nazev_mestskeho_obvodu.as_deref()));
        let legal_form_code = self
            .pravni_forma
            .as_ref()
            .map(NumberOrText::text)
            .filter(|c| !c.is_empty());
        CompanyRegistryRecord {
            ico: ico.as_str().to_owned(),
            dic: non_empty(self.dic.as_deref()),
            name: self.obchodni_jmeno.trim().to_owned(),
            legal_form: legal_form_code
                .as_deref()
                .and_then(legal_form_name)
                .map(str::to_owned),
            legal_form_code,
            street,
            postal_code,
            city,
            country,
            nace_codes: nace_classes(self.cz_nace.iter().flatten().map(String::as_str)),
            founded_on: date(self.datum_vzniku.as_deref()),
            dissolved_on: date(self.datum_zaniku.as_deref()),
            source: RegistrySource::Ares,
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn map(value: serde_json::Value, ico: &str) -> CompanyRegistryRecord {
        let subject: EkonomickySubjekt = serde_json::from_value(value).expect("readable");
        subject.into_record(&Ico::parse(ico).unwrap())
    }

    #[test]
    fn prague_company_with_number_fields_as_strings() {
        let record = map(
            json!({
                "ico": "27082440",
                "obchodniJmeno": " Alza.cz a.s. ",
                "pravniForma": "121",
                "dic": "CZ27082440",
                "datumVzniku": "2003-08-26",
                "sidlo": {
                    "kodStatu": "CZ", "nazevObce": "Praha", "nazevMestskehoObvodu": "Praha 7",
                    "nazevCastiObce": "Holešovice", "nazevUlice": "Jankovcova",
                    "cisloDomovni": "1522", "typCisloDomovni": "1", "cisloOrientacni": "53", "psc": "17000",
                    "textovaAdresa": "Jankovcova 1522/53, Holešovice, 17000 Praha 7", "standardizaceAdresy": true
                },
                "czNace": ["47910", "4791", "G"],
                "unknownField": {"nested": [1, 2, 3]}
            }),
            "27082440",
        );
        assert_eq!(record.name, "Alza.cz a.s.");
        assert_eq!(record.legal_form.as_deref(), Some("Akciová společnost"));
        assert_eq!(record.street.as_deref(), Some("Jankovcova 1522/53"));
        assert_eq!(record.postal_code.as_deref(), Some("170 00"));
        assert_eq!(record.city.as_deref(), Some("Praha 7"));
        assert_eq!(record.nace_codes, vec!["47.91"]);
        assert_eq!(record.founded_on, NaiveDate::from_ymd_opt(2003, 8, 26));
    }

    #[test]
    fn sparse_records_map_to_nones() {
        let record = map(
            json!({"obchodniJmeno": "Jan Novák", "pravniForma": "999", "czNace": null, "datumVzniku": "gestern"}),
            "00006947",
        );
        assert_eq!(record.ico, "00006947");
        assert_eq!(record.legal_form_code.as_deref(), Some("999"));
        assert_eq!(record.legal_form, None);
        assert_eq!(
            (
                record.street,
                record.postal_code,
                record.city,
                record.country
            ),
            (None, None, None, None)
        );
        assert!(record.nace_codes.is_empty());
        assert_eq!(record.founded_on, None);
        assert_eq!(record.source, RegistrySource::Ares);
    }

    #[test]
    fn provisional_buildings_and_foreign_seats() {
        let record = map(
            json!({"obchodniJmeno": "Chata", "sidlo": {"kodStatu": "CZ", "nazevObce": "Lhota", "cisloDomovni": 7, "typCisloDomovni": 2, "psc": 27001}}),
            "25596641",
        );
        assert_eq!(record.street.as_deref(), Some("Lhota č. ev. 7"));
        assert_eq!(record.postal_code.as_deref(), Some("270 01"));
        let record = map(
            json!({"obchodniJmeno": "Sachsen GmbH", "sidlo": {"kodStatu": "de", "nazevObce": "Dresden", "nazevUlice": "Prager Straße", "cisloDomovni": 2, "psc": "01069"}}),
            "25596641",
        );
        assert_eq!(record.country.as_deref(), Some("DE"));
        assert_eq!(record.postal_code.as_deref(), Some("01069"));
        assert_eq!(record.street.as_deref(), Some("Prager Straße 2"));
    }

    #[test]
    fn only_the_ares_not_found_body_means_not_found() {
        assert!(is_not_found_answer(br#"{"kod":"NENALEZENO","popis":"Ekonomick\u00fd subjekt nebyl nalezen.","subKod":"VYSTUP_SUBJEKT_NENALEZEN"}"#));
        assert!(!is_not_found_answer(
            br#"{"status":404,"error":"Not Found","path":"/x"}"#
        ));
        assert!(!is_not_found_answer(b""));
        assert!(!is_not_found_answer(b"<html>Not Found</html>"));
    }
}
