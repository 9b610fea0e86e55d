//! Building and running the server: database, migrations, mail worker, HTTP.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress, Condition, DefaultHeaders};
use actix_web::{web, App, HttpServer};
use anyhow::Context;
use glokal_api::mail::{worker, MailQueue, Mailer};
use glokal_api::{ApiSettings, AppState};
use glokal_search::{OpenState, SearchIndex};
use glokal_store::DatabaseConnection;
use secrecy::ExposeSecret;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use utoipa_actix_web::AppExt;
use utoipa_swagger_ui::SwaggerUi;

use crate::config::{Config, Environment};
use crate::headers::response_headers;
use crate::spa::Spa;

/// Opens the database (creating the SQLite folder) and applies migrations.
pub async fn open_database(config: &Config) -> anyhow::Result<DatabaseConnection> {
    std::fs::create_dir_all(&config.data_dir).with_context(|| {
        format!(
            "cannot create the data folder {}",
            config.data_dir.display()
        )
    })?;
    let db = glokal_store::connect(&config.database_url).await?;
    glokal_store::migrate(&db).await?;
    Ok(db)
}

/// The mail transport the configuration asks for.
pub fn mailer(config: &Config) -> anyhow::Result<Mailer> {
    match &config.smtp_url {
        Some(url) => Mailer::smtp(url.expose_secret(), &config.mail_from),
        None => Mailer::files(config.outbox_dir(), &config.mail_from),
    }
}

/// `/media/logos/*`: re-encoded PNG logos with content-addressed names, cached for a year;
/// a strict policy so even a misplaced file could not run anything.
fn media_files(media_dir: &std::path::Path) -> impl actix_web::dev::HttpServiceFactory + 'static {
    web::scope("/media")
        .wrap(
            DefaultHeaders::new()
                .add(("Cache-Control", "public, max-age=31536000, immutable"))
                .add(("Content-Security-Policy", "default-src 'none'; sandbox")),
        )
        .service(
            actix_files::Files::new("/logos", media_dir.join("logos"))
                .default_handler(web::to(glokal_api::not_found)),
        )
        .default_service(web::to(glokal_api::not_found))
}

/// Opens (or creates) the search index and brings it up to date: rebuilt from the database
/// when it is new, of an older schema version, or behind the change feed's oldest entry.
pub async fn open_search(
    config: &Config,
    db: &DatabaseConnection,
) -> anyhow::Result<Arc<SearchIndex>> {
    let (index, state) = if config.search_in_memory {
        (SearchIndex::in_ram()?, OpenState::NeedsRebuild)
    } else {
        SearchIndex::open(&config.search_dir(), 1)?
    };
    glokal_search::feed::prepare(&index, db, state == OpenState::NeedsRebuild).await?;
    Ok(Arc::new(index))
}

/// A running (not yet awaited) server with its background mail worker and the search
/// index's change-feed follower.
pub struct Application {
    port: u16,
    server: Server,
    worker: JoinHandle<()>,
    /// The Kooperationsbörse's 3-month follow-up (hourly).
    follow_ups: JoinHandle<()>,
    /// Reports of saved searches.
    saved_searches: JoinHandle<()>,
    /// Webhook deliveries.
    webhooks: JoinHandle<()>,
    stop_worker: watch::Sender<bool>,
    search_follower: JoinHandle<()>,
}

impl Application {
    /// Connects, migrates, binds the listener and prepares everything.
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        if config.environment == Environment::Development && config.uses_development_secret() {
            tracing::warn!(
                "using the development JWT secret; set GLOKAL_JWT_SECRET (refused in production)"
            );
        }
        let db = open_database(&config).await?;
        let mailer = mailer(&config)?;
        let queue = MailQueue::new();
        let (stop_worker, stop_rx) = watch::channel(false);
        let worker = tokio::spawn(worker::run(
            db.clone(),
            mailer,
            queue.waker(),
            stop_rx.clone(),
            config.mail_timing,
        ));
        queue.kick();
        let follow_ups = tokio::spawn(glokal_api::mail::follow_up::run(
            db.clone(),
            config.public_url.clone(),
            queue.waker(),
            stop_rx.clone(),
            std::time::Duration::from_secs(3600),
        ));

        let settings = ApiSettings {
            jwt_secret: config.jwt_secret.expose_secret().as_bytes().to_vec(),
            access_token_ttl: config.access_token_ttl,
            refresh_token_ttl: config.refresh_token_ttl,
            public_url: config.public_url.clone(),
            rate_limits: config.rate_limits,
            ares_url: config.ares_url.clone(),
            media_dir: config.media_dir(),
            map_tiles_url: config.map_tiles_url.clone(),
            map_attribution: config.map_attribution.clone(),
            conversation_limits: config.conversation_limits,
            webhooks_allow_http: config.webhooks_allow_http,
            pre_moderation: config.pre_moderation,
        };
        let search = open_search(&config, &db).await?;
        let search_follower =
            glokal_search::feed::spawn_follower(search.clone(), db.clone(), config.search_poll);
        let state = web::Data::new(AppState::new(db, settings, queue)?.with_search(search));
        let webhooks = tokio::spawn(glokal_api::webhooks::worker::run(
            state.db.clone(),
            state.webhooks.waker(),
            stop_rx.clone(),
            config.webhook_timing,
        ));
        state.webhooks.kick();
        let saved_searches = tokio::spawn(glokal_api::saved_search_worker::run(
            state.clone(),
            stop_rx,
            config.saved_search_poll,
        ));
        let spa = Spa::load(&config.static_dir, config.map_tiles_origin().as_deref());
        let media_dir = config.media_dir();
        std::fs::create_dir_all(media_dir.join("logos"))
            .with_context(|| format!("cannot create {}", media_dir.display()))?;
        std::fs::create_dir_all(media_dir.join("attachments"))
            .with_context(|| format!("cannot create {}", media_dir.display()))?;
        let hsts = config.public_url.starts_with("https://");
        let spec = glokal_api::openapi();

        let listener = TcpListener::bind(&config.bind)
            .with_context(|| format!("cannot listen on {}", config.bind))?;
        let port = listener.local_addr()?.port();
        let server = HttpServer::new(move || {
            // The routes are registered through utoipa so the served document can never
            // miss one; the document itself was built once above from the same routes.
            let (app, _) = App::new()
                .into_utoipa_app()
                .app_data(state.clone())
                .configure(glokal_api::configure)
                .split_for_parts();
            app.service(SwaggerUi::new("/api/docs/{_:.*}").url("/api/openapi.json", spec.clone()))
                .service(web::redirect("/api/docs", "/api/docs/"))
                .service(web::scope("/api").default_service(web::to(glokal_api::not_found)))
                .service(media_files(&media_dir))
                .configure(|cfg| spa.configure(cfg))
                .wrap(from_fn(glokal_api::middleware::translate_errors))
                .wrap(from_fn(glokal_api::middleware::etag))
                .wrap(from_fn(response_headers))
                .wrap(Condition::new(
                    hsts,
                    DefaultHeaders::new().add((
                        "Strict-Transport-Security",
                        "max-age=31536000; includeSubDomains",
                    )),
                ))
                .wrap(Compress::default())
                .wrap(from_fn(glokal_api::middleware::request_log))
        })
        .listen(listener)?
        .shutdown_timeout(30)
        .run();
        Ok(Application {
            port,
            server,
            worker,
            follow_ups,
            saved_searches,
            webhooks,
            stop_worker,
            search_follower,
        })
    }

    /// The port actually bound (useful with port 0).
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until SIGINT/SIGTERM (or the server handle stops it): in-flight requests
    /// finish, then the mail worker sends what is due and stops.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let result = self.server.await;
        self.search_follower.abort();
        let _ = self.stop_worker.send(true);
        let _ = self.worker.await;
        let _ = self.follow_ups.await;
        let _ = self.saved_searches.await;
        let _ = self.webhooks.await;
        tracing::info!("server stopped");
        result.context("HTTP server failed")
    }

    /// A handle to stop the server gracefully (tests).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }
}
