//! `/organizations/import` (institution staff, platform admins): choose a CSV or XLSX file,
//! check it first (dry run: rows read, what would be created, per-row errors, duplicates with
//! their reason), then import the good rows; the recognised column headers and the export of
//! all organisations beside it.

use glokal_api_types::{DuplicateReason, ImportReport};
use leptos::either::Either;
use leptos::html::Input;
use leptos::prelude::*;

use super::columns::{field_label, COLUMNS};
use super::export_buttons;
use crate::api::use_api;
use crate::components::alert::{Alert, AlertKind};
use crate::components::form::{FieldErrorText, FieldState, FormError, FormFeedback};
use crate::components::fresh::Fresh;
use crate::components::task::{task, Job};
use crate::i18n::{t_args, tr, use_page_title, Arg};
use crate::pages::restricted_page;
use crate::pages::statistics::may_read_statistics;

/// What the file input accepts.
const ACCEPT: &str =
    ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// The page (login required; institution staff and platform admins, as the API decides).
#[component]
pub fn ImportPage() -> impl IntoView {
    use_page_title(tr("crm-import-title"));
    restricted_page(
        may_read_statistics,
        "crm-import-forbidden",
        "import-forbidden",
        ("/organizations", "crm-back-directory"),
        import_page,
    )
}

fn import_page() -> impl IntoView {
    let api = use_api();
    let file_input = NodeRef::<Input>::new();
    let chosen = RwSignal::new(None::<String>);
    let report = RwSignal::new(None::<ImportReport>);
    let done = RwSignal::new(None::<ImportReport>);
    let feedback = FormFeedback::new();
    let checking = task();
    let importing = task();

    let selected = move || {
        file_input
            .get_untracked()
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
    };
    let on_change = move |_| {
        feedback.clear();
        report.set(None);
        done.set(None);
        chosen.set(selected().map(|f| f.name()));
    };
    let run = move |dry_run: bool| {
        feedback.clear();
        let Some(file) = selected() else {
            let mut fields = std::collections::BTreeMap::new();
            fields.insert("file".to_owned(), "required".to_owned());
            feedback.fail_and_focus("import-form", crate::api::ApiClientError::Invalid(fields));
            return;
        };
        let job = Job::new(async move {
            match api.import_organizations(&file, dry_run).await {
                Ok(answer) if dry_run => {
                    done.set(None);
                    report.set(Some(answer));
                }
                Ok(answer) => {
                    report.set(None);
                    done.set(Some(answer));
                }
                Err(error) => feedback.fail_and_focus("import-form", error),
            }
        });
        if dry_run {
            checking.dispatch_local(job);
        } else {
            importing.dispatch_local(job);
        }
    };
    let busy = Memo::new(move |_| checking.pending().get() || importing.pending().get());
    let file_state = FieldState::new(feedback, "file");

    let report_view = move || {
        Fresh(
            report
                .get()
                .map(|r| report_card(r, busy, move || run(false))),
        )
    };
    let done_view = move || {
        Fresh(done.get().map(|r| {
            view! {
                <Alert kind=AlertKind::Success>
                    <p data-testid="import-done" data-created=r.created.to_string()>
                        {t_args("crm-import-done", vec![("count", Arg::Num(r.created as f64))])}
                    </p>
                    <p><a href="/organizations?sort=newest" data-testid="import-directory">{tr("crm-import-to-directory")}</a></p>
                </Alert>
            }
        }))
    };

    view! {
        <section class="container members-page crm-page" data-testid="import-page">
            <header class="page-header">
                <p class="back-link"><a href="/organizations">{tr("crm-back-directory")}</a></p>
                <h1>{tr("crm-import-title")}</h1>
                <p class="muted">{tr("crm-import-lead")}</p>
            </header>
            <div class="members-layout">
                <div class="members-main">
                    <section class="card members-card" aria-labelledby="import-file-title">
                        <h2 id="import-file-title">{tr("crm-import-step-file")}</h2>
                        <form id="import-form" class="form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); run(true); }>
                            <FormError feedback=feedback />
                            <div class="field" class:field-invalid=file_state.invalid()>
                                <label for="import-file" class="field-label">{tr("crm-import-file")}</label>
                                <p class="field-hint" id="import-file-hint">{tr("crm-import-file-hint")}</p>
                                <input id="import-file" name="import-file" type="file" class="crm-file" accept=ACCEPT
                                    node_ref=file_input data-testid="import-file"
                                    aria-invalid=file_state.aria_invalid()
                                    aria-describedby="import-file-hint import-file-error"
                                    on:change=on_change />
                                <FieldErrorText id="import-file-error" state=file_state />
                            </div>
                            <ul class="crm-formats">
                                <li>{tr("crm-import-format-csv")}</li>
                                <li>{tr("crm-import-format-xlsx")}</li>
                                <li>{tr("crm-import-format-headers")}</li>
                                <li>{tr("crm-import-format-values")}</li>
                            </ul>
                            <div class="crm-actions">
                                <button type="submit" class="btn btn-primary" data-testid="import-check" disabled=move || busy.get()>
                                    {tr("crm-import-check")}
                                </button>
                                <span class="muted" role="status" hidden=move || !checking.pending().get()>
                                    <span class="btn-spinner" aria-hidden="true"></span> " " {tr("crm-import-checking")}
                                </span>
                                <span class="muted crm-file-name">{move || chosen.get().unwrap_or_default()}</span>
                            </div>
                            <p class="muted crm-small">{tr("crm-import-dry-hint")}</p>
                        </form>
                    </section>
                    {done_view}
                    {report_view}
                    {columns_card()}
                </div>
                <aside class="members-side">
                    <section class="card members-card" aria-labelledby="import-export-title">
                        <h2 id="import-export-title">{tr("crm-export-organizations")}</h2>
                        <p class="muted">{tr("crm-export-organizations-hint")}</p>
                        {export_buttons("/organizations/export".to_owned(), "crm-export", "export-organizations", "glokal-organizations")}
                    </section>
                </aside>
            </div>
        </section>
    }
}

/// The recognised headers per field, from the API's alias list.
fn columns_card() -> impl IntoView {
    let rows = COLUMNS
        .iter()
        .map(|(field, label, headers)| {
            view! {
                <tr data-field=*field>
                    <th scope="row">{tr(label)}</th>
                    <td>{headers.join(" · ")}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card members-card" aria-labelledby="import-columns-title" data-testid="import-columns">
            <h2 id="import-columns-title">{tr("crm-columns-title")}</h2>
            <p class="muted">{tr("crm-columns-hint")}</p>
            <div class="crm-table-wrap" tabindex="0" role="region" aria-labelledby="import-columns-title">
                <table class="crm-table crm-columns">
                    <thead><tr><th scope="col">{tr("crm-col-field")}</th><th scope="col">{tr("crm-col-headers")}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The report of a dry run: figures, errors first, duplicates, how the columns were read, and
/// the button that imports.
fn report_card(
    report: ImportReport,
    busy: Memo<bool>,
    import: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let mut errors = report.errors.clone();
    errors.sort_by_key(|e| e.row);
    let error_rows = {
        let mut rows: Vec<u32> = errors.iter().map(|e| e.row).collect();
        rows.dedup();
        rows.len()
    };
    let figure = |label: &'static str, value: usize, testid: &'static str, warn: bool| {
        view! {
            <div class="crm-figure" class:crm-figure-warn=warn data-testid=testid data-value=value.to_string()>
                <dt>{tr(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let error_table = (!errors.is_empty()).then(|| {
        let rows = errors
            .into_iter()
            .map(|e| {
                let field = match field_label(&e.field) {
                    Some(id) => Either::Left(tr(id)),
                    None => Either::Right(e.field.clone()),
                };
                view! {
                    <tr data-testid="import-error-row" data-row=e.row.to_string() data-field=e.field.clone() data-code=e.code.clone()>
                        <td class="crm-num">{e.row}</td>
                        <td>{field}</td>
                        <td>{e.message.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3 class="crm-section-title crm-section-bad">{tr("crm-import-errors")}</h3>
            <p class="muted crm-small">{tr("crm-import-errors-hint")}</p>
            <div class="crm-table-wrap" tabindex="0" role="region" aria-label=tr("crm-import-errors")>
                <table class="crm-table" data-testid="import-errors">
                    <thead><tr>
                        <th scope="col">{tr("crm-col-row")}</th>
                        <th scope="col">{tr("crm-col-field")}</th>
                        <th scope="col">{tr("crm-col-problem")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let duplicates = report.duplicates.clone();
    let duplicate_table = (!duplicates.is_empty()).then(|| {
        let rows = duplicates
            .into_iter()
            .map(|d| {
                let (reason, reason_attr) = match d.reason {
                    DuplicateReason::Ico => ("crm-dup-ico", "ico"),
                    DuplicateReason::VatId => ("crm-dup-vat_id", "vat_id"),
                    DuplicateReason::NameAndTown => ("crm-dup-name_and_town", "name_and_town"),
                };
                let same_as = match (d.existing_id, d.existing_name.clone(), d.same_as_row) {
                    (Some(id), name, _) => Either::Left(view! {
                        <a href=format!("/organizations/{id}")>{name.unwrap_or_else(|| id.to_string())}</a>
                    }),
                    (None, _, Some(row)) => Either::Right(t_args("crm-dup-same-row", vec![("row", Arg::Num(row as f64))])),
                    (None, _, None) => Either::Right(t_args("crm-dup-same-row", vec![("row", Arg::Num(0.0))])),
                };
                view! {
                    <tr data-testid="import-duplicate-row" data-row=d.row.to_string() data-reason=reason_attr>
                        <td class="crm-num">{d.row}</td>
                        <td>{tr(reason)}</td>
                        <td>{same_as}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <h3 class="crm-section-title">{tr("crm-import-duplicates")}</h3>
            <p class="muted crm-small">{tr("crm-import-duplicates-hint")}</p>
            <div class="crm-table-wrap" tabindex="0" role="region" aria-label=tr("crm-import-duplicates")>
                <table class="crm-table" data-testid="import-duplicates">
                    <thead><tr>
                        <th scope="col">{tr("crm-col-row")}</th>
                        <th scope="col">{tr("crm-col-reason")}</th>
                        <th scope="col">{tr("crm-col-matches")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let columns = report
        .columns
        .iter()
        .map(|c| {
            let understood = match c.field.as_deref() {
                Some(field) => match field_label(field) {
                    Some(id) => Either::Left(tr(id)),
                    None => Either::Right(field.to_owned()),
                },
                None => Either::Left(tr("crm-column-ignored")),
            };
            view! {
                <li class:crm-ignored=c.field.is_none()>
                    <span class="crm-header-name">{c.header.clone()}</span>
                    <span aria-hidden="true">" → "</span>
                    <span class="sr-only">": "</span>
                    {understood}
                </li>
            }
        })
        .collect_view();
    let format_line = match report.delimiter.clone() {
        Some(d) => t_args(
            "crm-import-format-found",
            vec![
                ("format", Arg::Text(report.format.to_uppercase())),
                ("delimiter", Arg::Text(d)),
            ],
        ),
        None => t_args(
            "crm-import-format-found-xlsx",
            vec![("format", Arg::Text(report.format.to_uppercase()))],
        ),
    };
    let importable = report.importable;
    let action = if importable > 0 {
        Either::Left(view! {
            <div class="crm-actions crm-import-go">
                <button type="button" class="btn btn-primary" data-testid="import-run" disabled=move || busy.get() on:click=move |_| import()>
                    {t_args("crm-import-run", vec![("count", Arg::Num(importable as f64))])}
                </button>
                <span class="muted crm-small">{tr("crm-import-run-hint")}</span>
            </div>
        })
    } else {
        Either::Right(
            view! { <Alert kind=AlertKind::Info><p data-testid="import-nothing">{tr("crm-import-nothing")}</p></Alert> },
        )
    };
    view! {
        <section class="card members-card crm-report" aria-labelledby="import-report-title" data-testid="import-report">
            <h2 id="import-report-title">{tr("crm-import-report")}</h2>
            <p class="muted">{format_line}</p>
            <dl class="crm-figures" data-testid="import-summary">
                {figure("crm-import-rows", report.rows as usize, "import-rows", false)}
                {figure("crm-import-importable", importable as usize, "import-importable", false)}
                {figure("crm-import-duplicate-count", report.duplicates.len(), "import-duplicate-count", false)}
                {figure("crm-import-error-count", error_rows, "import-error-count", error_rows > 0)}
            </dl>
            {action}
            {error_table}
            {duplicate_table}
            <details class="crm-columns-found">
                <summary>{tr("crm-import-columns-found")}</summary>
                <ul>{columns}</ul>
            </details>
        </section>
    }
}
