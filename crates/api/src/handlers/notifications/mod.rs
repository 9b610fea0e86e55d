//! `/api/v1/me/notifications*`: the caller's in-app notifications (the bell), and the
//! channels per category (`/api/v1/me/notification-preferences`).

pub mod get_notification_preferences;
pub mod list_notifications;
pub mod mark_notifications_read;
pub mod unsubscribe;
pub mod update_notification_preferences;

use glokal_api_types::{Language, Notification};
use glokal_i18n::{t_args, FluentValue};
use glokal_store::entities::notification;

/// A notification with its texts in `lang`: the per-language texts if it has them (else any
/// language), otherwise its message ids rendered with its parameters.
pub fn render(model: notification::Model, lang: Language) -> Notification {
    let params = model.params();
    let args: Vec<(&str, FluentValue<'_>)> = params
        .iter()
        .map(|(k, v)| (k.as_str(), FluentValue::from(v.as_str())))
        .collect();
    let texts = model.texts();
    let text = |given: Option<&glokal_api_types::LocalizedText>, key: &Option<String>| {
        given
            .and_then(|t| t.best(lang))
            .map(|(_, t)| t.to_owned())
            .or_else(|| key.as_deref().map(|k| t_args(lang, k, &args)))
            .unwrap_or_default()
    };
    let title = text(texts.as_ref().map(|t| &t.title), &model.title_key);
    let body = text(texts.as_ref().map(|t| &t.body), &model.body_key);
    Notification {
        id: model.id,
        kind: model.kind,
        title,
        body,
        params,
        link: model.link,
        read: model.read_at.is_some(),
        created_at: model.created_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids the conversations code stores exist in every language.
    #[test]
    fn conversation_notifications_are_translated() {
        for key in [
            "notification-conversation-started",
            "notification-message-received",
            "notification-shortage-alert",
            "notification-saved-search",
        ] {
            for part in ["title", "body"] {
                for lang in Language::ALL {
                    assert!(
                        glokal_i18n::has(lang, &format!("{key}-{part}")),
                        "{lang}: {key}-{part}"
                    );
                }
            }
        }
    }

    #[test]
    fn renders_message_ids_with_params_or_given_texts() {
        let now = chrono::Utc::now();
        let model = notification::Model {
            id: uuid::Uuid::nil(),
            user_id: uuid::Uuid::nil(),
            kind: "message_received".to_owned(),
            title_key: Some("notification-message-received-title".to_owned()),
            body_key: Some("notification-message-received-body".to_owned()),
            params: r#"{"organization":"Nováková plasty s.r.o.","sender":"Jana","recipient":"Richter GmbH","preview":"Dobrý den"}"#.to_owned(),
            texts: None,
            link: Some("/conversations/1".to_owned()),
            group_key: None,
            read_at: None,
            mailed_at: None,
            hidden: false,
            created_at: now,
        };
        let de = render(model.clone(), Language::De);
        assert_eq!(de.title, "Neue Nachricht von Nováková plasty s.r.o.");
        assert_eq!(de.body, "Jana schreibt an Richter GmbH: Dobrý den");
        assert!(!de.read);
        let given = notification::Model {
            texts: Some(
                r#"{"title":{"cs":"Nedostatek granulátu"},"body":{"cs":"Potřeba do pátku"}}"#
                    .to_owned(),
            ),
            ..model
        };
        let en = render(given, Language::En);
        assert_eq!(
            (en.title.as_str(), en.body.as_str()),
            ("Nedostatek granulátu", "Potřeba do pátku")
        );
    }
}
