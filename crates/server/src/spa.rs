//! Serves the built SPA: assets from `GLOKAL_STATIC_DIR`, `index.html` for every
//! other path (deep links), with a strict Content-Security-Policy.

use std::path::{Path, PathBuf};

use actix_files::Files;
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::web::{Bytes, ServiceConfig};
use actix_web::HttpResponse;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The built SPA, loaded at start.
#[derive(Clone)]
pub struct Spa {
    /// The folder of the build; `None` when it has no `index.html`.
    dir: Option<PathBuf>,
    index_html: Bytes,
    csp: String,
}

const PLACEHOLDER: &str = "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Glokal</title>\
<body style=\"font-family:system-ui;max-width:40rem;margin:4rem auto\"><h1>Glokal</h1>\
<p>The web app has not been built. Run <code>cargo xtask run</code>, or build it with <code>trunk build --release</code> and set <code>GLOKAL_STATIC_DIR</code>.</p>\
<p>The API is available at <a href=\"/api/docs/\">/api/docs/</a>.</p></body></html>";

impl Spa {
    /// Loads `index.html` from `dir`; without it, serves a page that explains how to build the SPA.
    /// `image_origin` (the map tile server) is added to the policy's `img-src`.
    pub fn load(dir: &Path, image_origin: Option<&str>) -> Spa {
        match std::fs::read(dir.join("index.html")) {
            Ok(html) => {
                let text = String::from_utf8_lossy(&html).into_owned();
                Spa {
                    dir: Some(dir.to_owned()),
                    csp: content_security_policy(&text, image_origin),
                    index_html: Bytes::from(html),
                }
            }
            Err(_) => {
                tracing::warn!(dir = %dir.display(), "no built SPA found (index.html missing); serving a placeholder page");
                Spa {
                    dir: None,
                    csp: content_security_policy(PLACEHOLDER, image_origin),
                    index_html: Bytes::from_static(PLACEHOLDER.as_bytes()),
                }
            }
        }
    }

    /// The policy sent with `index.html`.
    pub fn csp(&self) -> &str {
        &self.csp
    }

    /// `index.html` as a response.
    pub fn index_response(&self) -> HttpResponse {
        HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-cache"))
            .insert_header((header::CONTENT_SECURITY_POLICY, self.csp.clone()))
            .body(self.index_html.clone())
    }

    /// Registers `/`: files from the SPA folder, `index.html` for every other path.
    pub fn configure(&self, cfg: &mut ServiceConfig) {
        let spa = self.clone();
        let index = fn_service(move |req: ServiceRequest| {
            let spa = spa.clone();
            async move {
                let (req, _) = req.into_parts();
                Ok(ServiceResponse::new(req, spa.index_response()))
            }
        });
        match &self.dir {
            Some(dir) => {
                cfg.service(
                    Files::new("/", dir)
                        .index_file("__no_directory_index__")
                        .default_handler(index),
                );
            }
            None => {
                cfg.default_service(index);
            }
        }
    }
}

/// A CSP that allows only our own origin, plus the hashes of the inline scripts Trunk writes.
fn content_security_policy(html: &str, image_origin: Option<&str>) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for script in inline_scripts(html) {
        let digest = Sha256::digest(script.as_bytes());
        script_src.push_str(&format!(" 'sha256-{}'", STANDARD.encode(digest)));
    }
    let img_src = match image_origin {
        Some(origin)
            if origin
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ":/.-".contains(c)) =>
        {
            format!("'self' data: blob: {origin}")
        }
        _ => "'self' data: blob:".to_owned(),
    };
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self' 'unsafe-inline'; img-src {img_src}; \
font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )
}

/// Contents of `<script>` elements without `src`.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else {
            break;
        };
        if !tag.contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// Cache policy for a static path: content-hashed names for a year, the rest revalidated.
pub fn cache_control_for(path: &str) -> HeaderValue {
    let name = path.rsplit('/').next().unwrap_or("");
    let hashed = name
        .split(['-', '.', '_'])
        .any(|part| part.len() >= 16 && part.chars().all(|c| c.is_ascii_hexdigit()));
    if hashed {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_inline_scripts_only() {
        let html = r#"<script type="module">init()</script><script src="/a.js"></script>"#;
        assert_eq!(inline_scripts(html), vec!["init()"]);
        let csp = content_security_policy(html, None);
        let expected = STANDARD.encode(Sha256::digest(b"init()"));
        assert!(csp.contains(&format!("'sha256-{expected}'")));
        assert!(csp.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn caches_hashed_assets_long() {
        assert_eq!(
            cache_control_for("/glokal-frontend-3f2a9c1d8e7b6a5f_bg.wasm"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(
            cache_control_for("/style-0123456789abcdef.css"),
            "public, max-age=31536000, immutable"
        );
        assert_eq!(cache_control_for("/favicon.svg"), "no-cache");
    }
}
