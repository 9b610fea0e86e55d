//! Delivery of one mail: over SMTP (lettre) or as an `.eml` file in the outbox folder.

use std::path::PathBuf;

use anyhow::Context;
use glokal_store::mail_outbox::OutboxMail;
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment as LettreAttachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// How mails leave the platform.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP relay (`smtp://user:pass@host:587?tls=required`, `smtps://…`).
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        from: Mailbox,
    },
    /// Development: every mail becomes a file `<dir>/<time>-<id>.eml`; links are logged.
    Files { dir: PathBuf, from: Mailbox },
}

impl Mailer {
    /// An SMTP mailer from a lettre connection URL.
    pub fn smtp(url: &str, from: &str) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .context("GLOKAL_SMTP_URL is not a valid SMTP URL")?
            .build();
        Ok(Mailer::Smtp {
            transport,
            from: from
                .parse()
                .context("GLOKAL_MAIL_FROM is not a valid address")?,
        })
    }

    /// A mailer that writes `.eml` files into `dir` (created if missing).
    pub fn files(dir: PathBuf, from: &str) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("cannot create the outbox folder {}", dir.display()))?;
        Ok(Mailer::Files {
            dir,
            from: from
                .parse()
                .context("GLOKAL_MAIL_FROM is not a valid address")?,
        })
    }

    fn message(from: &Mailbox, mail: &OutboxMail) -> anyhow::Result<Message> {
        let builder = Message::builder()
            .message_id(None)
            .from(from.clone())
            .to(mail
                .to_address
                .parse()
                .context("invalid recipient address")?)
            .subject(mail.subject.clone());
        // RFC 8058 one-click unsubscribe: mail clients POST `List-Unsubscribe=One-Click` there.
        let builder = match &mail.unsubscribe_url {
            Some(url) => builder
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe"),
                    format!("<{url}>"),
                ))
                .raw_header(HeaderValue::new(
                    HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                    "List-Unsubscribe=One-Click".to_owned(),
                )),
            None => builder,
        };
        match mail.attachment() {
            // Plain text, as every mail before attachments existed.
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(mail.body_text.clone())
                .context("building the message"),
            Some(attachment) => {
                let content_type = ContentType::parse(&attachment.content_type)
                    .context("invalid attachment content type")?;
                builder
                    .multipart(
                        MultiPart::mixed()
                            .singlepart(SinglePart::plain(mail.body_text.clone()))
                            .singlepart(
                                LettreAttachment::new(attachment.name)
                                    .body(attachment.body, content_type),
                            ),
                    )
                    .context("building the message with attachment")
            }
        }
    }

    /// Delivers one mail.
    pub async fn deliver(&self, mail: &OutboxMail) -> anyhow::Result<()> {
        match self {
            Mailer::Smtp { transport, from } => {
                let message = Self::message(from, mail)?;
                transport
                    .send(message)
                    .await
                    .context("SMTP delivery failed")?;
                tracing::info!(mail_id = %mail.id, "mail sent over SMTP");
            }
            Mailer::Files { dir, from } => {
                let message = Self::message(from, mail)?;
                let name = format!(
                    "{}-{}.eml",
                    mail.created_at.format("%Y%m%dT%H%M%S%.3f"),
                    mail.id
                );
                let tmp = dir.join(format!(".{name}.tmp"));
                tokio::fs::write(&tmp, message.formatted())
                    .await
                    .context("writing the .eml file")?;
                tokio::fs::rename(&tmp, dir.join(&name))
                    .await
                    .context("renaming the .eml file")?;
                let links: Vec<&str> = mail
                    .body_text
                    .lines()
                    .filter(|l| l.starts_with("http"))
                    .collect();
                tracing::info!(mail_id = %mail.id, to = %mail.to_address, file = %name, links = ?links, "mail written to the outbox folder");
            }
        }
        Ok(())
    }
}
