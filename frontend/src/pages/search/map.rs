//! A map of the hits on the results page: plain tile images from the installation's tile server
//! (`GLOKAL_MAP_TILES_URL`, announced by `/api/v1/info`), zoomed so that every hit with a place
//! fits, with a numbered marker per hit that links to it (the numbers match the list).

use glokal_api_types::{SearchHit, SearchHitType, ServerInfo};
use leptos::prelude::*;

use crate::i18n::{t_args, Arg};

/// Tiles across and down (each 256 px at the tile server's scale).
const COLS: i64 = 4;
const ROWS: i64 = 3;
/// The closest and the widest zoom used.
const MAX_ZOOM: u32 = 12;
const MIN_ZOOM: u32 = 3;
/// Room kept free around the outermost markers, in tile pixels.
const MARGIN: f64 = 48.0;

/// World pixel coordinates (Web Mercator) of a point at `zoom`.
fn world(lat: f64, lon: f64, zoom: u32) -> (f64, f64) {
    let size = 256.0 * f64::from(1u32 << zoom);
    let x = (lon + 180.0) / 360.0 * size;
    let lat_rad = lat.clamp(-85.0, 85.0).to_radians();
    // (The browser's Math, so that no second copy of these functions ends up in the bundle.)
    let (tan, cos) = (js_sys::Math::tan(lat_rad), js_sys::Math::cos(lat_rad));
    let y = (1.0 - js_sys::Math::log(tan + 1.0 / cos) / std::f64::consts::PI) / 2.0 * size;
    (x, y)
}

/// The map, or nothing when no hit on the page has a place.
pub fn results_map(info: &ServerInfo, hits: &[SearchHit]) -> Option<impl IntoView> {
    let template = info.map_tiles_url.clone()?;
    let points: Vec<(usize, &SearchHit, f64, f64)> = hits
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((i + 1, h, h.lat?, h.lon?)))
        .collect();
    if points.is_empty() {
        return None;
    }
    let (width, height) = ((COLS * 256) as f64, (ROWS * 256) as f64);
    // The closest zoom at which all points fit.
    let zoom = (MIN_ZOOM..=MAX_ZOOM)
        .rev()
        .find(|&zoom| {
            let xy: Vec<(f64, f64)> = points.iter().map(|p| world(p.2, p.3, zoom)).collect();
            let span = |f: fn(&(f64, f64)) -> f64| {
                let values = xy.iter().map(f);
                values.clone().fold(f64::MIN, f64::max) - values.fold(f64::MAX, f64::min)
            };
            span(|p| p.0) <= width - 2.0 * MARGIN && span(|p| p.1) <= height - 2.0 * MARGIN
        })
        .unwrap_or(MIN_ZOOM);
    let xy: Vec<(f64, f64)> = points.iter().map(|p| world(p.2, p.3, zoom)).collect();
    let min_x = xy.iter().map(|p| p.0).fold(f64::MAX, f64::min);
    let max_x = xy.iter().map(|p| p.0).fold(f64::MIN, f64::max);
    let min_y = xy.iter().map(|p| p.1).fold(f64::MAX, f64::min);
    let max_y = xy.iter().map(|p| p.1).fold(f64::MIN, f64::max);
    // The frame's top left corner in world pixels, the points in the middle.
    let origin_x = (min_x + max_x) / 2.0 - width / 2.0;
    let origin_y = (min_y + max_y) / 2.0 - height / 2.0;
    let first_x = (origin_x / 256.0).floor() as i64;
    let first_y = (origin_y / 256.0).floor() as i64;
    let tiles_per_side = 1i64 << zoom;
    let tiles = (0..=ROWS)
        .flat_map(|row| (0..=COLS).map(move |col| (col, row)))
        .map(|(col, row)| {
            let tx = (first_x + col).rem_euclid(tiles_per_side);
            let ty = (first_y + row).clamp(0, tiles_per_side - 1);
            let src = template
                .replace("{z}", &zoom.to_string())
                .replace("{x}", &tx.to_string())
                .replace("{y}", &ty.to_string())
                .replace("{s}", "a");
            view! { <img src=src alt="" width="256" height="256" draggable="false" /> }
        })
        .collect_view();
    // The tile grid is one tile wider and higher than the frame, shifted by the remainder.
    let shift_x = (origin_x - first_x as f64 * 256.0) / width * 100.0;
    let shift_y = (origin_y - first_y as f64 * 256.0) / height * 100.0;
    let markers = points
        .iter()
        .zip(&xy)
        .map(|((number, hit, _, _), (x, y))| {
            let href = match hit.hit_type {
                SearchHitType::Organization => format!("/organizations/{}", hit.id),
                SearchHitType::Opportunity => format!("/opportunities/{}", hit.id),
            };
            let left = format!("{:.3}%", (x - origin_x) / width * 100.0);
            let top = format!("{:.3}%", (y - origin_y) / height * 100.0);
            view! {
                <a
                    class="results-map-marker"
                    href=href
                    style:left=left
                    style:top=top
                    title=hit.title.clone()
                    aria-label=format!("{number}. {}", hit.title)
                    data-testid="results-map-marker"
                    data-id=hit.id.to_string()
                >
                    {number.to_string()}
                </a>
            }
        })
        .collect_view();
    let label = t_args(
        "search-map-label",
        vec![("count", Arg::Num(points.len() as f64))],
    );
    Some(view! {
        <figure class="static-map results-map" data-testid="results-map">
            <div class="static-map-frame results-map-frame" role="group" aria-label=label>
                <div
                    class="results-map-tiles"
                    style:left=format!("-{shift_x:.3}%")
                    style:top=format!("-{shift_y:.3}%")
                >
                    {tiles}
                </div>
                {markers}
            </div>
            <figcaption class="static-map-credit">{info.map_attribution.clone()}</figcaption>
        </figure>
    })
}
