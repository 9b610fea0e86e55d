//! Tables in and out: CSV (UTF-8 with or without BOM, `;` or `,`) and XLSX (first sheet), for
//! the organisation import and the exports. Files written here are UTF-8 CSV with BOM and `;`
//! (what spreadsheet programs in German and Czech settings open directly) or XLSX.

use std::io::Cursor;

use actix_web::http::header::{ContentDisposition, DispositionParam, DispositionType};
use actix_web::HttpResponse;
use calamine::{Data, Reader, Xlsx};

use crate::error::{ApiError, ApiResult};

/// Rows one file may have (without the header).
pub const MAX_ROWS: usize = 100_000;

/// A file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Xlsx,
}

impl Format {
    /// `csv` or `xlsx` from an export's `format` parameter (default CSV).
    pub fn from_query(value: Option<&str>) -> ApiResult<Format> {
        match value.map(str::trim) {
            None | Some("") | Some("csv") => Ok(Format::Csv),
            Some("xlsx") => Ok(Format::Xlsx),
            Some(_) => Err(ApiError::field("format", "unknown_value")),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// A header row and the rows under it, all as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// The CSV delimiter found (`None` for XLSX).
    pub delimiter: Option<char>,
}

/// Why a file could not be read (the error code of field `file`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// A CSV file that is not UTF-8.
    NotUtf8,
    /// No header row.
    Empty,
    /// Not a CSV or XLSX file we can read.
    Unreadable,
    /// More than [`MAX_ROWS`] rows.
    TooManyRows,
}

impl ReadError {
    pub fn code(self) -> &'static str {
        match self {
            ReadError::NotUtf8 => "not_utf8",
            ReadError::Empty => "empty_file",
            ReadError::Unreadable => "unreadable_file",
            ReadError::TooManyRows => "too_many_rows",
        }
    }
}

/// Reads a CSV or XLSX file (XLSX is recognised by its ZIP signature).
pub fn read(bytes: &[u8]) -> Result<(Format, Table), ReadError> {
    if bytes.starts_with(b"PK\x03\x04") {
        Ok((Format::Xlsx, read_xlsx(bytes)?))
    } else {
        Ok((Format::Csv, read_csv(bytes)?))
    }
}

fn read_csv(bytes: &[u8]) -> Result<Table, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| ReadError::NotUtf8)?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter =
        if count_outside_quotes(first_line, ';') >= count_outside_quotes(first_line, ',') {
            ';'
        } else {
            ','
        };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter as u8)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().to_owned()).collect(),
        Some(Err(_)) => return Err(ReadError::Unreadable),
        None => return Err(ReadError::Empty),
    };
    if headers.iter().all(String::is_empty) {
        return Err(ReadError::Empty);
    }
    let mut rows = Vec::new();
    for record in records {
        let record = record.map_err(|_| ReadError::Unreadable)?;
        rows.push(record.iter().map(str::to_owned).collect());
        if rows.len() > MAX_ROWS {
            return Err(ReadError::TooManyRows);
        }
    }
    Ok(Table {
        headers,
        rows,
        delimiter: Some(delimiter),
    })
}

fn count_outside_quotes(line: &str, wanted: char) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c == wanted && !quoted => count += 1,
            _ => {}
        }
    }
    count
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|_| ReadError::Unreadable)?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or(ReadError::Empty)?
        .map_err(|_| ReadError::Unreadable)?;
    let mut rows = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect::<Vec<_>>());
    let headers: Vec<String> = rows.next().ok_or(ReadError::Empty)?;
    if headers.iter().all(String::is_empty) {
        return Err(ReadError::Empty);
    }
    let rows: Vec<Vec<String>> = rows.collect();
    if rows.len() > MAX_ROWS {
        return Err(ReadError::TooManyRows);
    }
    Ok(Table {
        headers: headers.into_iter().map(|h| h.trim().to_owned()).collect(),
        rows,
        delimiter: None,
    })
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        // Numbers that are whole (an IČO, a year, a postal code) without ".0".
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        // A date cell: its serial number (no import column expects a date).
        Data::DateTime(d) => d.as_f64().to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(_) => String::new(),
    }
}

/// Writes a table as CSV (UTF-8 with BOM, `;`) or XLSX (bold, frozen header row).
pub fn write(format: Format, headers: &[&str], rows: &[Vec<String>]) -> ApiResult<Vec<u8>> {
    let unexpected = |e: String| ApiError::Unexpected(anyhow::anyhow!("writing {format:?}: {e}"));
    match format {
        Format::Csv => {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(b';')
                .from_writer(Vec::from("\u{feff}".as_bytes()));
            writer
                .write_record(headers)
                .map_err(|e| unexpected(e.to_string()))?;
            for row in rows {
                writer
                    .write_record(row.iter().map(|v| neutralise(v)))
                    .map_err(|e| unexpected(e.to_string()))?;
            }
            writer.into_inner().map_err(|e| unexpected(e.to_string()))
        }
        Format::Xlsx => {
            let mut workbook = rust_xlsxwriter::Workbook::new();
            let bold = rust_xlsxwriter::Format::new().set_bold();
            let sheet = workbook.add_worksheet();
            for (c, header) in headers.iter().enumerate() {
                sheet
                    .write_string_with_format(0, c as u16, *header, &bold)
                    .map_err(|e| unexpected(e.to_string()))?;
            }
            for (r, row) in rows.iter().enumerate() {
                for (c, value) in row.iter().enumerate() {
                    // Strings, never formulas: a cell starting with "=" stays text.
                    sheet
                        .write_string((r + 1) as u32, c as u16, value)
                        .map_err(|e| unexpected(e.to_string()))?;
                }
            }
            sheet
                .set_freeze_panes(1, 0)
                .map_err(|e| unexpected(e.to_string()))?;
            workbook
                .save_to_buffer()
                .map_err(|e| unexpected(e.to_string()))
        }
    }
}

/// CSV injection: a value a spreadsheet would run as a formula gets a leading apostrophe.
fn neutralise(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// A download answer for a written table.
pub fn download(format: Format, name: &str, body: Vec<u8>) -> HttpResponse {
    let content_type = match format {
        Format::Csv => "text/csv; charset=utf-8",
        Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(ContentDisposition {
            disposition: DispositionType::Attachment,
            parameters: vec![DispositionParam::Filename(format!(
                "{name}.{}",
                format.as_str()
            ))],
        })
        .body(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_bom_and_semicolons() {
        let (format, table) =
            read("\u{feff}Name;Ort\n\"Müller; Söhne\";Zittau\n".as_bytes()).unwrap();
        assert_eq!(format, Format::Csv);
        assert_eq!(table.delimiter, Some(';'));
        assert_eq!(table.headers, ["Name", "Ort"]);
        assert_eq!(
            table.rows,
            [vec!["Müller; Söhne".to_owned(), "Zittau".to_owned()]]
        );
    }

    #[test]
    fn csv_with_commas_and_errors() {
        let (_, table) = read(b"name,city\nA,B\n").unwrap();
        assert_eq!(table.delimiter, Some(','));
        assert_eq!(read(b"\xff\xfeN\0").unwrap_err(), ReadError::NotUtf8);
        assert_eq!(read(b"").unwrap_err(), ReadError::Empty);
        assert_eq!(
            read(b"PK\x03\x04garbage").unwrap_err(),
            ReadError::Unreadable
        );
    }

    #[test]
    fn xlsx_round_trip() {
        let rows = vec![vec!["Nováková plasty".to_owned(), "=1+1".to_owned()]];
        let bytes = write(Format::Xlsx, &["Název", "Poznámka"], &rows).unwrap();
        let (format, table) = read(&bytes).unwrap();
        assert_eq!(format, Format::Xlsx);
        assert_eq!(table.headers, ["Název", "Poznámka"]);
        assert_eq!(table.rows, rows);
    }

    #[test]
    fn csv_export_neutralises_formulas() {
        let bytes = write(Format::Csv, &["a"], &[vec!["=HYPERLINK(1)".to_owned()]]).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.contains("'=HYPERLINK(1)"));
    }
}
