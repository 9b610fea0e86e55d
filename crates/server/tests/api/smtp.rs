//! Mail over SMTP against a local fake server speaking the real protocol (RFC 5321).

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use glokal_api_types::Language;
use reqwest::StatusCode;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

use crate::helpers::spawn_app_with;

/// A minimal SMTP server: accepts every mail, or answers the first `fail_first` DATA
/// commands with `451` (temporary failure), as a busy relay would.
struct FakeSmtp {
    port: u16,
    received: Arc<Mutex<Vec<Vec<u8>>>>,
    data_commands: Arc<AtomicUsize>,
}

impl FakeSmtp {
    async fn start(fail_first: usize) -> FakeSmtp {
        FakeSmtp::start_on(0, fail_first).await
    }

    async fn start_on(port: u16, fail_first: usize) -> FakeSmtp {
        let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let data_commands = Arc::new(AtomicUsize::new(0));
        let (store, counter) = (received.clone(), data_commands.clone());
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let (store, counter) = (store.clone(), counter.clone());
                tokio::spawn(async move {
                    let (read, mut write) = socket.into_split();
                    let mut lines = BufReader::new(read);
                    write
                        .write_all(b"220 fake.smtp.test ESMTP ready\r\n")
                        .await
                        .unwrap();
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if lines.read_line(&mut line).await.unwrap_or(0) == 0 {
                            return;
                        }
                        let verb = line
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" => b"250-fake.smtp.test\r\n250 8BITMIME\r\n",
                            "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                            "QUIT" => {
                                let _ = write.write_all(b"221 bye\r\n").await;
                                return;
                            }
                            "DATA" => {
                                if counter.fetch_add(1, Ordering::SeqCst) < fail_first {
                                    b"451 4.3.0 try again later\r\n"
                                } else {
                                    write
                                        .write_all(b"354 end with <CRLF>.<CRLF>\r\n")
                                        .await
                                        .unwrap();
                                    let mut data = Vec::new();
                                    loop {
                                        line.clear();
                                        lines.read_line(&mut line).await.unwrap();
                                        if line == ".\r\n" {
                                            break;
                                        }
                                        data.extend_from_slice(
                                            line.strip_prefix('.').unwrap_or(&line).as_bytes(),
                                        );
                                    }
                                    store.lock().unwrap().push(data);
                                    b"250 2.0.0 queued\r\n"
                                }
                            }
                            _ => b"502 command not implemented\r\n",
                        };
                        write.write_all(reply).await.unwrap();
                    }
                });
            }
        });
        FakeSmtp {
            port,
            received,
            data_commands,
        }
    }

    async fn wait_for_mails(&self, count: usize) -> Vec<mail_parser::Message<'static>> {
        for _ in 0..200 {
            if self.received.lock().unwrap().len() >= count {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let raw = self.received.lock().unwrap().clone();
        assert!(
            raw.len() >= count,
            "expected {count} mails over SMTP, got {}",
            raw.len()
        );
        raw.into_iter()
            .map(|m| {
                mail_parser::MessageParser::default()
                    .parse(&m)
                    .unwrap()
                    .into_owned()
            })
            .collect()
    }
}

#[tokio::test]
async fn mails_go_out_over_smtp_in_the_recipients_language() {
    let smtp = FakeSmtp::start(0).await;
    let app = spawn_app_with(&[
        ("GLOKAL_SMTP_URL", format!("smtp://127.0.0.1:{}", smtp.port)),
        (
            "GLOKAL_MAIL_FROM",
            "Glokal <noreply@glokal.test>".to_owned(),
        ),
    ])
    .await;
    assert_eq!(
        app.register("smtp@example.cz", Some(Language::Cs))
            .await
            .status(),
        StatusCode::CREATED
    );
    let mails = smtp.wait_for_mails(1).await;
    let mail = &mails[0];
    assert_eq!(
        mail.from().unwrap().first().unwrap().address(),
        Some("noreply@glokal.test")
    );
    assert_eq!(
        mail.to().unwrap().first().unwrap().address(),
        Some("smtp@example.cz")
    );
    assert!(mail.subject().unwrap().contains("Potvrďte"));
    assert!(mail
        .body_text(0)
        .unwrap()
        .contains("http://glokal.test/verify-email?token="));
    assert!(
        app.all_mails().is_empty(),
        "no .eml files when SMTP is configured"
    );
}

#[tokio::test]
async fn a_temporary_smtp_failure_is_retried_and_the_mail_is_not_lost() {
    let smtp = FakeSmtp::start(2).await;
    let app =
        spawn_app_with(&[("GLOKAL_SMTP_URL", format!("smtp://127.0.0.1:{}", smtp.port))]).await;
    assert_eq!(
        app.register("retry@example.de", None).await.status(),
        StatusCode::CREATED
    );
    let mails = smtp.wait_for_mails(1).await;
    assert_eq!(
        smtp.data_commands.load(Ordering::SeqCst),
        3,
        "two refused attempts, then delivered"
    );
    assert!(mails[0].subject().unwrap().contains("Bitte bestätigen"));
}

#[tokio::test]
async fn mails_wait_in_the_outbox_while_smtp_is_down() {
    // Nothing listens on this port yet: every attempt fails and the mail stays queued.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = spawn_app_with(&[("GLOKAL_SMTP_URL", format!("smtp://127.0.0.1:{port}"))]).await;
    assert_eq!(
        app.register("queued@example.de", None).await.status(),
        StatusCode::CREATED
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    // The relay comes back: the queued mail goes out with the next retry.
    let smtp = FakeSmtp::start_on(port, 0).await;
    let mails = smtp.wait_for_mails(1).await;
    assert_eq!(
        mails[0].to().unwrap().first().unwrap().address(),
        Some("queued@example.de")
    );
}

#[tokio::test]
async fn queued_mails_survive_a_restart_and_arrive_once() {
    // SMTP is down: two mails wait in the outbox.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let smtp_url = format!("smtp://127.0.0.1:{port}");
    let first = spawn_app_with(&[("GLOKAL_SMTP_URL", smtp_url.clone())]).await;
    for address in ["restart-1@example.de", "restart-2@example.cz"] {
        assert_eq!(
            first.register(address, None).await.status(),
            StatusCode::CREATED
        );
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    // The server stops (as on SIGTERM) and a new process starts on the same database.
    first.stop().await;
    let second = first
        .spawn_peer_with(&[("GLOKAL_SMTP_URL", smtp_url)])
        .await;
    // The relay comes back: both mails arrive, each once.
    let smtp = FakeSmtp::start_on(port, 0).await;
    let mails = smtp.wait_for_mails(2).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mails_after = smtp.wait_for_mails(2).await;
    assert_eq!(mails_after.len(), 2, "no mail is sent twice");
    let mut to: Vec<String> = mails
        .iter()
        .map(|m| {
            m.to()
                .unwrap()
                .first()
                .unwrap()
                .address()
                .unwrap()
                .to_owned()
        })
        .collect();
    to.sort();
    assert_eq!(to, ["restart-1@example.de", "restart-2@example.cz"]);
    drop(second);
}
