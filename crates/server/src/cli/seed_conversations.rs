//! Demo conversations for `glokal seed --demo`: a few threads between demo companies and an
//! institution (interest in demo offers and requests, a contact, a question to an expert).

use anyhow::Context;
use glokal_api_types::{ConversationKind, LocalizedText};
use glokal_store::conversations::{self, NewConversation, Side};
use glokal_store::{opportunities, organizations, users, DatabaseConnection};

/// One demo thread: sides by organisation name, the opportunity by its organisation's title,
/// messages alternating from the initiator.
struct DemoConversation {
    from: &'static str,
    to: &'static str,
    kind: ConversationKind,
    /// (language, title) of an opportunity of `to`.
    opportunity: Option<(&'static str, &'static str)>,
    subject: Option<&'static str>,
    /// Messages, the first from `from`, then alternating.
    messages: &'static [&'static str],
}

const DEMO_CONVERSATIONS: [DemoConversation; 5] = [
    DemoConversation {
        from: "Fuchs Plastics GmbH",
        to: "Vstřikovna Kříž s.r.o.",
        kind: ConversationKind::Interest,
        opportunity: Some(("cs", "Volná kapacita ve vstřikování plastů (dvoukomponentní vstřikování)")),
        subject: Some("2K-Spritzguss ab März"),
        messages: &[
            "Dobrý den,\nwir interessieren uns für Ihre freie 2K-Kapazität ab März (ca. 40 000 Teile PP/TPE).\nKönnen Sie uns Ihre Maschinenliste schicken?\n\nMit freundlichen Grüßen\nFuchs Plastics",
            "Dobrý den / Guten Tag,\nděkujeme za zájem. Wir haben zwei Engel-2K-Maschinen mit 220 t frei. Die Maschinenliste schicken wir heute noch.\n\nS pozdravem\nVstřikovna Kříž",
        ],
    },
    DemoConversation {
        from: "Böttcher Kunststoffwerk GmbH",
        to: "Valenta plast s.r.o.",
        kind: ConversationKind::Interest,
        opportunity: Some(("cs", "Naléhavě hledáme granulát PA6 GF30")),
        subject: Some("PA6 GF30 ab Lager Lößnitz"),
        messages: &[
            "Guten Tag,\nwir haben 1,5 t PA6 GF30 (schwarz, BASF Ultramid) auf Lager und könnten morgen liefern.",
            "Dobrý den, to je skvělé! Prosíme o cenovou nabídku včetně dopravy do Desné.",
            "Angebot kommt in einer Stunde per Nachricht. Lieferung per Spedition am Donnerstag möglich.",
        ],
    },
    DemoConversation {
        from: "Zeman stroje a.s.",
        to: "Naumann Verpackungsmaschinen GmbH & Co. KG",
        kind: ConversationKind::Interest,
        opportunity: Some(("de", "Vertriebspartner in Tschechien gesucht")),
        subject: Some("Vertrieb in Nordböhmen"),
        messages: &[
            "Dobrý den,\nwir vertreiben seit 15 Jahren Maschinen in Nordböhmen und hätten Interesse an Ihrer Produktlinie. Ein Treffen in Dresden oder Ústí wäre möglich.",
        ],
    },
    DemoConversation {
        from: "Zeman stroje a.s.",
        to: "Industrie- und Handelskammer Dresden",
        kind: ConversationKind::AskExpert,
        opportunity: None,
        subject: Some("Entsendung von Monteuren nach Sachsen"),
        messages: &[
            "Guten Tag,\nwir möchten im Frühjahr zwei Monteure für drei Wochen nach Sachsen schicken. Welche Meldungen (A1, Mindestlohn) sind nötig?",
            "Guten Tag,\ndanke für Ihre Frage. Sie brauchen die A1-Bescheinigung und eine Meldung beim Zoll (Mindestlohn-Meldeportal). Gerne beraten wir Sie in unserer Sprechstunde für tschechische Unternehmen.",
        ],
    },
    DemoConversation {
        from: "Landbäckerei Schreiber GmbH",
        to: "Bäckerei und Konditorei Böhm GmbH",
        kind: ConversationKind::Contact,
        opportunity: None,
        subject: Some("Gemeinsamer Einkauf Bio-Roggenmehl"),
        messages: &[
            "Hallo nach Sohland,\nwir suchen auch Bio-Roggenmehl – wollen wir gemeinsam einkaufen?",
        ],
    },
];

fn title(lang: &str, text: &str) -> LocalizedText {
    let text = Some(text.to_owned());
    match lang {
        "cs" => LocalizedText {
            cs: text,
            ..Default::default()
        },
        "en" => LocalizedText {
            en: text,
            ..Default::default()
        },
        _ => LocalizedText {
            de: text,
            ..Default::default()
        },
    }
}

/// Creates the demo conversations that do not exist yet (no notifications or mails).
pub async fn demo_conversations(db: &DatabaseConnection) -> anyhow::Result<()> {
    let organizations = opportunities::demo_organization_ids(db).await?;
    let existing = conversations::demo_thread_keys(db).await?;
    let company_user = users::find_by_email(db, "firma@demo.glokal.eu")
        .await?
        .map(|u| u.id);
    let institution_user = users::find_by_email(db, "kammer@demo.glokal.eu")
        .await?
        .map(|u| u.id);
    let mut created = 0;
    for demo in &DEMO_CONVERSATIONS {
        let id = |name: &str| {
            organizations
                .get(name)
                .copied()
                .with_context(|| format!("demo organisation {name:?} missing"))
        };
        let (from_id, to_id) = (id(demo.from)?, id(demo.to)?);
        let opportunity = match demo.opportunity {
            Some((lang, text)) => Some(
                conversations::opportunity_by_title(
                    db,
                    to_id,
                    &opportunities::title_key(&title(lang, text)),
                )
                .await?
                .with_context(|| format!("demo opportunity {text:?} missing"))?,
            ),
            None => None,
        };
        if existing.contains(&conversations::thread_key(from_id, to_id, opportunity)) {
            continue;
        }
        let load = |id| async move {
            organizations::get(db, id)
                .await?
                .context("demo organisation vanished")
        };
        let (from, to) = (load(from_id).await?, load(to_id).await?);
        let writer = |org: &glokal_store::entities::organization::Model| {
            if org.kind == "company" {
                company_user
            } else {
                institution_user
            }
        };
        let txn = glokal_store::begin_write(db).await?;
        let mut conversation = conversations::create(
            &txn,
            NewConversation {
                kind: demo.kind,
                subject: demo.subject.map(str::to_owned),
                initiator: &from,
                recipient: &to,
                opportunity_id: opportunity,
                // Never equal to a real message's hash: demo texts do not count as duplicates.
                first_message_hash: format!("demo-{}", uuid::Uuid::new_v4().simple()),
                started_by: writer(&from),
                demo: true,
            },
        )
        .await?;
        for (i, text) in demo.messages.iter().enumerate() {
            let (side, sender) = if i % 2 == 0 {
                (Side::Initiator, writer(&from))
            } else {
                (Side::Recipient, writer(&to))
            };
            conversation = conversations::add_message(&txn, conversation, side, sender, text, &[])
                .await?
                .1;
        }
        txn.commit().await?;
        created += 1;
    }
    println!(
        "Demo data: {created} conversation(s) created, {} already present.",
        DEMO_CONVERSATIONS.len() - created
    );
    Ok(())
}
