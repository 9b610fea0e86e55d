//! Form fields with labels, hints and per-field error messages, and the feedback state of a form.

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::api::ApiClientError;
use crate::components::alert::ErrorAlert;
use crate::components::spinner::Spinner;
use crate::i18n::{tr, tr_label, use_i18n, Label};

/// Result of the last submission of one form: a form-level error and field codes.
#[derive(Clone, Copy)]
pub struct FormFeedback {
    error: RwSignal<Option<ApiClientError>>,
}

impl FormFeedback {
    /// Empty feedback for a new form.
    pub fn new() -> Self {
        Self {
            error: RwSignal::new(None),
        }
    }

    /// Forgets the previous attempt (call before submitting again).
    pub fn clear(&self) {
        self.error.set(None);
    }

    /// Records a failed attempt.
    pub fn fail(&self, error: ApiClientError) {
        self.error.set(Some(error));
    }

    /// Records a submission refused by the browser-side checks and moves keyboard focus to the
    /// first field marked invalid in the submitted form.
    pub fn reject(&self, ev: &leptos::ev::SubmitEvent, error: ApiClientError) {
        self.fail(error);
        let Some(form) = ev
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        else {
            return;
        };
        // The fields are marked on the next render; focus after it.
        gloo_timers::callback::Timeout::new(0, move || {
            let field = form
                .query_selector("[aria-invalid=\"true\"]")
                .ok()
                .flatten();
            if let Some(field) = field.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = field.focus();
            }
        })
        .forget();
    }

    /// Records a failed attempt and, after the next render, moves keyboard focus to the first
    /// visible field marked invalid inside the element `container_id`.
    pub fn fail_and_focus(&self, container_id: &'static str, error: ApiClientError) {
        self.fail(error);
        gloo_timers::callback::Timeout::new(0, move || {
            let Ok(fields) =
                document().query_selector_all(&format!("#{container_id} [aria-invalid=\"true\"]"))
            else {
                return;
            };
            for index in 0..fields.length() {
                let field = fields
                    .item(index)
                    .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(field) = field.filter(|f| f.offset_parent().is_some()) {
                    let _ = field.focus();
                    return;
                }
            }
        })
        .forget();
    }

    /// The error of the last attempt (tracked).
    pub fn error(&self) -> Option<ApiClientError> {
        self.error.get()
    }

    /// The field code reported for `field` (tracked).
    pub fn field(&self, field: &str) -> Option<String> {
        self.error
            .with(|error| error.as_ref().and_then(|e| e.fields().remove(field)))
    }
}

/// Browser-side checks before sending, with the shared rules of `glokal-domain`
/// (required fields, e-mail syntax, password policy, display name, repeated password).
pub struct Checks(BTreeMap<String, String>);

impl Checks {
    /// No problems found yet.
    pub fn new() -> Self {
        Self(BTreeMap::new())
    }

    /// `field` must not be blank.
    pub fn required(mut self, field: &str, value: &str) -> Self {
        if value.trim().is_empty() {
            self.0
                .entry(field.to_owned())
                .or_insert_with(|| "required".to_owned());
        }
        self
    }

    /// A new password that meets the shared policy (`glokal_domain::Password`).
    pub fn new_password(self, field: &str, value: &str) -> Self {
        let result = glokal_domain::Password::parse(value).map(drop);
        self.domain(field, result)
    }

    /// A syntactically valid e-mail address (`glokal_domain::Email`).
    pub fn email(self, field: &str, value: &str) -> Self {
        let result = glokal_domain::Email::parse(value).map(drop);
        self.domain(field, result)
    }

    /// A display name (`glokal_domain::DisplayName`).
    pub fn display_name(self, field: &str, value: &str) -> Self {
        let result = glokal_domain::DisplayName::parse(value).map(drop);
        self.domain(field, result)
    }

    fn domain(mut self, field: &str, result: Result<(), glokal_domain::DomainError>) -> Self {
        if let Err(error) = result {
            self.0
                .entry(field.to_owned())
                .or_insert_with(|| error.code().to_owned());
        }
        self
    }

    /// The repetition `field` must equal `original`.
    pub fn same(mut self, field: &str, original: &str, repeated: &str) -> Self {
        if !repeated.is_empty() && original != repeated {
            self.0
                .entry(field.to_owned())
                .or_insert_with(|| "passwords_do_not_match".to_owned());
        }
        self
    }

    /// Records `code` for `field` unless `ok`.
    pub fn check(mut self, field: &str, ok: bool, code: &str) -> Self {
        if !ok {
            self.0
                .entry(field.to_owned())
                .or_insert_with(|| code.to_owned());
        }
        self
    }

    /// `Err` with all problems, or `Ok` when the form may be sent.
    pub fn finish(self) -> Result<(), ApiClientError> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiClientError::Invalid(self.0))
        }
    }
}

/// The form-level error of the last attempt, if any.
#[component]
pub fn FormError(feedback: FormFeedback) -> impl IntoView {
    move || {
        feedback
            .error()
            .map(|error| view! { <ErrorAlert error=error /> })
    }
}

/// A labelled input bound to `value`, showing `field-<code>` errors reported for `field`.
#[component]
pub fn TextField(
    /// Element id (unique on the page); also the `name`.
    #[prop(into)]
    id: String,
    /// API field whose errors are shown under this input.
    #[prop(into)]
    field: String,
    /// Visible label.
    #[prop(into)]
    label: TextProp,
    /// The bound value.
    value: RwSignal<String>,
    /// Errors of the form this field belongs to.
    feedback: FormFeedback,
    /// `text`, `email`, … (`password` fields use `password=true`).
    #[prop(default = "text")]
    input_type: &'static str,
    /// A password input with a show/hide toggle.
    #[prop(optional)]
    password: bool,
    /// Browser autofill hint.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Help text under the label.
    #[prop(optional, into)]
    hint: Option<TextProp>,
    /// Whether the field must be filled in.
    #[prop(default = true)]
    required: bool,
    /// Virtual keyboard hint (`numeric`, …).
    #[prop(optional)]
    inputmode: Option<&'static str>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let shown = RwSignal::new(false);
    let state = FieldState::new(feedback, field);
    let described_by =
        state.described_by(hint.is_some().then(|| hint_id.clone()), error_id.clone());
    let kind = move || {
        if password && !shown.get() {
            "password"
        } else if password {
            "text"
        } else {
            input_type
        }
    };
    let toggle = password.then(|| {
        let show = tr("password-show");
        let hide = tr("password-hide");
        view! {
            <button
                type="button"
                class="field-toggle"
                aria-controls=id.clone()
                aria-pressed=move || if shown.get() { "true" } else { "false" }
                data-testid=format!("{id}-toggle")
                on:click=move |_| shown.update(|s| *s = !*s)
            >
                <svg class="field-toggle-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
                    <path d="M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12z"></path>
                    <circle cx="12" cy="12" r="3"></circle>
                    <path d="M4 20L20 4" hidden=move || !shown.get()></path>
                </svg>
                {move || if shown.get() { hide() } else { show() }}
            </button>
        }
    });
    view! {
        <div class="field" class:field-invalid=state.invalid()>
            <label for=id.clone() class="field-label">
                {move || label.get().to_string()}
                {(!required).then(|| view! { <span class="field-optional">" " {tr("form-optional")}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="field-hint" id=hint_id.clone()>{move || hint.get().to_string()}</p> })}
            <div class="field-control" class:field-control-password=password>
                <input
                    id=id.clone()
                    name=id
                    class="input"
                    type=kind
                    inputmode=inputmode
                    autocomplete=autocomplete
                    aria-required=if required { "true" } else { "false" }
                    aria-invalid=state.aria_invalid()
                    aria-describedby=described_by
                    bind:value=value
                />
                {toggle}
            </div>
            <FieldErrorText id=error_id state=state />
        </div>
    }
}

/// The error state of one API field of a form; the closures it hands out share one type each,
/// however many fields use them (which keeps the bundle small).
#[derive(Clone, Copy)]
pub struct FieldState {
    feedback: FormFeedback,
    field: StoredValue<String>,
}

impl FieldState {
    /// The state of `field` in `feedback`.
    pub fn new(feedback: FormFeedback, field: impl Into<String>) -> Self {
        Self {
            feedback,
            field: StoredValue::new(field.into()),
        }
    }

    /// The field code, if the last attempt reported one (tracked).
    pub fn code(&self) -> Option<String> {
        self.field
            .try_with_value(|field| self.feedback.field(field))
            .flatten()
    }

    /// For `class:field-invalid`.
    pub fn invalid(&self) -> impl Fn() -> bool + Clone + Send + Sync + 'static {
        let state = *self;
        move || state.code().is_some()
    }

    /// For `aria-invalid`.
    pub fn aria_invalid(&self) -> impl Fn() -> &'static str + Clone + Send + Sync + 'static {
        let state = *self;
        move || {
            if state.code().is_some() {
                "true"
            } else {
                "false"
            }
        }
    }

    /// For `aria-describedby`: the hint (if any) and, while shown, the error.
    pub fn described_by(
        &self,
        hint_id: Option<String>,
        error_id: String,
    ) -> impl Fn() -> Option<String> + Clone + Send + Sync + 'static {
        let state = *self;
        move || {
            let error = state.code().is_some().then_some(error_id.as_str());
            let ids: Vec<&str> = hint_id.as_deref().into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }
}

/// The message of a field code (`field-<code>`), or a general one for codes this build does not know.
pub fn field_message(lang: glokal_domain::Language, code: &str) -> String {
    let id = format!("field-{code}");
    if glokal_i18n::has(lang, &id) {
        glokal_i18n::t(lang, &id)
    } else {
        glokal_i18n::t(lang, "form-field-invalid")
    }
}

/// The error line under a field (hidden while there is none); `id` is what `aria-describedby` names.
#[component]
pub fn FieldErrorText(#[prop(into)] id: String, state: FieldState) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="field-error" id=id hidden=move || state.code().is_none()>
            {move || state.code().map(|code| field_message(i18n.lang(), &code))}
        </p>
    }
}

/// A labelled select bound to `value`; `empty` adds a first choice with the value "".
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] field: String,
    #[prop(into)] label: TextProp,
    value: RwSignal<String>,
    feedback: FormFeedback,
    /// (value, label) pairs.
    options: Vec<(String, Label)>,
    /// Label of the empty choice ("not specified"), if there is one.
    #[prop(optional)]
    empty: Option<Label>,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let state = FieldState::new(feedback, field);
    let options = empty.map(|e| (String::new(), e)).into_iter().chain(options);
    view! {
        <div class="field" class:field-invalid=state.invalid()>
            <label for=id.clone() class="field-label">
                {move || label.get().to_string()}
                {(!required).then(|| view! { <span class="field-optional">" " {tr("form-optional")}</span> })}
            </label>
            <select
                id=id
                class="input select"
                aria-invalid=state.aria_invalid()
                aria-describedby=state.described_by(None, error_id.clone())
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options.map(|(code, text)| select_option(code, text, value.into())).collect_view()}
            </select>
            <FieldErrorText id=error_id state=state />
        </div>
    }
}

/// One `<option>`, selected while `current` has its value.
pub fn select_option(value: String, label: Label, current: Signal<String>) -> impl IntoView {
    let selected = value.clone();
    view! { <option value=value prop:selected=move || current.with(|c| *c == selected)>{tr_label(label)}</option> }
}

/// The primary button of a form; disabled with a spinner while the request runs.
#[component]
pub fn SubmitButton(
    /// Visible label.
    #[prop(into)]
    label: TextProp,
    /// Whether the form's request is running.
    #[prop(into)]
    pending: Signal<bool>,
    /// Stable selector for tests.
    #[prop(into, default = "submit".into())]
    testid: String,
    /// Button style.
    #[prop(default = "btn btn-primary")]
    class: &'static str,
    /// Runs before the form is submitted (e.g. to note which of two buttons was used).
    #[prop(optional)]
    on_click: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        {busy_button("submit", class, testid, pending, label, on_click)}
        {move || pending.get().then(|| view! { <div class="sr-only"><Spinner /></div> })}
    }
}

/// A button that starts a request outside a form; disabled with a spinner while it runs.
#[component]
pub fn ActionButton(
    /// Visible label.
    #[prop(into)]
    label: TextProp,
    /// Whether the request is running.
    #[prop(into)]
    pending: Signal<bool>,
    /// Stable selector for tests.
    testid: &'static str,
    /// Button style.
    #[prop(default = "btn btn-secondary")]
    class: &'static str,
    on_click: Callback<()>,
) -> impl IntoView {
    busy_button(
        "button",
        class,
        testid.to_owned(),
        pending,
        label,
        Some(on_click),
    )
}

/// A button that is disabled and shows a spinner while `pending`.
fn busy_button(
    kind: &'static str,
    class: &'static str,
    testid: String,
    pending: Signal<bool>,
    label: TextProp,
    on_click: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <button
            type=kind
            class=class
            data-testid=testid
            disabled=move || pending.get()
            aria-busy=move || if pending.get() { "true" } else { "false" }
            on:click=move |_| {
                if let Some(on_click) = on_click {
                    on_click.run(());
                }
            }
        >
            {move || pending.get().then(|| view! { <span class="btn-spinner" aria-hidden="true"></span> })}
            {move || label.get().to_string()}
        </button>
    }
}
