//! `/api/v1/registry/*`: company data from public registers, to fill in forms.

pub mod lookup_cz_company;
