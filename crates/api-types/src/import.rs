//! Bulk import of organisations (CSV/XLSX) by institution staff: the report of a dry run or
//! an import.

use uuid::Uuid;

/// Query of `import_organizations`.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ImportQuery {
    /// `true`: check everything and report, write nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// How a column of the file was understood.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportColumn {
    /// The header as written in the file.
    pub header: String,
    /// The profile field it fills (`name`, `city`, `ico`, `description.cs`, …); `null`: ignored.
    pub field: Option<String>,
}

/// One problem of one row (rows are numbered as a spreadsheet shows them: the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportRowError {
    pub row: u32,
    pub field: String,
    /// Stable code, e.g. `required`, `invalid_ico`, `unknown_nace_code`, `unknown_kind`.
    pub code: String,
    /// The explanation in the caller's language.
    pub message: String,
}

/// Why a row counts as a duplicate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DuplicateReason {
    /// Same Czech company number.
    Ico,
    /// Same VAT id.
    VatId,
    /// Same name in the same town (case and accents ignored).
    NameAndTown,
}

/// A row that is already on the platform or earlier in the file; it is not imported.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportDuplicate {
    pub row: u32,
    pub reason: DuplicateReason,
    /// The organisation on the platform it matches.
    pub existing_id: Option<Uuid>,
    pub existing_name: Option<String>,
    /// The earlier row of the file it matches.
    pub same_as_row: Option<u32>,
}

/// The answer of `import_organizations`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportReport {
    pub dry_run: bool,
    /// `csv` or `xlsx`.
    pub format: String,
    /// The CSV delimiter found (`;` or `,`).
    pub delimiter: Option<String>,
    /// Data rows read (without the header and empty rows).
    pub rows: u32,
    pub columns: Vec<ImportColumn>,
    /// Rows without errors that are no duplicates: imported, or to be imported.
    pub importable: u32,
    /// Organisations created (0 in a dry run).
    pub created: u32,
    pub created_ids: Vec<Uuid>,
    pub errors: Vec<ImportRowError>,
    pub duplicates: Vec<ImportDuplicate>,
}

/// Query of the exports (`export_organizations`, `export_opportunities`, `export_registrations`).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ExportQuery {
    /// `csv` (default: UTF-8 with BOM, `;`-separated) or `xlsx`.
    #[serde(default)]
    pub format: Option<String>,
    /// Include the demo data (default: no).
    #[serde(default)]
    pub include_demo: Option<bool>,
}
