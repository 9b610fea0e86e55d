//! Bar and column charts as inline SVG, each with a summary for screen readers
//! (`role="img"`, `aria-label`) and a table to fold out. Widths are percentages of the chart,
//! texts keep their size: the charts fit any screen width without scaling the writing down.

use glokal_api_types::{BorderSplit, Language, MonthStatistics};
use glokal_i18n::t;
use leptos::either::Either;
use leptos::prelude::*;

use super::format_count;

/// Height of one row of a horizontal bar chart (label line and bar), in pixels.
const ROW: usize = 42;
/// The longest bar, in per cent of the chart's width (the rest holds the value).
const LONGEST: f64 = 82.0;

/// The frame of every chart: heading, the chart (or "no data"), the table behind a toggle.
fn chart_card(
    id: &'static str,
    title: String,
    lang: Language,
    chart: Option<impl IntoView>,
    legend: Option<impl IntoView>,
    table: impl IntoView,
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let body = match chart {
        Some(chart) => Either::Left(view! {
            {chart}
            {legend}
            <details class="stats-table no-print">
                <summary data-testid=format!("{id}-table-toggle")>{t(lang, "stats-show-table")}</summary>
                {table}
            </details>
        }),
        None => {
            Either::Right(view! { <p class="muted stats-empty">{t(lang, "stats-no-data")}</p> })
        }
    };
    let labelled_by = title_id.clone();
    view! {
        <section class="card stats-chart" aria-labelledby=labelled_by data-testid=id>
            <h3 id=title_id>{title}</h3>
            {body}
        </section>
    }
}

/// `Title: A 3, B 5` for the `aria-label` of a chart.
fn summary(title: &str, lang: Language, rows: &[(String, u64)]) -> String {
    let parts: Vec<String> = rows
        .iter()
        .map(|(label, value)| format!("{label} {}", format_count(lang, *value)))
        .collect();
    format!("{title}: {}", parts.join(", "))
}

fn pct(value: f64) -> String {
    format!("{value:.2}%")
}

/// A horizontal bar chart of counts (`rows`: label, count); `column` heads the table's first
/// column.
pub fn bar_chart(
    id: &'static str,
    title: String,
    column: String,
    rows: Vec<(String, u64)>,
    lang: Language,
) -> impl IntoView {
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0);
    let chart = (max > 0).then(|| {
        let bars = rows
            .iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let y = i * ROW;
                let width = *value as f64 / max as f64 * LONGEST;
                view! {
                    <text x="0" y=y + 15 class="stats-label">{label.clone()}</text>
                    <rect x="0" y=y + 22 width=pct(width) height="14" rx="2" class="stats-bar"></rect>
                    <text x=pct(width + 1.5) y=y + 34 class="stats-value">{format_count(lang, *value)}</text>
                }
            })
            .collect_view();
        view! {
            <svg class="stats-svg" width="100%" height=rows.len() * ROW role="img" aria-label=summary(&title, lang, &rows)>
                {bars}
            </svg>
        }
    });
    let body = rows
        .iter()
        .map(|(label, value)| {
            view! { <tr><th scope="row">{label.clone()}</th><td>{format_count(lang, *value)}</td></tr> }
        })
        .collect_view();
    let table = view! {
        <table class="stats-data">
            <thead><tr><th scope="col">{column}</th><th scope="col">{t(lang, "stats-count")}</th></tr></thead>
            <tbody>{body}</tbody>
        </table>
    };
    chart_card(id, title, lang, chart, None::<()>, table)
}

/// Bars split into cross-border and domestic, with a legend.
pub fn split_chart(
    id: &'static str,
    title: String,
    rows: Vec<(String, BorderSplit)>,
    lang: Language,
) -> impl IntoView {
    let max = rows.iter().map(|r| r.1.total).max().unwrap_or(0);
    let cross = t(lang, "stats-cross-border");
    let domestic = t(lang, "stats-domestic");
    let chart = (max > 0).then(|| {
        let label = rows
            .iter()
            .map(|(label, split)| {
                format!(
                    "{label} {} ({cross} {}, {domestic} {})",
                    format_count(lang, split.total),
                    format_count(lang, split.cross_border),
                    format_count(lang, split.domestic)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let bars = rows
            .iter()
            .enumerate()
            .map(|(i, (label, split))| {
                let y = i * ROW;
                let a = split.cross_border as f64 / max as f64 * LONGEST;
                let b = split.domestic as f64 / max as f64 * LONGEST;
                view! {
                    <text x="0" y=y + 15 class="stats-label">{label.clone()}</text>
                    <rect x="0" y=y + 22 width=pct(a) height="14" class="stats-bar-cross"></rect>
                    <rect x=pct(a) y=y + 22 width=pct(b) height="14" class="stats-bar-domestic"></rect>
                    <text x=pct(a + b + 1.5) y=y + 34 class="stats-value">{format_count(lang, split.total)}</text>
                }
            })
            .collect_view();
        view! {
            <svg class="stats-svg" width="100%" height=rows.len() * ROW role="img" aria-label=format!("{title}: {label}")>
                {bars}
            </svg>
        }
    });
    let legend = chart.is_some().then(|| {
        view! {
            <ul class="stats-legend">
                <li><span class="stats-swatch stats-swatch-cross" aria-hidden="true"></span>{cross.clone()}</li>
                <li><span class="stats-swatch stats-swatch-domestic" aria-hidden="true"></span>{domestic.clone()}</li>
            </ul>
        }
    });
    let body = rows
        .iter()
        .map(|(label, split)| {
            view! {
                <tr>
                    <th scope="row">{label.clone()}</th>
                    <td>{format_count(lang, split.cross_border)}</td>
                    <td>{format_count(lang, split.domestic)}</td>
                    <td>{format_count(lang, split.total)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class="stats-data">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "stats-what")}</th>
                    <th scope="col">{cross.clone()}</th>
                    <th scope="col">{domestic.clone()}</th>
                    <th scope="col">{t(lang, "stats-total")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    };
    chart_card(id, title, lang, chart, legend, table)
}

/// `Nov 26` / `November 2026` for a `YYYY-MM` month.
pub fn month_name(lang: Language, month: &str, short: bool) -> String {
    let (year, number) = month.split_once('-').unwrap_or((month, "1"));
    let number = number.trim_start_matches('0');
    if short {
        let year = year.get(2..).unwrap_or(year);
        format!("{} {year}", t(lang, &format!("month-short-{number}")))
    } else {
        format!("{} {year}", t(lang, &format!("month-{number}")))
    }
}

/// Cooperating organisations per month as columns; the table adds the contacts per month.
pub fn month_chart(
    id: &'static str,
    title: String,
    months: &[MonthStatistics],
    lang: Language,
) -> impl IntoView {
    const TOP: f64 = 18.0;
    const BOTTOM: f64 = 140.0;
    let n = months.len().max(1);
    let max = months
        .iter()
        .map(|m| m.cooperating_organizations)
        .max()
        .unwrap_or(0);
    let every = n.div_ceil(6);
    let chart = (!months.is_empty()).then(|| {
        let rows: Vec<(String, u64)> = months
            .iter()
            .map(|m| (month_name(lang, &m.month, false), m.cooperating_organizations))
            .collect();
        let step = 100.0 / n as f64;
        let columns = months
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let value = m.cooperating_organizations;
                let height = if max == 0 { 0.0 } else { value as f64 / max as f64 * (BOTTOM - TOP) };
                let x = i as f64 * step;
                let centre = pct(x + step / 2.0);
                let value_text = (n <= 24 && value > 0).then(|| view! {
                    <text x=centre.clone() y=format!("{:.1}", BOTTOM - height - 4.0) text-anchor="middle" class="stats-value">{format_count(lang, value)}</text>
                });
                // The first label starts at its column, so the chart's edge does not cut it.
                let (label_x, anchor) = if i == 0 { (pct(x), "start") } else { (centre.clone(), "middle") };
                let month_text = (i % every == 0).then(|| view! {
                    <text x=label_x y="160" text-anchor=anchor class="stats-axis">{month_name(lang, &m.month, true)}</text>
                });
                view! {
                    <rect x=pct(x + step * 0.15) y=format!("{:.1}", BOTTOM - height) width=pct(step * 0.7) height=format!("{height:.1}") class="stats-bar"></rect>
                    {value_text}
                    {month_text}
                }
            })
            .collect_view();
        view! {
            <svg class="stats-svg" width="100%" height="170" role="img" aria-label=summary(&title, lang, &rows)>
                <line x1="0" x2="100%" y1=BOTTOM y2=BOTTOM class="stats-baseline"></line>
                {columns}
            </svg>
        }
    });
    let body = months
        .iter()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_name(lang, &m.month, false)}</th>
                    <td>{format_count(lang, m.cooperating_organizations)}</td>
                    <td>{format_count(lang, m.contacts.cross_border)}</td>
                    <td>{format_count(lang, m.contacts.domestic)}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class="stats-data">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "stats-month")}</th>
                    <th scope="col">{t(lang, "stats-cooperating-short")}</th>
                    <th scope="col">{t(lang, "stats-contacts-cross-short")}</th>
                    <th scope="col">{t(lang, "stats-contacts-domestic-short")}</th>
                </tr>
            </thead>
            <tbody>{body}</tbody>
        </table>
    };
    chart_card(id, title, lang, chart, None::<()>, table)
}
