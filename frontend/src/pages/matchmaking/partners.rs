//! The participants: suggested partners first (with their reasons and score), then everybody,
//! filtered by country, NACE code and text; "request a meeting" with a message.

use glokal_api_types::{
    MatchmakingSettings, MeetingRequestInput, MeetingRequestList, MeetingRequestStatus,
    ParticipantList, ParticipantQuery, ParticipantSummary, PartnerSuggestion, ShownText,
};
use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use uuid::Uuid;

use super::{reload_requests, status_badge};
use crate::api::{use_api, wire_name, ApiClientError};
use crate::components::alert::ErrorAlert;
use crate::components::dialog::{ConfirmDialog, DialogHandle};
use crate::components::form::{select_option, FieldErrorText, FieldState, FormFeedback};
use crate::components::fresh::Fresh;
use crate::components::lang_tabs::TextArea;
use crate::components::spinner::Spinner;
use crate::components::task::{task, Job};
use crate::i18n::{dyn_text, t_args, tr, use_i18n, Arg, Label};
use crate::pages::organizations::profile::written_in;
use crate::pages::organizations::{country_label, languages_text, use_languages, COUNTRIES};

type Requests = RwSignal<Option<Result<MeetingRequestList, ApiClientError>>>;

/// What the caller can do about a participant: ask, or the state of the request between them.
#[derive(Clone, Copy)]
struct Asking {
    me: Option<Uuid>,
    open: bool,
    requests: Requests,
    /// The participant the dialog is about (id, organisation).
    target: RwSignal<Option<(Uuid, String)>>,
    dialog: DialogHandle,
    feedback: FormFeedback,
    message: RwSignal<String>,
}

impl Asking {
    /// The request between the caller and `other` that blocks a new one, if any (tracked).
    fn state_with(&self, other: Uuid) -> Option<MeetingRequestStatus> {
        self.requests.with(|r| {
            let list = r.as_ref()?.as_ref().ok()?;
            list.incoming
                .iter()
                .chain(list.outgoing.iter())
                .filter(|q| q.from.participant_id == other || q.to.participant_id == other)
                .map(|q| q.status)
                .find(|s| {
                    matches!(
                        s,
                        MeetingRequestStatus::Pending
                            | MeetingRequestStatus::Accepted
                            | MeetingRequestStatus::Declined
                    )
                })
        })
    }

    /// The button (or the request's state) for one participant.
    fn control(self, other: Uuid, name: String) -> impl IntoView {
        let asking = self;
        move || {
            Fresh(match (asking.me, asking.state_with(other)) {
                (None, _) => EitherOf4::A(()),
                (Some(me), _) if me == other => EitherOf4::B(
                    view! { <span class="badge badge-muted" data-testid="mm-is-me">{tr("mm-partner-me")}</span> },
                ),
                (_, Some(status)) => EitherOf4::C(status_badge(status)),
                (_, None) if !asking.open => EitherOf4::A(()),
                (_, None) => {
                    let name = name.clone();
                    EitherOf4::D(view! {
                        <button
                            type="button"
                            class="btn btn-primary btn-small"
                            data-testid="mm-request-open"
                            on:click=move |_| {
                                asking.feedback.clear();
                                asking.message.set(String::new());
                                asking.target.set(Some((other, name.clone())));
                                asking.dialog.open();
                            }
                        >
                            {tr("mm-request")}
                        </button>
                    })
                }
            })
        }
    }
}

/// The section. `me` is the caller's participant id (`None`: organisers browsing).
pub fn partners(
    event: Uuid,
    settings: MatchmakingSettings,
    me: Option<Uuid>,
    requests: Requests,
) -> impl IntoView {
    let api = use_api();
    let list = RwSignal::new(None::<Result<ParticipantList, ApiClientError>>);
    let country = RwSignal::new(String::new());
    let nace = RwSignal::new(String::new());
    let q = RwSignal::new(String::new());
    let filter_feedback = FormFeedback::new();
    let load = move || {
        let query = ParticipantQuery {
            country: Some(country.get_untracked()).filter(|c| !c.is_empty()),
            nace: Some(nace.get_untracked().trim().to_owned()).filter(|c| !c.is_empty()),
            q: Some(q.get_untracked().trim().to_owned()).filter(|c| !c.is_empty()),
        };
        leptos::task::spawn_local(async move {
            let result = api.participants(event, &query).await;
            if let Err(error) = &result {
                if error.status() == Some(422) {
                    filter_feedback.fail(error.clone());
                }
            }
            list.try_set(Some(result));
        });
    };
    load();

    let asking = Asking {
        me,
        open: settings.booking_open,
        requests,
        target: RwSignal::new(None),
        dialog: DialogHandle::new(),
        feedback: FormFeedback::new(),
        message: RwSignal::new(String::new()),
    };
    let send = task();
    let on_confirm = Callback::new(move |_| {
        let Some((to, _)) = asking.target.get_untracked() else {
            return;
        };
        let message = asking.message.get_untracked().trim().to_owned();
        let input = MeetingRequestInput {
            to_participant_id: to,
            message: (!message.is_empty()).then_some(message),
        };
        send.dispatch_local(Job::new(async move {
            match api.request_meeting(event, &input).await {
                Ok(_) => {
                    asking.dialog.close();
                    reload_requests(api, event, requests);
                    load();
                }
                Err(error) => asking.feedback.fail(error),
            }
        }));
    });
    let dialog_title = dyn_text(move || {
        let name = asking.target.get().map(|t| t.1).unwrap_or_default();
        t_args("mm-request-title", vec![("organization", Arg::Text(name))])()
    });

    let on_filter = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        filter_feedback.clear();
        list.set(None);
        load();
    };
    let on_reset = move |_| {
        country.set(String::new());
        nace.set(String::new());
        q.set(String::new());
        filter_feedback.clear();
        list.set(None);
        load();
    };
    let countries = std::iter::once((String::new(), Label::Id("mm-filter-all-countries")))
        .chain(COUNTRIES.iter().map(|c| (c.to_string(), country_label(c))))
        .map(|(code, label)| select_option(code, label, country.into()))
        .collect_view();
    let nace_state = FieldState::new(filter_feedback, "nace");

    let content = move || {
        Fresh(match list.get() {
            None => EitherOf4::A(view! { <Spinner /> }),
            Some(Err(error)) if error.status() == Some(403) => EitherOf4::B(()),
            Some(Err(error)) => EitherOf4::C(view! { <ErrorAlert error=error /> }),
            Some(Ok(data)) => EitherOf4::D(results(data, asking)),
        })
    };
    let hidden = move || list.with(|l| matches!(l, Some(Err(e)) if e.status() == Some(403)));
    view! {
        <section id="mm-partners" class="card mm-section" aria-labelledby="mm-partners-title" data-testid="mm-partners" hidden=hidden>
            <h2 id="mm-partners-title">{tr("mm-partners-title")}</h2>
            <form class="mm-filters" role="search" novalidate on:submit=on_filter data-testid="mm-filters">
                <div class="field">
                    <label for="mm-filter-q" class="field-label">{tr("mm-filter-q")}</label>
                    <input id="mm-filter-q" class="input" type="search" autocomplete="off" bind:value=q />
                </div>
                <div class="field">
                    <label for="mm-filter-country" class="field-label">{tr("mm-filter-country")}</label>
                    <select id="mm-filter-country" class="input select" on:change=move |ev| country.set(event_target_value(&ev))>
                        {countries}
                    </select>
                </div>
                <div class="field" class:field-invalid=nace_state.invalid()>
                    <label for="mm-filter-nace" class="field-label">{tr("mm-filter-nace")}</label>
                    <input
                        id="mm-filter-nace"
                        class="input"
                        autocomplete="off"
                        placeholder="22.2"
                        aria-invalid=nace_state.aria_invalid()
                        aria-describedby=nace_state.described_by(None, "mm-filter-nace-error".to_owned())
                        bind:value=nace
                    />
                    <FieldErrorText id="mm-filter-nace-error" state=nace_state />
                </div>
                <div class="mm-filter-buttons">
                    <button type="submit" class="btn btn-secondary" data-testid="mm-filter-submit">{tr("mm-filter-submit")}</button>
                    <button type="button" class="btn btn-ghost" on:click=on_reset>{tr("mm-filter-reset")}</button>
                </div>
            </form>
            <div class="mm-results" aria-live="polite">{content}</div>
            <ConfirmDialog
                handle=asking.dialog
                id="mm-request"
                title=dialog_title
                text=tr("mm-request-text")
                confirm=tr("mm-request-send")
                feedback=asking.feedback
                pending=send.pending()
                on_confirm=on_confirm
                confirm_class="btn btn-primary"
            >
                <TextArea id="mm-request-message" field="message" label=Label::Id("mm-request-message") value=asking.message feedback=asking.feedback lang=use_i18n().lang_untracked() rows=4 />
                <FieldErrorText id="mm-request-target-error" state=FieldState::new(asking.feedback, "to_participant_id") />
            </ConfirmDialog>
        </section>
    }
}

/// Suggestions, the count and the cards.
fn results(data: ParticipantList, asking: Asking) -> impl IntoView {
    let suggestions = (!data.suggestions.is_empty()).then(|| {
        let cards = data
            .suggestions
            .into_iter()
            .map(|s| suggestion(s, asking))
            .collect_view();
        view! {
            <h3>{tr("mm-suggestions-title")}</h3>
            <p class="muted">{tr("mm-suggestions-lead")}</p>
            <ul class="mm-cards" data-testid="mm-suggestions">{cards}</ul>
        }
    });
    let (shown, total) = (data.items.len(), data.total);
    let count = t_args(
        "mm-partners-count",
        vec![
            ("shown", Arg::Num(shown as f64)),
            ("total", Arg::Num(f64::from(total))),
        ],
    );
    let list = if data.items.is_empty() {
        Either::Left(view! {
            <div class="empty-state" data-testid="mm-partners-empty"><p class="empty-title">{tr("mm-partners-empty")}</p></div>
        })
    } else {
        let cards = data
            .items
            .into_iter()
            .map(|p| participant(p, asking))
            .collect_view();
        Either::Right(view! { <ul class="mm-cards" data-testid="mm-participants">{cards}</ul> })
    };
    view! {
        {suggestions}
        <h3>{tr("mm-participants-title")}</h3>
        <p class="muted" data-testid="mm-partners-count">{count}</p>
        {list}
    }
}

/// A suggested partner: name, score and the reasons in the UI language.
fn suggestion(s: PartnerSuggestion, asking: Asking) -> impl IntoView {
    let i18n = use_i18n();
    let reasons = s
        .reasons
        .into_iter()
        .map(|reason| {
            let id = format!("matchmaking-suggestion-{}", wire_name(&reason.kind));
            let values = reason.values.join(", ");
            let fallback = reason.text;
            let text = dyn_text(move || {
                let lang = i18n.lang();
                if glokal_i18n::has(lang, &id) {
                    glokal_i18n::t_args(lang, &id, &[("values", values.as_str().into())])
                } else {
                    fallback.clone()
                }
            });
            view! { <li data-kind=wire_name(&reason.kind)>{text}</li> }
        })
        .collect_view();
    let score = t_args("mm-score", vec![("score", Arg::Num(f64::from(s.score)))]);
    view! {
        <li class="mm-card mm-suggestion" data-testid="mm-suggestion" data-id=s.participant_id.to_string()>
            <div class="mm-card-head">
                <h4>{s.organization_name.clone()}</h4>
                <span class="badge badge-offer" data-testid="mm-score">{score}</span>
            </div>
            <ul class="mm-reasons" data-testid="mm-reasons">{reasons}</ul>
            <div class="mm-card-actions">{asking.control(s.participant_id, s.organization_name)}</div>
        </li>
    }
}

/// A text in its language, with the note when that is not the UI language.
fn shown(label: &'static str, text: Option<ShownText>) -> Option<impl IntoView> {
    let i18n = use_i18n();
    text.map(|t| {
        let lang = t.language;
        view! {
            <div class="mm-text">
                <p class="contact-label">{tr(label)}</p>
                <p class="profile-description" lang=lang.code()>{t.text}</p>
                {move || Fresh(written_in(lang, i18n.lang()))}
            </div>
        }
    })
}

/// One participant: organisation, place, texts, keywords, NACE codes, languages.
fn participant(p: ParticipantSummary, asking: Asking) -> impl IntoView {
    let i18n = use_i18n();
    let known = use_languages();
    let org = p.organization;
    let country = org.country.clone();
    let place = dyn_text(move || {
        format!(
            "{}, {}",
            org.city,
            country_label(&country).text_in(i18n.lang())
        )
    });
    let languages = p.languages.clone();
    let spoken = dyn_text(move || languages_text(&known.get(), &languages, i18n.lang()));
    let keywords = (!p.keywords.is_empty()).then(|| {
        let chips = p
            .keywords
            .iter()
            .map(|k| view! { <li class="chip">{k.clone()}</li> })
            .collect_view();
        view! { <ul class="chips mm-keywords">{chips}</ul> }
    });
    let nace = (!p.nace_codes.is_empty()).then(|| {
        view! { <p class="muted">"NACE " {p.nace_codes.join(", ")}</p> }
    });
    view! {
        <li class="mm-card" class:mm-card-me=p.is_me data-testid="mm-participant" data-id=p.id.to_string() data-country=org.country.clone()>
            <div class="mm-card-head">
                <h4><a href=format!("/organizations/{}", org.id)>{org.name.clone()}</a></h4>
                <span class="muted">{place}</span>
            </div>
            {shown("mm-profile-offer", p.offer)}
            {shown("mm-profile-seek", p.seek)}
            {keywords}
            {nace}
            <p class="muted">{tr("mm-partner-languages")} ": " {spoken}</p>
            <div class="mm-card-actions">{asking.control(p.id, org.name)}</div>
        </li>
    }
}
