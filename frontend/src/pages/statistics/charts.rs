//! Bar and column charts as inline SVG, each with a summary for screen readers
//! (`role="img"`, `aria-label`) and a table to fold out. Widths are percentages of the chart,
//! texts keep their size: the charts fit any screen width without scaling the writing down.
//!
//! Every chart goes through the same few view functions (one horizontal bar chart with one or
//! two segments per bar, one column chart, one table): each distinct view costs bundle size.

use glokal_api_types::{BorderSplit, Language, MonthStatistics};
use glokal_i18n::t;
use leptos::prelude::*;

use super::format_count;

/// Height of one row of a horizontal bar chart (label line and bar), in pixels.
const ROW: usize = 42;
/// The longest bar, in per cent of the chart's width (the rest holds the value).
const LONGEST: f64 = 82.0;

fn pct(value: f64) -> String {
    format!("{value:.2}%")
}

/// A row of a chart's table: its heading, where its records are listed (drill-down), and the
/// number cells.
pub type Row = (String, Option<String>, Vec<String>);

/// A table: the column heads, then rows of a heading cell (a link to the records, where
/// there is a list of them) and number cells.
fn data_table(heads: Vec<String>, rows: Vec<Row>) -> impl IntoView {
    let heads = heads
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|(head, href, cells)| {
            let cells = cells
                .into_iter()
                .map(|c| view! { <td>{c}</td> })
                .collect_view();
            let head = match href {
                Some(href) => view! { <a href=href>{head}</a> }.into_any(),
                None => head.into_any(),
            };
            view! { <tr><th scope="row">{head}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="stats-data">
            <thead><tr>{heads}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The frame of every chart: heading, the SVG (or "no data"), an optional legend, the table
/// behind a toggle.
fn chart_card(
    id: &'static str,
    title: String,
    lang: Language,
    svg: Option<AnyView>,
    legend: bool,
    table: (Vec<String>, Vec<Row>),
) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let empty = svg.is_none();
    let legend = (legend && !empty).then(|| {
        view! {
            <ul class="stats-legend">
                <li><span class="stats-swatch stats-swatch-cross" aria-hidden="true"></span>{t(lang, "stats-cross-border")}</li>
                <li><span class="stats-swatch stats-swatch-domestic" aria-hidden="true"></span>{t(lang, "stats-domestic")}</li>
            </ul>
        }
    });
    let details = (!empty).then(|| {
        view! {
            <details class="stats-table no-print">
                <summary data-testid=format!("{id}-table-toggle")>{t(lang, "stats-show-table")}</summary>
                {data_table(table.0, table.1)}
            </details>
        }
    });
    view! {
        <section class="card stats-chart" aria-labelledby=labelled_by data-testid=id>
            <h3 id=title_id>{title}</h3>
            {svg}
            {empty.then(|| view! { <p class="muted stats-empty">{t(lang, "stats-no-data")}</p> })}
            {legend}
            {details}
        </section>
    }
}

/// One bar: its label, the number written after it, and its segments (value, CSS class).
struct Bar {
    label: String,
    total: u64,
    segments: Vec<(u64, &'static str)>,
}

/// Horizontal bars, with `summary` as the text alternative.
fn bars_svg(bars: &[Bar], summary: String, lang: Language) -> Option<AnyView> {
    let max = bars.iter().map(|b| b.total).max().unwrap_or(0);
    if max == 0 {
        return None;
    }
    let rows = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            let y = i * ROW;
            let mut x = 0.0;
            let segments = bar
                .segments
                .iter()
                .map(|(value, class)| {
                    let width = *value as f64 / max as f64 * LONGEST;
                    let start = x;
                    x += width;
                    view! { <rect x=pct(start) y=y + 22 width=pct(width) height="14" class=*class></rect> }
                })
                .collect_view();
            view! {
                <text x="0" y=y + 15 class="stats-label">{bar.label.clone()}</text>
                {segments}
                <text x=pct(x + 1.5) y=y + 34 class="stats-value">{format_count(lang, bar.total)}</text>
            }
        })
        .collect_view();
    Some(
        view! {
            <svg class="stats-svg" width="100%" height=bars.len() * ROW role="img" aria-label=summary>
                {rows}
            </svg>
        }
        .into_any(),
    )
}

/// A horizontal bar chart of counts (`rows`: label, count, where the records are listed);
/// `column` heads the table's first column.
pub fn bar_chart(
    id: &'static str,
    title: String,
    column: String,
    rows: Vec<(String, u64, Option<String>)>,
    lang: Language,
) -> impl IntoView {
    let summary = rows
        .iter()
        .map(|(label, value, _)| format!("{label} {}", format_count(lang, *value)))
        .collect::<Vec<_>>()
        .join(", ");
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(label, value, _)| Bar {
            label: label.clone(),
            total: *value,
            segments: vec![(*value, "stats-bar")],
        })
        .collect();
    let svg = bars_svg(&bars, format!("{title}: {summary}"), lang);
    let table = rows
        .into_iter()
        .map(|(label, value, href)| (label, href, vec![format_count(lang, value)]))
        .collect();
    chart_card(
        id,
        title,
        lang,
        svg,
        false,
        (vec![column, t(lang, "stats-count")], table),
    )
}

/// Bars split into cross-border and domestic, with a legend.
pub fn split_chart(
    id: &'static str,
    title: String,
    rows: Vec<(String, BorderSplit)>,
    lang: Language,
) -> impl IntoView {
    let cross = t(lang, "stats-cross-border");
    let domestic = t(lang, "stats-domestic");
    let n = |v: u64| format_count(lang, v);
    let summary = rows
        .iter()
        .map(|(label, s)| {
            format!(
                "{label} {} ({cross} {}, {domestic} {})",
                n(s.total),
                n(s.cross_border),
                n(s.domestic)
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(label, s)| Bar {
            label: label.clone(),
            total: s.total,
            segments: vec![
                (s.cross_border, "stats-bar-cross"),
                (s.domestic, "stats-bar-domestic"),
            ],
        })
        .collect();
    let svg = bars_svg(&bars, format!("{title}: {summary}"), lang);
    let table = rows
        .into_iter()
        .map(|(label, s)| {
            (
                label,
                None,
                vec![n(s.cross_border), n(s.domestic), n(s.total)],
            )
        })
        .collect();
    let heads = vec![
        t(lang, "stats-what"),
        cross,
        domestic,
        t(lang, "stats-total"),
    ];
    chart_card(id, title, lang, svg, true, (heads, table))
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
    let svg = (!months.is_empty()).then(|| {
        let summary = months
            .iter()
            .map(|m| {
                format!(
                    "{} {}",
                    month_name(lang, &m.month, false),
                    format_count(lang, m.cooperating_organizations)
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
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
            <svg class="stats-svg" width="100%" height="170" role="img" aria-label=format!("{title}: {summary}")>
                <line x1="0" x2="100%" y1=BOTTOM y2=BOTTOM class="stats-baseline"></line>
                {columns}
            </svg>
        }
        .into_any()
    });
    let c = |v: u64| format_count(lang, v);
    let table = months
        .iter()
        .map(|m| {
            (
                month_name(lang, &m.month, false),
                None,
                vec![
                    c(m.cooperating_organizations),
                    c(m.contacts.cross_border),
                    c(m.contacts.domestic),
                ],
            )
        })
        .collect();
    let heads = vec![
        t(lang, "stats-month"),
        t(lang, "stats-cooperating-short"),
        t(lang, "stats-contacts-cross-short"),
        t(lang, "stats-contacts-domestic-short"),
    ];
    chart_card(id, title, lang, svg, false, (heads, table))
}
