//! `TestApp`: a running server with a fresh database and mail folder per test.

use std::path::PathBuf;
use std::time::Duration;

use glokal_api_types::{AuthTokens, Language, Role, User};
use glokal_server::{Application, Config};
use glokal_store::ConnectionTrait;
use mail_parser::MimeHeaders;
use reqwest::header::{HeaderMap, ACCEPT_LANGUAGE, AUTHORIZATION, COOKIE, SET_COOKIE};
use reqwest::{Response, StatusCode};
use serde_json::{json, Value};
use uuid::Uuid;

/// A password that meets the policy.
pub const PASSWORD: &str = "Grenzland-Kooperation 2026";

/// A mail the server wrote to its outbox folder.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub message_id: Option<String>,
    /// Attached files (e.g. an event's `.ics`).
    pub attachments: Vec<MailAttachment>,
    /// The `List-Unsubscribe` header, if any.
    pub list_unsubscribe: Option<String>,
}

/// A file attached to a mail.
#[derive(Debug, Clone)]
pub struct MailAttachment {
    pub name: String,
    /// `type/subtype`, lower-case, without parameters.
    pub content_type: String,
    pub content: Vec<u8>,
}

impl Mail {
    /// The first link in the body that carries a token.
    pub fn token_link(&self) -> String {
        self.body
            .lines()
            .find(|l| l.starts_with("http") && l.contains("token="))
            .expect("mail has a token link")
            .trim()
            .to_owned()
    }

    /// The token of that link.
    pub fn token(&self) -> String {
        self.token_link().split("token=").nth(1).unwrap().to_owned()
    }
}

/// A running server for one test.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub outbox: PathBuf,
    _data_dir: tempfile::TempDir,
    postgres: Option<(String, String)>,
    handle: actix_web::dev::ServerHandle,
}

/// Which database the tests run on: `GLOKAL_TEST_DATABASE_URL` (postgres://…) or SQLite.
fn postgres_admin_url() -> Option<String> {
    std::env::var("GLOKAL_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres"))
}

fn with_database(url: &str, database: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let root = base.rsplit_once('/').map(|(r, _)| r).unwrap_or(base);
    format!("{root}/{database}{query}")
}

/// Quick polls and retries so tests can watch a failed mail or webhook delivery being
/// repeated (and a webhook given up after three attempts).
fn quick_workers(config: &mut Config) {
    config.mail_timing = glokal_api::mail::worker::WorkerTiming {
        poll: Duration::from_millis(100),
        retry_base: Duration::from_millis(200),
    };
    config.webhook_timing = glokal_api::webhooks::worker::WebhookTiming {
        poll: Duration::from_millis(100),
        retry_base: Duration::from_millis(200),
        max_attempts: 3,
        timeout: Duration::from_secs(2),
    };
}

/// Starts a server on a random port with a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// Like [`spawn_app`], with extra environment variables (e.g. `GLOKAL_SMTP_URL`).
pub async fn spawn_app_with(extra: &[(&str, String)]) -> TestApp {
    let data_dir = tempfile::tempdir().expect("temp dir");
    let mut postgres = None;
    let database_url = match postgres_admin_url() {
        Some(admin_url) => {
            let name = format!("glokal_test_{}", Uuid::new_v4().simple());
            let admin = glokal_store::connect(&admin_url)
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .expect("create test database");
            admin.close().await.ok();
            postgres = Some((admin_url.clone(), name.clone()));
            with_database(&admin_url, &name)
        }
        None => format!(
            "sqlite://{}?mode=rwc",
            data_dir.path().join("glokal.db").display()
        ),
    };
    let dir = data_dir.path().display().to_string();
    let vars = [
        ("GLOKAL_BIND", "127.0.0.1:0".to_owned()),
        ("GLOKAL_DATA_DIR", dir.clone()),
        ("GLOKAL_DATABASE_URL", database_url),
        ("GLOKAL_STATIC_DIR", format!("{dir}/no-spa")),
        ("GLOKAL_PUBLIC_URL", "http://glokal.test".to_owned()),
        ("GLOKAL_SEARCH_INDEX", "memory".to_owned()),
        ("GLOKAL_SAVED_SEARCH_POLL_SECONDS", "1".to_owned()),
    ];
    let lookup = |name: &str| {
        extra
            .iter()
            .chain(vars.iter())
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    };
    let mut config = Config::from_lookup(lookup).expect("config");
    quick_workers(&mut config);
    let outbox = config.outbox_dir();
    let app = Application::build(config).await.expect("server builds");
    let port = app.port();
    let handle = app.handle();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        client,
        outbox,
        _data_dir: data_dir,
        postgres,
        handle,
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // Sends the stop command at once; the test's runtime ends the server's tasks anyway.
        drop(self.handle.stop(false));
        let Some((admin_url, name)) = self.postgres.take() else {
            return;
        };
        // Drop the test database on a helper thread with its own runtime (this one is busy dropping us).
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                if let Ok(admin) = glokal_store::connect(&admin_url).await {
                    let _ = admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await;
                    let _ = admin.close().await;
                }
            });
        })
        .join()
        .ok();
    }
}

impl TestApp {
    /// Full URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    /// `POST` a JSON body.
    pub async fn post(&self, path: &str, body: &Value) -> Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// `POST` a JSON body with headers.
    pub async fn post_with(&self, path: &str, body: &Value, headers: HeaderMap) -> Response {
        self.client
            .post(self.url(path))
            .headers(headers)
            .json(body)
            .send()
            .await
            .expect("request")
    }

    /// `GET` with an optional bearer token.
    pub async fn get(&self, path: &str, token: Option<&str>) -> Response {
        let mut req = self.client.get(self.url(path));
        if let Some(token) = token {
            req = req.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        req.send().await.expect("request")
    }

    /// Any method with an optional bearer token and optional JSON body.
    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> Response {
        let mut req = self.client.request(method, self.url(path));
        if let Some(token) = token {
            req = req.header(AUTHORIZATION, format!("Bearer {token}"));
        }
        if let Some(body) = body {
            req = req.json(body);
        }
        req.send().await.expect("request")
    }

    /// `POST` with a refresh cookie.
    pub async fn post_with_cookie(&self, path: &str, refresh: &str) -> Response {
        self.client
            .post(self.url(path))
            .header(COOKIE, format!("glokal_refresh={refresh}"))
            .send()
            .await
            .expect("request")
    }

    /// Registers an account; returns the response.
    pub async fn register(&self, email: &str, lang: Option<Language>) -> Response {
        let mut body = json!({
            "email": email, "password": PASSWORD, "display_name": "Test Person",
            "accepted_terms_version": glokal_api_types::CURRENT_TERMS_VERSION
        });
        if let Some(lang) = lang {
            body["preferred_language"] = json!(lang.code());
        }
        self.post("/api/v1/auth/register", &body).await
    }

    /// Waits (up to 10 s) for a mail to `to` whose subject contains `subject_part`.
    pub async fn wait_for_mail(&self, to: &str, subject_part: &str) -> Mail {
        for _ in 0..200 {
            if let Some(mail) = self
                .mails_to(to)
                .into_iter()
                .rev()
                .find(|m| m.subject.contains(subject_part))
            {
                return mail;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!(
            "no mail to {to} with subject containing {subject_part:?}; mails: {:?}",
            self.all_mails()
        );
    }

    /// All mails in the outbox folder, oldest first.
    pub fn all_mails(&self) -> Vec<Mail> {
        let mut paths: Vec<_> = std::fs::read_dir(&self.outbox)
            .map(|d| {
                d.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "eml"))
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .map(|path| {
                let raw = std::fs::read(path).unwrap();
                let message = mail_parser::MessageParser::default()
                    .parse(&raw)
                    .expect("valid mail");
                Mail {
                    to: message
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_owned(),
                    subject: message.subject().unwrap_or_default().to_owned(),
                    body: message.body_text(0).unwrap_or_default().into_owned(),
                    message_id: message.message_id().map(str::to_owned),
                    list_unsubscribe: message
                        .header_raw("List-Unsubscribe")
                        .map(|h| h.trim().to_owned()),
                    attachments: message
                        .attachments()
                        .map(|part| MailAttachment {
                            name: part.attachment_name().unwrap_or_default().to_owned(),
                            content_type: part
                                .content_type()
                                .map(|t| {
                                    format!("{}/{}", t.ctype(), t.subtype().unwrap_or_default())
                                        .to_ascii_lowercase()
                                })
                                .unwrap_or_default(),
                            content: part.contents().to_vec(),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// Mails to one address, oldest first.
    pub fn mails_to(&self, to: &str) -> Vec<Mail> {
        self.all_mails()
            .into_iter()
            .filter(|m| m.to == to)
            .collect()
    }

    /// Registers, confirms via the mailed link and logs in; returns the tokens and refresh cookie.
    pub async fn verified_user(&self, email: &str) -> (AuthTokens, String) {
        assert_eq!(
            self.register(email, None).await.status(),
            StatusCode::CREATED
        );
        let mail = self.wait_for_mail(email, "").await;
        let res = self
            .post("/api/v1/auth/verify-email", &json!({"token": mail.token()}))
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        self.login(email, PASSWORD).await
    }

    /// Logs in (must succeed); returns the tokens and the refresh cookie value.
    pub async fn login(&self, email: &str, password: &str) -> (AuthTokens, String) {
        let res = self
            .post(
                "/api/v1/auth/login",
                &json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK, "login of {email} failed");
        let cookie = refresh_cookie(&res).expect("refresh cookie set");
        (res.json().await.unwrap(), cookie)
    }

    /// A logged-in account with the given platform role (roles granted by a platform admin).
    pub async fn user_with_role(&self, role: Role) -> (User, String) {
        let email = format!(
            "{}-{}@firma.example",
            role.as_str().replace('_', "-"),
            Uuid::new_v4().simple()
        );
        let (tokens, _) = self.verified_user(&email).await;
        if role == Role::Member {
            return (tokens.user, tokens.access_token);
        }
        let admin = self.admin_token().await;
        let res = self
            .call(
                reqwest::Method::PUT,
                &format!("/api/v1/admin/users/{}/role", tokens.user.id),
                Some(&admin),
                Some(&json!({"role": role})),
            )
            .await;
        assert_eq!(res.status(), StatusCode::OK);
        let (tokens, _) = self.login(&email, PASSWORD).await;
        assert_eq!(tokens.user.role, role);
        (tokens.user, tokens.access_token)
    }

    /// Creates (once) a platform admin the way `glokal admin create` does and logs in.
    pub async fn admin_token(&self) -> String {
        let email = "root@glokal.test";
        let res = self
            .post(
                "/api/v1/auth/login",
                &json!({"email": email, "password": PASSWORD}),
            )
            .await;
        if res.status() == StatusCode::OK {
            return res.json::<AuthTokens>().await.unwrap().access_token;
        }
        let db_url = self.database_url();
        let db = glokal_store::connect(&db_url).await.unwrap();
        glokal_server::cli::admin::create(&db, email, Some("Root"), Some(PASSWORD.to_owned()))
            .await
            .unwrap();
        db.close().await.ok();
        self.login(email, PASSWORD).await.0.access_token
    }

    /// Moves an opportunity's `valid_until` `days` into the past, as if time had passed (the
    /// API accepts only dates from today on).
    pub async fn backdate_opportunity(&self, id: Uuid, days: u64) {
        use glokal_store::entities::opportunity::{Column, Entity};
        use sea_orm::sea_query::Expr;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        let db = glokal_store::connect(&self.database_url()).await.unwrap();
        let date = chrono::Utc::now().date_naive() - chrono::Days::new(days);
        let result = Entity::update_many()
            .col_expr(Column::ValidUntil, Expr::value(date))
            .filter(Column::Id.eq(id))
            .exec(&db)
            .await
            .unwrap();
        assert_eq!(result.rows_affected, 1, "opportunity {id} back-dated");
        db.close().await.ok();
    }

    /// A second server process on this test's database, with its own data folder (and so
    /// its own search index): what a second `glokal serve` behind a load balancer is.
    pub async fn spawn_peer(&self) -> TestApp {
        self.spawn_peer_with(&[]).await
    }

    /// Like [`TestApp::spawn_peer`], with extra environment variables.
    pub async fn spawn_peer_with(&self, extra: &[(&str, String)]) -> TestApp {
        let data_dir = tempfile::tempdir().expect("temp dir");
        let dir = data_dir.path().display().to_string();
        let vars = [
            ("GLOKAL_BIND", "127.0.0.1:0".to_owned()),
            ("GLOKAL_DATA_DIR", dir.clone()),
            ("GLOKAL_DATABASE_URL", self.database_url()),
            ("GLOKAL_STATIC_DIR", format!("{dir}/no-spa")),
            ("GLOKAL_PUBLIC_URL", "http://glokal.test".to_owned()),
        ];
        let lookup = |name: &str| {
            extra
                .iter()
                .chain(vars.iter())
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        };
        let mut config = Config::from_lookup(lookup).expect("config");
        quick_workers(&mut config);
        let outbox = config.outbox_dir();
        let app = Application::build(config).await.expect("peer builds");
        let port = app.port();
        let handle = app.handle();
        tokio::spawn(app.run_until_stopped());
        TestApp {
            address: format!("http://127.0.0.1:{port}"),
            client: reqwest::Client::new(),
            outbox,
            _data_dir: data_dir,
            postgres: None,
            handle,
        }
    }

    /// Stops this server as `SIGTERM` would (in-flight requests and the mail worker finish);
    /// its database stays for a peer.
    pub async fn stop(&self) {
        self.handle.stop(true).await;
    }

    /// Makes every saved search's report due now, as if its day or week had passed.
    pub async fn make_saved_searches_due(&self) {
        use glokal_store::entities::saved_search::{Column, Entity};
        use sea_orm::sea_query::Expr;
        use sea_orm::EntityTrait;
        let db = glokal_store::connect(&self.database_url()).await.unwrap();
        Entity::update_many()
            .col_expr(
                Column::NextRunAt,
                Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)),
            )
            .exec(&db)
            .await
            .unwrap();
        db.close().await.ok();
    }

    /// The URL of this test's database.
    pub fn database_url(&self) -> String {
        match &self.postgres {
            Some((admin, name)) => with_database(admin, name),
            None => format!(
                "sqlite://{}?mode=rwc",
                self._data_dir.path().join("glokal.db").display()
            ),
        }
    }
}

/// The `glokal_refresh` value of a response's `Set-Cookie`, if one was set.
pub fn refresh_cookie(res: &Response) -> Option<String> {
    set_cookie_header(res).and_then(|header| {
        header
            .split(';')
            .next()
            .and_then(|kv| kv.trim().strip_prefix("glokal_refresh="))
            .map(str::to_owned)
    })
}

/// The raw `Set-Cookie` header for the refresh cookie.
pub fn set_cookie_header(res: &Response) -> Option<String> {
    res.headers()
        .get_all(SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("glokal_refresh="))
        .map(str::to_owned)
}

/// Headers with an `Accept-Language`.
pub fn language(lang: &str) -> HeaderMap {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, lang.parse().unwrap());
    headers
}

/// Creates an organisation (the token's account becomes its owner); returns it.
pub async fn create_organization(
    app: &TestApp,
    token: &str,
    body: &Value,
) -> glokal_api_types::Organization {
    let res = app
        .call(
            reqwest::Method::POST,
            "/api/v1/organizations",
            Some(token),
            Some(body),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED, "{:?}", res.text().await);
    res.json().await.unwrap()
}

/// A confirmed, logged-in account with a language; returns it and its access token.
pub async fn person(app: &TestApp, name: &str, lang: Language) -> (User, String) {
    let email = format!("{name}-{}@firma.example", Uuid::new_v4().simple());
    assert_eq!(
        app.register(&email, Some(lang)).await.status(),
        StatusCode::CREATED
    );
    let mail = app.wait_for_mail(&email, "").await;
    let res = app
        .post("/api/v1/auth/verify-email", &json!({"token": mail.token()}))
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let (tokens, _) = app.login(&email, PASSWORD).await;
    (tokens.user, tokens.access_token)
}

/// Asserts status and error code; returns the body.
pub async fn assert_error(res: Response, status: StatusCode, code: &str) -> Value {
    assert_eq!(res.status(), status, "unexpected status");
    let body: Value = res.json().await.expect("JSON error body");
    assert_eq!(body["code"], code, "unexpected error body {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "error has a message: {body}"
    );
    body
}
